import { describe, expect, test } from 'vitest';
import type { Texts } from '../../src/widgets/lib/form';
import { checkSoftmax, SOFTMAX_DEFAULTS } from '../../src/widgets/state/softmax';

const ok = (t: Texts) => {
	const r = checkSoftmax(t);
	if (!('ok' in r)) throw new Error(JSON.stringify(r));
	return r.ok;
};

describe('the softmax widget state', () => {
	test('probabilities sum to 1, the loss is −ln p of the right class, the gradient is p − y', () => {
		const s = ok(SOFTMAX_DEFAULTS);
		const p = Array.from(s.p.data);
		const e = [2, 1, 0.1].map(Math.exp);
		const sum = e.reduce((a, b) => a + b);
		p.forEach((v, k) => expect(v).toBeCloseTo(e[k] / sum, 12));
		expect(s.loss).toBeCloseTo(-Math.log(p[0]), 12);
		expect(s.lse - s.z.data[0]).toBeCloseTo(s.loss, 12);
		expect(Array.from(s.grad.data)).toEqual([p[0] - 1, p[1], p[2]]);
	});

	test('logits in the thousands stay finite (log-sum-exp)', () => {
		const s = ok({ z: '1000 0', y: '2' });
		expect(s.loss).toBe(1000);
		expect(Array.from(s.p.data)).toEqual([1, 0]);
		expect(Array.from(s.grad.data)).toEqual([1, -1]);
	});

	test('the class must exist and there must be 2 to 8 logits; hostile texts are refused', () => {
		expect(checkSoftmax({ z: '1 2', y: '3' })).toEqual({ key: 'y', why: { p: 'int', a: 1, b: 2 } });
		expect(checkSoftmax({ z: '1', y: '1' })).toEqual({ key: 'z', why: { p: 'len', a: 2, b: 1 } });
		expect(checkSoftmax({ z: '1 2 3 4 5 6 7 8 9', y: '1' })).toEqual({ key: 'z', why: { p: 'size', a: 1, b: 8 } });
		for (const t of [
			{ z: '1 NaN', y: '1' },
			{ z: '1e308 1', y: '1' },
			{ z: '', y: '1' },
			{ z: '1 2', y: '<b>1</b>' },
		]) {
			expect('ok' in checkSoftmax(t), JSON.stringify(t)).toBe(false);
		}
	});
});

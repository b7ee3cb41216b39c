import { describe, expect, test } from 'vitest';
import type { Texts } from '../../src/widgets/lib/form';
import { checkConv, CONV_DEFAULTS, DIM_START, padded, windowOf } from '../../src/widgets/state/convolution';

const ok = (t: Texts) => {
	const r = checkConv({ ...CONV_DEFAULTS, ...t });
	if (!('ok' in r)) throw new Error(JSON.stringify(r));
	return r.ok;
};

describe('the convolution widget state', () => {
	test('1-D: the output and both gradients of L = Σ y, worked out by hand', () => {
		const c = ok({});
		expect(Array.from(c.y!.data)).toEqual([1, 3, -3, -2]);
		// ∂L/∂w[t] sums the inputs weight t landed on; ∂L/∂x[i] sums the weights that touched x[i].
		expect(Array.from(c.dk!.data)).toEqual([2, 4, 3]);
		expect(Array.from(c.dx!.data)).toEqual([1, 1, 0, 0, -1, -1]);
	});

	test('stride and padding: the window of each output in the padded input', () => {
		const c = ok({ s: '2', p: '1' });
		expect(Array.from(padded(c).data)).toEqual([0, 1, 2, 0, -1, 3, 1, 0]);
		expect(Array.from(c.y!.data)).toEqual([-2, 3, -2]);
		expect([...windowOf(c, 1)]).toEqual([2, 3, 4]);
	});

	test('2-D: windows move by the stride along both axes', () => {
		const c = ok({ d: '2', ...DIM_START['2'], s: '2' });
		expect([c.y!.rows, c.y!.cols]).toEqual([2, 2]);
		// Output (2, 2) covers rows 2–3 and columns 2–3 of the 4×4 input.
		expect([...windowOf(c, 3)].sort((a, b) => a - b)).toEqual([10, 11, 14, 15]);
		expect(c.y!.data[3]).toBe(0 * 1 + 0 * 0 + 1 * 0 + 2 * -1);
		expect([c.dx!.rows, c.dx!.cols, c.dk!.rows, c.dk!.cols]).toEqual([4, 4, 2, 2]);
	});

	test('a kernel that does not fit is explained by the core, not refused', () => {
		const c = ok({ x: '1 2', k: '1 2 3' });
		expect(c.y).toBeUndefined();
		expect(c.err).toEqual({ code: 'kernel-too-large', input: [2], kernel: [3], padding: 0 });
		expect(ok({ x: '1 2', k: '1 2 3', p: '1' }).y?.cols).toBe(2);
	});

	test('the chosen output is kept inside the output', () => expect(ok({ o: '200' }).o).toBe(3));

	test('hostile or absurd texts are refused', () => {
		const bad: Texts[] = [
			{ d: '3' },
			{ x: Array(13).fill('1').join(' ') },
			{ d: '2', x: Array.from({ length: 50 }, () => Array(50).fill('1').join(' ')).join('\n') },
			{ k: '1 NaN' },
			{ s: '0' },
			{ p: '5' },
			{ o: '-1' },
			{ x: '"><script>alert(1)</script>' },
		];
		for (const t of bad) expect('ok' in checkConv({ ...CONV_DEFAULTS, ...t }), JSON.stringify(t).slice(0, 60)).toBe(false);
	});
});

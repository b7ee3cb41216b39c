import { describe, expect, test } from 'vitest';
import { fromRows, toRows } from '../../src/core/tensor/matrix';
import type { Texts } from '../../src/widgets/lib/form';
import { checkDense, DENSE_DEFAULTS, denseFromLink, layer, seeded, SQUARE, squarePoints } from '../../src/widgets/state/dense-layer';

const ok = (t: Texts) => {
	const r = checkDense(t);
	if (!('ok' in r)) throw new Error(`refused: ${JSON.stringify(r)}`);
	return r.ok;
};

describe('the dense-layer widget state', () => {
	test('computes relu(A·W + b) on the square, as NumPy would', () => {
		const s = ok({ k: '3', s: '1', w: '1 -1 0.5\n1 1 -1', b: '-1 0 1' });
		// np.maximum(A @ W + b, 0) for the page's worked example.
		expect(toRows(s.h)).toEqual([
			[0, 0, 1],
			[1, 2, 0],
			[3, 0, 0],
			[1, 0, 2],
		]);
		expect(toRows(s.z)[2]).toEqual([4, 0, -1]);
	});

	test('the defaults are valid and 2 wide (so the geometric view shows)', () => {
		const s = ok(DENSE_DEFAULTS);
		expect(s.w.rows).toBe(2);
		expect(s.w.cols).toBe(2);
	});

	test('W and b from a seed are reproducible, and a different seed gives others', () => {
		expect(seeded(4, 7)).toEqual(seeded(4, 7));
		expect(seeded(4, 7)).not.toEqual(seeded(4, 8));
		const s = ok({ k: '16', s: '7', ...seeded(16, 7) });
		expect([s.w.rows, s.w.cols, s.b.length]).toEqual([2, 16, 16]);
	});

	test('W must have one row per input and b one number per neuron', () => {
		expect(checkDense({ ...DENSE_DEFAULTS, w: '1 2\n3 4\n5 6' })).toEqual({ key: 'w', why: { p: 'rows', a: 2, b: 3 } });
		expect(checkDense({ ...DENSE_DEFAULTS, b: '1 2 3' })).toEqual({ key: 'b', why: { p: 'len', a: 2, b: 3 } });
	});

	test('hostile or absurd texts are refused with a reason (the same check serves links)', () => {
		const bad: Texts[] = [
			{ ...DENSE_DEFAULTS, k: '<script>alert(1)</script>' },
			{ ...DENSE_DEFAULTS, k: '1000000' },
			{ ...DENSE_DEFAULTS, s: '-1' },
			{ ...DENSE_DEFAULTS, w: '' },
			{ ...DENSE_DEFAULTS, w: '1e308 1\n1 1' },
			{ ...DENSE_DEFAULTS, w: Array.from({ length: 50 }, () => Array(50).fill(1).join(' ')).join('\n') },
			{ ...DENSE_DEFAULTS, b: 'NaN NaN' },
		];
		for (const t of bad) expect('ok' in checkDense(t), JSON.stringify(t).slice(0, 80)).toBe(false);
	});

	test('the geometric view: the square outline, then a grid, mapped by the core', () => {
		const p = squarePoints(12, 5);
		expect(p.rows).toBe(48 + 25);
		// The corners of the outline are A's rows, in order, at every 12th point.
		for (let c = 0; c < 4; c++) expect([p.data[2 * c * 12], p.data[2 * c * 12 + 1]]).toEqual(SQUARE[c]);
		const { h } = layer(
			p,
			fromRows([
				[1, 0],
				[0, -1],
			]),
			Float64Array.from([0, 1]),
		);
		// y ↦ relu(1 − y): the upper half of the square folds onto the axis.
		for (let i = 0; i < p.rows; i++) expect(h.data[2 * i + 1]).toBe(Math.max(0, 1 - p.data[2 * i + 1]));
	});
});

describe('denseFromLink', () => {
	test('a link with only k and a seed means the W and b those two draw', () => {
		const t = denseFromLink({ k: '4', s: '7' });
		expect(t).toEqual({ k: '4', s: '7', ...seeded(4, 7) });
		expect('ok' in checkDense(t)).toBe(true);
	});
	test('a link with W or b keeps them, and a bad k stays refused', () => {
		expect(denseFromLink({ k: '3', w: '1 2 3\n4 5 6' }).w).toBe('1 2 3\n4 5 6');
		expect('ok' in checkDense(denseFromLink({ k: '99', s: '1' }))).toBe(false);
		expect(denseFromLink({})).toEqual(DENSE_DEFAULTS);
	});
});

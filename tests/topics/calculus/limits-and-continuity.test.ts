import { describe, expect, test } from 'vitest';
import { polyval } from '../../../src/topics/calculus/extrema-and-optimization';
import { fmtFor } from '../../../src/practice/render';
import { classify, divideByRoot, examples, limitAtRoot, seam } from '../../../src/topics/calculus/limits-and-continuity';
import { byRole, centreOf, figures } from '../../helpers/figure-calculus';

describe('calculus/limits-and-continuity: the module behind the practice', () => {
	test('a "0/0" limit by hand: (x² − 5x + 6)/(x − 2) = x − 3 near 2, so the limit is −1', () => {
		expect(divideByRoot([1, -5, 6], 2)).toEqual({ quotient: [1, -3], remainder: 0 });
		expect(limitAtRoot([1, -5, 6], 2)).toBe(-1);
		// 2(x + 1)(x − 3) = 2x² − 4x − 6 over x + 1: 2(−1 − 3) = −8.
		expect(limitAtRoot([2, -4, -6], -1)).toBe(-8);
		// Not a root: no finite limit of this kind.
		expect(limitAtRoot([1, 0, 1], 1)).toBeUndefined();
	});

	test('the limit agrees with the quotient taken ever closer to the point', () => {
		const f = (x: number) => polyval([2, -4, -6], x) / (x + 1);
		expect(f(-1 + 1e-6)).toBeCloseTo(-8, 5);
		expect(f(-1 - 1e-6)).toBeCloseTo(-8, 5);
	});

	test('continuity at a seam: both limits and the value', () => {
		// x + 1 on the left of 1 (limit 2), 3x − 1 on the right (limit 2), value 2: continuous.
		expect(seam({ x0: 1, p: 1, q: 1, k: 2, s: 3, t: -1 })).toEqual({ left: 2, right: 2, at: 2 });
		expect(classify(2, 2, 2)).toBe('continuous');
		expect(classify(2, 2, 5)).toBe('removable');
		// The step function at 0: 0 on the left, 1 on the right, value 1.
		expect(classify(0, 1, 1)).toBe('jump');
	});
});

describe('calculus/limits-and-continuity: the figure of a hole', () => {
	const ex = examples!.hole!;
	const svg = figures(ex.blocks(ex.inputs, fmtFor('ru')))[0]!.svg;

	test('the hole is an open circle at (0, 1), the limit of (eʰ − 1)/h', () => {
		const hole = byRole(svg, 'hole');
		expect(hole.length).toBe(1);
		expect(hole[0]!.attrs.class).toContain('fig-stroke');
		const [x, y] = centreOf(svg, hole[0]!);
		expect(x).toBeCloseTo(0, 1);
		expect(y).toBeCloseTo(1, 1);
	});

	test('the marked values lie on (eʰ − 1)/h on both sides of 0', () => {
		const dots = byRole(svg, 'approach').map((e) => centreOf(svg, e));
		expect(dots.some(([h]) => h < 0) && dots.some(([h]) => h > 0)).toBe(true);
		for (const [h, y] of dots) expect(y).toBeCloseTo((Math.exp(h) - 1) / h, 1);
	});
});

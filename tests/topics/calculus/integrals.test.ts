import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { antiderivative, definiteIntegral, examples, midpointSum } from '../../../src/topics/calculus/integrals';
import { byRole, figures, num, scalesOf } from '../../helpers/figure-calculus';

describe('calculus/integrals: the module behind the practice', () => {
	test('the antiderivative by the power rule backwards: 3x² − 4x + 5 → x³ − 2x² + 5x', () => {
		expect(antiderivative([3, -4, 5])).toEqual([1, -2, 5, 0]);
	});

	test('definite integrals by hand: ∫₀¹ x² dx = 1/3, ∫₋₁² (6x² + 2x − 1) dx = (16 + 4 − 2) − (−2 + 1 + 1) = 18', () => {
		expect(definiteIntegral([1, 0, 0], 0, 1).value).toBeCloseTo(1 / 3, 15);
		expect(definiteIntegral([6, 2, -1], -1, 2)).toEqual({ upper: 18, lower: 0, value: 18 });
		// An odd function over a symmetric interval: zero.
		expect(definiteIntegral([3, 0], -2, 2).value).toBe(0);
	});

	test('the midpoint sum: the page’s 0.3325 for x² on [0, 1] with 10 rectangles, and it approaches the integral', () => {
		expect(midpointSum((x) => x * x, 0, 0.1, 10).value).toBeCloseTo(0.3325, 12);
		// x² + 1 on [0, 4] with 2 rectangles of width 2: (1 + 1) + (9 + 1) = 12, times 2 = 24 (exact: 64/3 + 4 = 25.33).
		const s = midpointSum((x) => x * x + 1, 0, 2, 2);
		expect(s.midpoints).toEqual([1, 3]);
		expect(s.value).toBe(24);
		const fine = midpointSum((x) => x * x + 1, 0, 4 / 400, 400).value;
		expect(Math.abs(fine - definiteIntegral([1, 0, 1], 0, 4).value)).toBeLessThan(1e-4);
	});
});

describe('calculus/integrals: the figure of rectangles under x²', () => {
	const ex = examples!.area!;
	const blocks = ex.blocks(ex.inputs, fmtFor('en'));
	const svg = figures(blocks)[0]!.svg;

	test('ten rectangles cover [0, 1], each as tall as x² at its midpoint, and their areas add up to the page’s 0.3325', () => {
		const s = scalesOf(svg);
		const rects = byRole(svg, 'rect').map((e) => ({ x0: s.x(num(e, 'x')), x1: s.x(num(e, 'x') + num(e, 'width')), top: s.y(num(e, 'y')), bottom: s.y(num(e, 'y') + num(e, 'height')) }));
		expect(rects.length).toBe(10);
		expect(rects[0]!.x0).toBeCloseTo(0, 2);
		expect(rects[9]!.x1).toBeCloseTo(1, 2);
		let area = 0;
		for (const r of rects) {
			const mid = (r.x0 + r.x1) / 2;
			expect(r.bottom).toBeCloseTo(0, 2);
			expect(r.top).toBeCloseTo(mid * mid, 2);
			area += (r.x1 - r.x0) * (r.top - r.bottom);
		}
		expect(area).toBeCloseTo(0.3325, 2);
		expect((blocks[0] as { caption: { with: Record<string, string> } }).caption.with.sum).toBe('0.3325');
	});
});

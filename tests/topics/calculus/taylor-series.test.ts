import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, factorial, taylorCoefficient, taylorPolynomial } from '../../../src/topics/calculus/taylor-series';
import { byRole, figures, pointsOf, scalesOf } from '../../helpers/figure-calculus';

describe('calculus/taylor-series: the module behind the worked example and the practice', () => {
	test('the second-order estimate by hand: f = 3, f′ = −1, f″ = 4, h = 0.5 gives 3 − 0.5 + 0.5 = 3', () => {
		expect(taylorPolynomial([3, -1, 4], 0.5)).toBe(3);
		// eʰ ≈ 1 + h + h²/2 + h³/6: at h = 0.1 the four terms give 1.1051666…, e^0.1 = 1.1051709…
		expect(taylorPolynomial([1, 1, 1, 1], 0.1)).toBeCloseTo(1.1051667, 7);
		expect(Math.abs(taylorPolynomial([1, 1, 1, 1], 0.1) - Math.exp(0.1))).toBeLessThan(0.1 ** 4 / 24 * 1.2);
		expect(factorial(4)).toBe(24);
	});

	test('coefficients of xⁿ about a are binomial: C(n, k)·a^(n−k)', () => {
		// 2x³ about a = −1: (x − a)² has 2·3·(−1) = −6, and f″(−1) = 12·(−1) = −12.
		expect(taylorCoefficient([2, 0, 0, 0], -1, 2)).toEqual({ derivative: -12, coefficient: -6 });
		// x⁴ about 3: (x − 3)³ has C(4, 3)·3 = 12.
		expect(taylorCoefficient([1, 0, 0, 0, 0], 3, 3).coefficient).toBe(12);
		// The expansion sums back to the polynomial: x⁴ at x = 5 from a = 3, h = 2.
		const sum = [0, 1, 2, 3, 4].reduce((s, k) => s + taylorCoefficient([1, 0, 0, 0, 0], 3, k).coefficient * 2 ** k, 0);
		expect(sum).toBe(625);
	});

	test('the worked example: forward error ≈ (e/2)h, central ≈ (e/6)h² at h = 0.1', () => {
		const ex = examples!.table!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		expect(ru[1]).toEqual({ say: 'exact', with: { value: "f'(1) = 2{,}718281828" } });
		const table = ru[2] as { head: unknown[]; rows: string[][] };
		expect(table.head.length).toBe(5);
		// (e^{1.1} − e)/0.1 = 2.8588… (error 0.14), (e^{1.1} − e^{0.9})/0.2 = 2.7228… (error 0.0045).
		expect(table.rows[0]).toEqual(['0{,}1', '2{,}858841955', '0{,}14', '2{,}722814564', '0{,}0045']);
	});
});

describe('calculus/taylor-series: the figure of polynomials hugging eʰ', () => {
	const ex = examples!.polynomials!;
	const blocks = ex.blocks(ex.inputs, fmtFor('ru'));
	const svg = figures(blocks)[0]!.svg;
	const s = scalesOf(svg);

	test('the drawn polynomials are 1 + h and 1 + h + h²/2', () => {
		const T: Record<string, (h: number) => number> = { 'taylor-1': (h) => 1 + h, 'taylor-2': (h) => 1 + h + (h * h) / 2 };
		for (const [role, t] of Object.entries(T)) {
			const pts = byRole(svg, role).flatMap(pointsOf);
			expect(pts.length).toBeGreaterThan(10);
			for (const [x, y] of pts) expect(s.y(y)).toBeCloseTo(t(s.x(x)), 1);
		}
	});

	test('the caption’s values at h = 1 are 2 and 2,5 beside e ≈ 2,718', () => {
		const w = (blocks[0] as { caption: { with: Record<string, string> } }).caption.with;
		expect(w.values).toBe('T_1(1) = 2;\\ T_2(1) = 2{,}5');
		expect(w.exact).toBe('e^{1} \\approx 2{,}7183');
	});
});

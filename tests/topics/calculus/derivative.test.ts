import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, exactDerivative, quotientTable, slopeAt } from '../../../src/topics/calculus/derivative';

describe('calculus/derivative: the module behind the worked example and the practice', () => {
	test('the core’s slope of ax² + bx + c is 2ax + b', () => {
		for (const [a, b, c, x] of [[3, -4, 5, 3], [-2, 1, 0, -1.5], [1, 0, 7, 0]] as const) expect(slopeAt(a, b, c, x)).toBeCloseTo(2 * a * x + b, 12);
	});

	test('the table: forward quotients approach the exact derivative 6x − 4, then rounding takes over', () => {
		const { exact, rows } = quotientTable('quadratic', 3, [1, 0.1, 1e-3, 1e-14]);
		expect(exact).toBe(exactDerivative('quadratic', 3));
		expect(exact).toBeCloseTo(14, 12);
		// (f(x+h) − f(x))/h = 6x − 4 + 3h for this quadratic, so the error is 3h until rounding.
		expect(rows[0]!.forward).toBeCloseTo(17, 10);
		expect(rows[1]!.forwardError).toBeCloseTo(0.3, 9);
		expect(Math.abs(rows[2]!.forwardError - 0.003)).toBeLessThan(1e-8);
		expect(Math.abs(rows[3]!.forwardError)).toBeGreaterThan(0.01);
	});

	test('the worked example prints the exact derivative and one row per step, in the page’s notation', () => {
		const ex = examples!.table!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		expect(ru[1]).toEqual({ say: 'exact', with: { value: "f'(3) = 14" } });
		const table = ru[2] as { rows: string[][] };
		expect(table.rows.length).toBe((ex.inputs as { hs: number[] }).hs.length);
		expect(table.rows[1]!.slice(0, 3)).toEqual(['0{,}1', '14{,}3', '0{,}3']);
	});
});

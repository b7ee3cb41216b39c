import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, exactDerivative, quotientTable, slopeAt } from '../../../src/topics/calculus/derivative';
import { byRole, figures, lineInValues, slopeOf } from '../../helpers/figure-calculus';

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

describe('calculus/derivative: the figure of secants and the tangent', () => {
	const ex = examples!.secants!;
	const { x, hs } = ex.inputs as { x: number; hs: number[] };
	const svg = figures(ex.blocks(ex.inputs, fmtFor('ru')))[0]!.svg;
	// For f(x) = 3x² − 4x + 5 the quotient is 6x − 4 + 3h exactly, and the tangent's slope 6x − 4.
	const f = (t: number) => 3 * t * t - 4 * t + 5;

	test('each secant is drawn with the slope of the quotient for its h', () => {
		const drawn = byRole(svg, 'secant').map((e) => slopeOf(svg, e));
		expect(drawn.length).toBe(hs.length);
		hs.forEach((h, i) => expect(drawn[i]!).toBeCloseTo((f(x + h) - f(x)) / h, 0));
	});

	test('the tangent has slope 6x − 4 and passes through (x, f(x))', () => {
		const t = byRole(svg, 'tangent')[0]!;
		expect(slopeOf(svg, t)).toBeCloseTo(6 * x - 4, 0);
		const [[x1, y1], [x2, y2]] = lineInValues(svg, t);
		// The drawn line's height at x, from its two ends.
		expect(y1 + ((x - x1) * (y2 - y1)) / (x2 - x1)).toBeCloseTo(f(x), 0);
	});
});

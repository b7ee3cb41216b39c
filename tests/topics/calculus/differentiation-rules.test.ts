import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { coreSlope, examples, productFunction, quotientFunction, ruleRows } from '../../../src/topics/calculus/differentiation-rules';
import { byRole, figures, slopeOf } from '../../helpers/figure-calculus';
import { examples as extremaExamples } from '../../../src/topics/calculus/extrema-and-optimization';

describe('calculus/differentiation-rules: the module behind the worked examples and the practice', () => {
	test('σ′ by the rule and by the core agree, and σ′(0) = 1/4', () => {
		const rows = ruleRows('sigmoid', [-2, 0, 1, 3]);
		for (const r of rows) expect(r.core).toBeCloseTo(r.rule, 12);
		expect(rows[1]!.f).toBe(0.5);
		expect(rows[1]!.core).toBeCloseTo(0.25, 12);
		// σ(3) = 1/(1 + e^{−3}) ≈ 0.952574, σ′(3) = σ(1 − σ) ≈ 0.045177 (the NumPy snippet on the page prints 0.0452).
		expect(rows[3]!.core).toBeCloseTo(0.045177, 6);
	});

	test('(x eˣ)′ = (1 + x)eˣ: zero at x = −1, one at x = 0', () => {
		const rows = ruleRows('x-exp', [-1, 0, 2]);
		expect(rows[0]!.core).toBeCloseTo(0, 12);
		expect(rows[1]!.core).toBeCloseTo(1, 12);
		expect(rows[2]!.core).toBeCloseTo(3 * Math.exp(2), 10);
	});

	test('the product rule by hand: f = (2x − 1)(x² + 3) at x = 2 gives 2·7 + 3·4 = 26', () => {
		expect(coreSlope(productFunction({ a: 2, b: -1, c: 3 }), 2)).toBeCloseTo(26, 12);
		// (−x + 4)(x² − 2) at x = −1: u′v + uv′ = (−1)(−1) + 5·(−2) = −9.
		expect(coreSlope(productFunction({ a: -1, b: 4, c: -2 }), -1)).toBeCloseTo(-9, 12);
	});

	test('the quotient rule by hand: f = (3x + 1)/(x − 1) at x = 3 gives (3·2 − 10)/4 = −1', () => {
		expect(coreSlope(quotientFunction({ a: 3, b: 1, c: -1 }), 3)).toBeCloseTo(-1, 12);
		// (ac − b)/(x + c)²: a = 1, b = 5, c = 2 at x = 0 → (2 − 5)/4 = −0.75.
		expect(coreSlope(quotientFunction({ a: 1, b: 5, c: 2 }), 0)).toBeCloseTo(-0.75, 12);
	});

	test('the worked examples print the table in the page’s notation', () => {
		const ex = examples!.sigmoid!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		const table = ru[1] as { head: string[]; rows: unknown[][] };
		expect(table.head).toEqual(['x', '-2', '0', '1', '3']);
		expect(table.rows[0]!.slice(1)).toEqual(['0{,}1192', '0{,}5', '0{,}7311', '0{,}9526']);
		expect(table.rows[2]!.slice(1)).toEqual(['0{,}105', '0{,}25', '0{,}1966', '0{,}0452']);
		const xe = examples!.product!;
		const t2 = xe.blocks(xe.inputs, fmtFor('ru'))[1] as { head: string[]; rows: unknown[][] };
		expect(t2.head).toEqual(['x', '-1', '0', '0{,}5', '2']);
		expect(t2.rows[1]!.slice(1)).toEqual(['0', '1', '2{,}4731', '22{,}1672']);
	});
});

describe('calculus/differentiation-rules: the figures of tangents', () => {
	test('each tangent to σ is drawn with the slope σ(x)(1 − σ(x))', () => {
		const ex = examples!.tangents!;
		const { points } = ex.inputs as { points: number[] };
		const svg = figures(ex.blocks(ex.inputs, fmtFor('en')))[0]!.svg;
		const s = (x: number) => 1 / (1 + Math.exp(-x));
		const drawn = byRole(svg, 'tangent').map((e) => slopeOf(svg, e));
		expect(drawn.length).toBe(points.length);
		points.forEach((x, i) => expect(drawn[i]!).toBeCloseTo(s(x) * (1 - s(x)), 2));
	});

	test('the loss on the page on extrema: negative, flat at w = 29/14, positive', () => {
		const ex = extremaExamples!.flat!;
		const blocks = ex.blocks(ex.inputs, fmtFor('ru'));
		const svg = figures(blocks)[0]!.svg;
		// L(w) = ⅓[(w − 2)² + (2w − 3)² + (3w − 7)²], so L'(w) = ⅔(14w − 29).
		const slope = (w: number) => (2 / 3) * (14 * w - 29);
		const drawn = byRole(svg, 'tangent').map((e) => slopeOf(svg, e));
		expect(drawn.length).toBe(3);
		[1, 29 / 14, 3].forEach((w, i) => expect(drawn[i]!).toBeCloseTo(slope(w), 1));
		expect((blocks[0] as { caption: { with: Record<string, string> } }).caption.with.at).toBe('w = 2{,}071');
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, practice } from '../../../src/topics/probability/expectation-and-variance';
import { axisScale, elements, figureOf, part, pointsOf } from '../../helpers/figure-probability';

describe('probability/expectation-and-variance', () => {
	test('the variance kind: X = −1, 2, 5 with 0.2, 0.5, 0.3: E = 2.3, E[X²] = 0.2 + 2 + 7.5 = 9.7, Var = 9.7 − 5.29 = 4.41', () => {
		const p = practice[0]!.solve({ values: [-1, 2, 5], tenths: [2, 5, 3] }, fmtFor('en'));
		expect(p.answer).toMatchObject({ kind: 'number' });
		expect((p.answer as { value: number }).value).toBeCloseTo(4.41, 12);
		expect(p.mistakes!.map((m) => m.value as number)).toEqual([expect.closeTo(9.7, 12), expect.closeTo(2.1, 12), expect.closeTo(2.3, 12)]);
	});

	test('the worked examples: Binomial(3, 0.8) has E = np = 2.4 and Var = np(1 − p) = 0.48; inverted dropout keeps E = 5, Var = 6.25', () => {
		const bin = examples!.binomial!;
		const ru = bin.blocks(bin.inputs, fmtFor('ru'));
		const table = ru[0] as { rows: string[][] };
		expect(table.rows[1]).toEqual(['x \\cdot p(x)', '0', '0{,}096', '0{,}768', '1{,}536', '2{,}4']);
		expect(table.rows[2]).toEqual(['(x - 2{,}4)^2\\, p(x)', '0{,}046', '0{,}188', '0{,}061', '0{,}184', '0{,}48']);
		expect(ru[1]).toEqual({ tex: '\\mathbb{E}[X] = \\sum_x x\\, p(x) = 2{,}4' });
		expect(ru[2]).toEqual({ tex: '\\operatorname{Var}[X] = 0{,}48, \\qquad \\sigma = \\sqrt{0{,}48} \\approx 0{,}693' });
		const drop = examples!.dropout!;
		const y = drop.blocks(drop.inputs, fmtFor('ru'));
		expect(y[1]).toEqual({ tex: '\\mathbb{E}[Y] = \\sum_x x\\, p(x) = 5' });
		expect(y[2]).toEqual({ tex: '\\operatorname{Var}[Y] = 6{,}25, \\qquad \\sigma = \\sqrt{6{,}25} \\approx 2{,}5' });
	});
});

describe('probability/expectation-and-variance: inverted dropout', () => {
	test('a = 4, keep 0.8: Y is 5 or 0, E = 4, Var = a²(1 − p)/p = 16 · 0.25 = 4; keep 0.5 gives a² = 16', () => {
		const kind = practice.find((k) => k.id === 'dropout')!;
		const value = (keep: number) => (kind.solve({ a: 4, keep }, fmtFor('en')).answer as { value: number }).value;
		expect(value(0.8)).toBeCloseTo(4, 12);
		expect(value(0.5)).toBeCloseTo(16, 12);
		expect(value(0.25)).toBeCloseTo(48, 12);
	});
});

describe('probability/expectation-and-variance: the figure', () => {
	test('the bars are p(x), they balance at E[X] = 2.4, and the bracket is E[X] ± σ', () => {
		const { svg } = figureOf(examples, 'binomial');
		const X = axisScale(svg);
		const p = [0, 1, 2, 3].map((k) => [1, 3, 3, 1][k]! * 0.8 ** k * 0.2 ** (3 - k));
		const heights = elements(part(svg, 'bars'), 'rect').map((r) => Number(r.attrs.height));
		heights.forEach((h, k) => expect(h / heights[3]!).toBeCloseTo(p[k]! / p[3]!, 3));
		const mean = p.reduce((s, v, k) => s + k * v, 0);
		const sd = Math.sqrt(p.reduce((s, v, k) => s + (k - mean) ** 2 * v, 0));
		const tip = pointsOf(elements(part(svg, 'fulcrum'), 'path')[0]!)[0]!;
		expect(tip[0]).toBeCloseTo(X(mean), 1);
		// Balance: the bars' moments about the tip cancel (to a twentieth of a pixel of lever, after rounding).
		const centres = elements(part(svg, 'bars'), 'rect').map((r) => Number(r.attrs.x) + Number(r.attrs.width) / 2);
		const moment = centres.reduce((s, c, k) => s + (c - tip[0]) * heights[k]!, 0);
		expect(Math.abs(moment / heights.reduce((s, h) => s + h, 0))).toBeLessThan(0.05);
		const [[a], [b]] = pointsOf(elements(part(svg, 'sigma'), 'path')[0]!);
		expect(a).toBeCloseTo(X(mean - sd), 1);
		expect(b).toBeCloseTo(X(mean + sd), 1);
		expect(elements(part(svg, 'fulcrum'), 'text')[0]!.text).toBe('E[X] = 2,4');
	});
});

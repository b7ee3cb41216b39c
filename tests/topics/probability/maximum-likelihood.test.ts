import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { coinRows, examples, gaussianRows, practice } from '../../../src/topics/probability/maximum-likelihood';
import { axisScale, baseOf, elements, figureOf, part, pointsOf } from '../../helpers/figure-probability';

const kind = (id: string) => practice.find((k) => k.id === id)!;
const valueOf = (id: string, inputs: unknown) => (kind(id).solve(inputs, fmtFor('en')).answer as { value: number }).value;

describe('probability/maximum-likelihood', () => {
	test('the coin: L(0.7) = 0.7⁷·0.3³ = 0.0022235 is the largest of the candidates, at θ̂ = 7/10', () => {
		const rows = coinRows(7, 10, [0.3, 0.5, 0.7, 0.9]);
		expect(rows[2]!.likelihood).toBeCloseTo(0.0823543 * 0.027, 10);
		expect(rows[1]!.log).toBeCloseTo(10 * Math.log(0.5), 12);
		expect(Math.max(...rows.map((r) => r.log))).toBe(rows[2]!.log);
		expect(valueOf('coin', { bits: [1, 0, 1, 1, 0, 1, 1, 0] })).toBe(5 / 8);
	});

	test('the variance estimate divides by n: 1, 3, 5, 7 have x̄ = 4 and squares 9 + 1 + 1 + 9 = 20, so 20/4 = 5 (not 20/3)', () => {
		const p = kind('sigma2').solve({ xs: [1, 3, 5, 7] }, fmtFor('en'));
		expect((p.answer as { value: number }).value).toBe(5);
		expect(p.mistakes![0]!.value).toBeCloseTo(20 / 3, 12);
	});

	test('Gaussian noise: −log L equals (m/2)·log 2π + (m/2)·MSE for σ = 1', () => {
		const { constant, rows } = gaussianRows({ targets: [1, 2, 4], candidates: [{ name: 'A', predictions: [1.5, 2, 3] }], std: 1 });
		expect(constant).toBeCloseTo(1.5 * Math.log(2 * Math.PI), 12);
		// MSE of A: (0.25 + 0 + 1) / 3.
		expect(rows[0]!.mse).toBeCloseTo(1.25 / 3, 12);
		expect(rows[0]!.nll).toBeCloseTo(constant + 1.5 * (1.25 / 3), 12);
	});

	test('the examples print the page’s numbers in Russian notation', () => {
		const fmt = fmtFor('ru');
		const coin = examples!.coin!;
		expect((coin.blocks(coin.inputs, fmt)[1] as { rows: string[][] }).rows[2]).toEqual(['0{,}7', '0{,}002224', '-6{,}109']);
		const g = examples!.gaussian!;
		const table = g.blocks(g.inputs, fmt)[1] as { rows: string[][] };
		expect(table.rows[5]).toEqual(['2{,}757 + \\tfrac{3}{2\\sigma^2}\\,\\text{MSE}', '3{,}382', '3{,}507']);
		const c = examples!.categorical!;
		const lines = c.blocks(c.inputs, fmt);
		expect(lines[4]).toEqual({ tex: '\\frac{1}{3}\\,(-\\log L) = 0{,}948 = \\text{CrossEntropy} = 0{,}948' });
		expect((lines[1] as { rows: unknown[][] }).rows[2]).toEqual(['3', { say: 'cat' }, '0{,}107', '2{,}24']);
	});
});

describe('probability/maximum-likelihood: the figure', () => {
	test('the curve is θ⁷(1 − θ)³, it peaks at θ̂ = 0.7, and the dots sit on it at the table’s θ', () => {
		const { svg } = figureOf(examples, 'coin');
		const X = axisScale(svg);
		const base = baseOf(svg);
		const L = (t: number) => t ** 7 * (1 - t) ** 3;
		const pts = pointsOf(elements(part(svg, 'curve'), 'polyline')[0]!);
		const top = pts.reduce((a, b) => (b[1] < a[1] ? b : a));
		expect(top[0]).toBeCloseTo(X(0.7), 0);
		const scale = (base - top[1]) / L(0.7);
		const dots = elements(part(svg, 'candidates'), 'circle');
		expect(dots).toHaveLength(4);
		[0.3, 0.5, 0.7, 0.9].forEach((t, i) => {
			expect(Number(dots[i]!.attrs.cx)).toBeCloseTo(X(t), 1);
			expect((base - Number(dots[i]!.attrs.cy)) / scale).toBeCloseTo(L(t), 5);
		});
		expect(pointsOf(elements(part(svg, 'peak'), 'path')[0]!)[0]![0]).toBeCloseTo(X(0.7), 1);
	});
});

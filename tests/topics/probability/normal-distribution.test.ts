import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, practice, sigmaShares, zScore } from '../../../src/topics/probability/normal-distribution';
import { axisScale, baseOf, elements, figureOf, part, pointsOf } from '../../helpers/figure-probability';

describe('probability/normal-distribution', () => {
	test('z-scores: x = 8 for μ = 5, σ = 2 is 1.5σ above the mean', () => {
		expect(zScore(8, 5, 2)).toBe(1.5);
		expect(zScore(-1, 3, 2)).toBe(-2);
	});

	test('the share kind: the tables’ 0.6827, 0.9545, 0.9973; one tail beyond 2σ is 0.0228', () => {
		const solve = (event: 'within' | 'outside' | 'above', k: 1 | 2 | 3) => (practice[0]!.solve({ mean: 1, std: 2, k, event }, fmtFor('en')).answer as { value: number }).value;
		expect(solve('within', 1)).toBeCloseTo(0.682689, 6);
		expect(solve('outside', 2)).toBeCloseTo(1 - 0.954500, 6);
		expect(solve('above', 2)).toBeCloseTo(0.02275, 5);
		expect(solve('within', 3)).toBeCloseTo(0.997300, 6);
	});

	test('seeded draws land near the formula, and the example prints the page’s numbers', () => {
		const { shares } = sigmaShares(0, 0.2, 10000, 1);
		shares.forEach((s) => expect(Math.abs(s.observed - s.theory)).toBeLessThan(0.02));
		const ex = examples!.facts!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		// 1/(0.2·√(2π)) = 1.9947, and e^{−1/2} times it is 1.2099.
		expect(ru[1]).toEqual({ head: ['x', '-0{,}4', '-0{,}2', '0', '0{,}2', '0{,}4'], rows: [['f(x)', '0{,}27', '1{,}21', '1{,}995', '1{,}21', '0{,}27']] });
		const table = ru[2] as { head: unknown[]; rows: string[][] };
		expect(table.head[2]).toEqual({ say: 'sample', with: { n: '10\\,000' } });
		// As printed before the module: 0,683 / 0,675; 0,954 / 0,957; 0,997 / 0,998.
		expect(table.rows.map((r) => r.slice(1))).toEqual([['0{,}683', '0{,}675'], ['0{,}954', '0{,}957'], ['0{,}997', '0{,}998']]);
		expect(ru[3]).toEqual({ tex: '\\bar{x} = 0{,}001, \\qquad s = 0{,}2' });
	});
});

describe('probability/normal-distribution: the figure', () => {
	test('the bell is the density, its bands sit at μ ± σ and μ ± 2σ, and their shares are the areas', () => {
		const { svg, alt } = figureOf(examples, 'facts');
		const X = axisScale(svg);
		const base = baseOf(svg);
		const ends = (name: string) => pointsOf(elements(part(svg, name), 'path')[0]!).filter(([, y]) => y === base).map(([x]) => x);
		const [mu, sigma] = [0, 0.2];
		for (const [name, k] of [['band-1', 1], ['band-2', 2]] as const) {
			const [a, b] = [ends(name)[0]!, ends(name).at(-1)!];
			expect(a).toBeCloseTo(X(mu - k * sigma), 1);
			expect(b).toBeCloseTo(X(mu + k * sigma), 1);
		}
		// The curve's height relative to its peak is e^(−z²/2) at every drawn point.
		const pts = pointsOf(elements(part(svg, 'curve'), 'polyline')[0]!);
		const peak = Math.min(...pts.map(([, y]) => y));
		const x0 = (X(1) - X(0)) / 1;
		for (const [px, py] of pts) {
			const z = ((px - X(0)) / x0 - mu) / sigma;
			expect((base - py) / (base - peak)).toBeCloseTo(Math.exp((-z * z) / 2), 1);
		}
		// The shares, by Simpson's rule over the standard density, not by the module's erf.
		const within = (k: number) => {
			const n = 1000;
			const h = (2 * k) / n;
			const g = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
			let s = g(-k) + g(k);
			for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * g(-k + i * h);
			return (s * h) / 3;
		};
		const labels = elements(svg, 'text').map((t) => t.text);
		expect(labels).toContain(within(1).toFixed(3).replace('.', ','));
		expect(labels).toContain(within(2).toFixed(3).replace('.', ','));
		expect(alt.with).toMatchObject({ lo1: '−0,2', hi1: '0,2', lo2: '−0,4', hi2: '0,4', one: '0,683', two: '0,954' });
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, practice, sigmaShares, zScore } from '../../../src/topics/probability/normal-distribution';

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

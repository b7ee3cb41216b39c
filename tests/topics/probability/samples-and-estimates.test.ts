import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/core/random';
import { fmtFor } from '../../../src/practice/render';
import { examples, practice, sampleSpread, standardErrorOf, testSetReuse } from '../../../src/topics/probability/samples-and-estimates';
import { axisScale, elements, figureOf, part, pointsOf } from '../../helpers/figure-probability';

describe('probability/samples-and-estimates', () => {
	test('σ/√n: 2/√5 = 0.894, 2/√500 = 0.0894; the se kind for σ = 3, n = 36 is 0.5 (not 3/36, not 9/36)', () => {
		expect(standardErrorOf(2, 5)).toBeCloseTo(0.894427, 6);
		expect(standardErrorOf(2, 500)).toBeCloseTo(0.0894427, 7);
		const p = practice[0]!.solve({ std: 3, n: 36 }, fmtFor('en'));
		expect((p.answer as { value: number }).value).toBe(0.5);
		expect(p.mistakes!.map((m) => m.value)).toEqual([3 / 36, 0.25, 3]);
	});

	test('seeded sample means scatter about as σ/√n predicts, and the printed rows are the page’s', () => {
		const rows = sampleSpread({ mean: 10, std: 2, sizes: [5, 50, 500], repeats: 3, seed: 11 });
		for (const r of rows) for (const m of r.means) expect(Math.abs(m - 10)).toBeLessThan(4 * r.se);
		const ex = examples!.spread!;
		const table = ex.blocks(ex.inputs, fmtFor('ru'))[0] as { rows: string[][] };
		// As printed before the module (seed 11): 7,63; 10,05; 9,96 for n = 5, and SE 0,89.
		expect(table.rows[0]).toEqual(['5', '7{,}63;\\quad 10{,}05;\\quad 9{,}96', '1{,}06', '0{,}89']);
		expect(table.rows[2]![3]).toBe('0{,}09');
	});

	test('the best of 100 coin-flip models looks better than chance on its own test set and not on fresh data', () => {
		const r = testSetReuse({ models: 100, testSize: 100, freshSize: 100000, seed: 5 });
		expect(r.best).toBeGreaterThan(0.58);
		expect(Math.abs(r.fresh - 0.5)).toBeLessThan(0.01);
		const ex = examples!.reuse!;
		const table = ex.blocks(ex.inputs, fmtFor('ru'))[0] as { rows: unknown[][] };
		expect(table.rows.map((row) => row[1])).toEqual(['0{,}496', '0{,}62', '0{,}498']);
		expect(table.rows[0]![0]).toEqual({ say: 'mean', with: { models: '100' } });
	});
});

describe('probability/samples-and-estimates: the figure', () => {
	test('each row’s bracket is μ ± σ/√n, and its dots are the seeded samples’ means', () => {
		const { svg } = figureOf(examples, 'spread');
		const X = axisScale(svg);
		const rng = createRng(11);
		[5, 50, 500].forEach((n, i) => {
			const [[a], [b]] = pointsOf(elements(part(svg, `se-${i + 1}`), 'path')[0]!);
			expect((b - a) / 2 / (X(1) - X(0))).toBeCloseTo(2 / Math.sqrt(n), 2);
			expect((a + b) / 2).toBeCloseTo(X(10), 1);
			const means = Array.from({ length: 3 }, () => {
				let sum = 0;
				for (let k = 0; k < n; k++) sum += rng.normal(10, 2);
				return sum / n;
			});
			const dots = elements(part(svg, `means-${i + 1}`), 'circle').map((c) => Number(c.attrs.cx));
			dots.forEach((x, j) => expect(x).toBeCloseTo(X(means[j]!), 1));
		});
	});
});

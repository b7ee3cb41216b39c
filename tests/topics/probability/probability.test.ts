import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { allKept, examples, maskTable, simulateAllKept, unionOfIndependent } from '../../../src/topics/probability/probability';
import { elements, figureOf, part, pointsOf } from '../../helpers/figure-probability';

describe('probability/probability: masks of independent neurons', () => {
	test('eight masks of three neurons kept with 0.8: by hand 0.512, three of 0.128, three of 0.032, 0.008', () => {
		const rows = maskTable(0.8, 3);
		expect(rows.map((r) => r.bits.join(''))).toEqual(['111', '110', '101', '100', '011', '010', '001', '000']);
		const ps = rows.map((r) => r.p);
		[0.512, 0.128, 0.128, 0.032, 0.128, 0.032, 0.032, 0.008].forEach((p, i) => expect(ps[i]).toBeCloseTo(p, 12));
		expect(ps.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
	});

	test('all kept and its complement: 0.9⁴ = 0.6561, so at least one of four dropped is 0.3439', () => {
		expect(allKept(0.9, 4)).toBeCloseTo(0.6561, 12);
		expect(1 - allKept(0.5, 3)).toBeCloseTo(7 / 8, 12);
	});

	test('the simulated share of "all kept" settles near 0.512 as the draws grow', () => {
		const [, , , big] = simulateAllKept(0.8, 3, [10, 100, 1000, 10000], 42);
		expect(Math.abs(big!.share - 0.512)).toBeLessThan(0.02);
	});

	test('the worked example prints the page’s numbers in Russian notation', () => {
		const ex = examples!.masks!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		const table = ru[0] as { rows: string[][] };
		expect(table.rows[0]).toEqual(['1\\;\\;1\\;\\;1', '0{,}8 \\cdot 0{,}8 \\cdot 0{,}8', '0{,}512']);
		expect(ru[2]).toEqual({ tex: 'P(A) = 0{,}8^{3} = 0{,}512, \\qquad P(\\overline{A}) = 1 - 0{,}512 = 0{,}488' });
		// The seeded draws printed on the page before the module existed (seed 42): 0,6; 0,48; 0,505; 0,5087.
		expect((ru[3] as { rows: string[][] }).rows.map((r) => r[1])).toEqual(['0{,}6', '0{,}48', '0{,}505', '0{,}5087']);
	});
});

describe('probability/probability: union of independent events', () => {
	test('P(A ∪ B) for independent A, B: 0.5 and 0.3 give 0.5 + 0.3 − 0.15 = 0.65, the complement of 0.5 · 0.7', () => {
		expect(unionOfIndependent(0.5, 0.3)).toBeCloseTo(0.65, 12);
		expect(unionOfIndependent(0.9, 0.9)).toBeCloseTo(1 - 0.01, 12);
	});
});

describe('probability/probability: the figure', () => {
	test('the strip of length 1 is cut into the masks’ probabilities, with P(A) and P(Ā) over it', () => {
		const { svg } = figureOf(examples, 'masks');
		const pieces = elements(part(svg, 'masks'), 'rect');
		const total = pieces.reduce((s, r) => s + Number(r.attrs.width), 0);
		// Table order 111, 110, …, 000; a piece's share is 0.8 per 1 and 0.2 per 0.
		const bits = Array.from({ length: 8 }, (_, m) => (7 - m).toString(2).padStart(3, '0'));
		pieces.forEach((r, i) => expect(Number(r.attrs.width) / total).toBeCloseTo([...bits[i]!].reduce((s, c) => s * (c === '1' ? 0.8 : 0.2), 1), 3));
		expect(pieces[0]!.attrs.class).toBe('fig-accent');
		const [[a], [b]] = pointsOf(elements(part(svg, 'event'), 'path')[0]!);
		expect((b - a) / total).toBeCloseTo(0.8 ** 3, 3);
		expect(elements(part(svg, 'complement'), 'text')[0]!.text).toBe(`P(Ā) = ${(1 - 0.8 ** 3).toFixed(3).replace('.', ',')}`);
	});
});

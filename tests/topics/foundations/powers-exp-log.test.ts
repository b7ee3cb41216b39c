import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, exponentOf, fraction, lnOfFactors, practice } from '../../../src/topics/foundations/powers-exp-log';

const ru = fmtFor('ru');

describe('foundations/powers-exp-log: the module behind the worked example and the practice', () => {
	test('ln of 2^p·3^q by the rules equals the logarithm of the number itself', () => {
		expect(fraction(2, 1)).toEqual({ num: 12, den: 1 });
		expect(fraction(2, -2)).toEqual({ num: 4, den: 9 });
		expect(lnOfFactors(2, 1)).toBeCloseTo(Math.log(12), 12);
		expect(lnOfFactors(-1, -1)).toBeCloseTo(-Math.log(6), 12);
		// By hand with ln 2 ≈ 0.6931, ln 3 ≈ 1.0986: ln(4/9) ≈ 1.3862 − 2.1972 = −0.811.
		expect(lnOfFactors(2, -2)).toBeCloseTo(-0.811, 3);
	});

	test('the exponent of 2^a·4^b/8^c, checked against log₂ of the number', () => {
		for (const [a, b, c] of [[3, 1, 1], [-2, 2, 2], [0, 3, 1]] as const) expect(exponentOf(a, b, c)).toBe(Math.log2((2 ** a * 4 ** b) / 8 ** c));
		expect(exponentOf(1, 2, 1)).toBe(2); // 2·16/8 = 4
	});

	test('a product of logarithms is a known mistake in the log-rules problem', () => {
		const kind = practice.find((k) => k.id === 'logrules')!;
		const p = kind.solve({ p: 2, q: 1 }, ru); // ln 12
		expect(p.vars.x).toBe('\\ln 12');
		expect(p.steps.at(-1)!.tex).toBe('\\ln 12 \\approx 2 \\cdot 0{,}6931 + 1{,}0986 \\approx 2{,}485');
		expect(p.mistakes).toContainEqual({ value: 1.523, say: 'product' }); // 1.3862 · 1.0986
	});

	test('the worked example: eˣ, ln x and y = x at 0.5, 1 and 2, in Russian notation', () => {
		const ex = examples!.graphs!;
		const blocks = ex.blocks(ex.inputs, ru);
		expect((blocks[0] as { caption: unknown }).caption).toEqual({ say: 'legend', with: { c1: 'e^{x}', c2: '\\ln x', c3: 'x' } });
		const table = blocks[1] as { head: string[]; rows: string[][] };
		expect(table.head).toEqual(['x', '0{,}5', '1', '2']);
		expect(table.rows[0]).toEqual(['e^{x}', '1{,}649', '2{,}718', '7{,}389']);
		expect(table.rows[1]).toEqual(['\\ln x', '-0{,}693', '0', '0{,}693']);
	});
});

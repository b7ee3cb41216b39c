import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { compositionSlope, examples, neuronGradient } from '../../../src/topics/calculus/chain-rule';
import { byRole, figures, parts, slopeOf } from '../../helpers/figure-calculus';

describe('calculus/chain-rule: the module behind the worked example and the practice', () => {
	test('(ax + b)ⁿ by hand: (2x − 1)³ at x = 1 gives 3·1²·2 = 6; (−3x + 4)² at x = 2 gives 2·(−2)·(−3) = 12', () => {
		expect(compositionSlope({ a: 2, b: -1, n: 3, x0: 1 })).toBeCloseTo(6, 12);
		expect(compositionSlope({ a: -3, b: 4, n: 2, x0: 2 })).toBeCloseTo(12, 12);
	});

	test('one neuron without activation: w = 1.5, x = 2, b = −1, y = 3 gives z = 2, e = −1, ∂L/∂w = 2·(−1)·2 = −4', () => {
		const g = neuronGradient({ w: 1.5, x: 2, b: -1, y: 3 });
		expect(g.z).toBe(2);
		expect(g.e).toBe(-1);
		expect(g.dw).toBeCloseTo(-4, 12);
		expect(g.db).toBeCloseTo(-2, 12);
	});

	test('the worked example: the sigmoid neuron’s gradients equal the closed form 2(a − y)·a(1 − a)·{x, 1, w}', () => {
		const ex = examples!.neuron!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		// Forward: m = −0.5·2 = −1, z = −0.5, a = σ(−0.5) ≈ 0.3775, e ≈ −0.6225, L ≈ 0.3875.
		const a = 1 / (1 + Math.exp(0.5));
		const dz = 2 * (a - 1) * a * (1 - a);
		const n = (v: number) => fmtFor('ru')(v, 4);
		expect(ru.map((b) => ('say' in b ? b.say : 'tex'))).toEqual(['forward', 'tex', 'tex', 'backward', 'tex', 'result', 'tex']);
		expect((ru[1] as { tex: string }).tex).toBe('w = -0{,}5;\\quad b = 0{,}5;\\quad x = 2');
		expect((ru[2] as { tex: string }).tex).toContain('a &= \\sigma(z) = 0{,}3775');
		expect(n(dz * 2)).toBe('-0{,}5851');
		expect((ru[6] as { tex: string }).tex).toBe(
			`\\bar{w} = ${n(dz * 2)};\\quad \\bar{b} = ${n(dz)};\\quad \\bar{x} = ${n(dz * -0.5)}`,
		);
		// English lists with commas.
		const en = ex.blocks(ex.inputs, fmtFor('en'));
		expect((en[1] as { tex: string }).tex).toBe('w = -0.5,\\quad b = 0.5,\\quad x = 2');
	});
});

describe('calculus/chain-rule: the figure of two stacked rates', () => {
	const ex = examples!.rates!;
	const blocks = ex.blocks(ex.inputs, fmtFor('en'));
	const [top, bottom] = parts(figures(blocks)[0]!.svg);
	// The page's neuron: z = w·x + b = −0,5·2 + 0,5, a = σ(z), L = (a − 1)².
	const z = -0.5 * 2 + 0.5;
	const a = 1 / (1 + Math.exp(-z));

	test('the upper tangent is σ′(z) = a(1 − a), the lower one 2(a − 1)', () => {
		expect(slopeOf(top!, byRole(top!, 'tangent')[0]!)).toBeCloseTo(a * (1 - a), 2);
		expect(slopeOf(bottom!, byRole(bottom!, 'tangent')[0]!)).toBeCloseTo(2 * (a - 1), 1);
	});

	test('the caption multiplies the two rates into ∂L/∂z', () => {
		const product = (blocks[0] as { caption: { with: Record<string, string> } }).caption.with.product!;
		expect(product.endsWith(`= ${(a * (1 - a) * 2 * (a - 1)).toFixed(3)}`)).toBe(true);
	});
});

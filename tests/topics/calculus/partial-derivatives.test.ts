import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, neuronLossPartials, partialsAt, polynomialPartials } from '../../../src/topics/calculus/partial-derivatives';
import { texProducts, texTerms } from '../../../src/topics/tex';
import { VECTOR_FUNCTIONS } from '../../../src/topics/calculus/functions';
import { byRole, figures, parts, slopeOf } from '../../helpers/figure-calculus';

const ru = fmtFor('ru');
const en = fmtFor('en');

describe('calculus/partial-derivatives: the module behind the worked examples and the practice', () => {
	test('the core’s partials of x²y − 2xy + 3y² at (2, −1), worked by hand', () => {
		// ∂f/∂x = 2xy − 2y = −4 + 2 = −2; ∂f/∂y = x² − 2x + 6y = 4 − 4 − 6 = −6; f = −4 + 4 + 3 = 3.
		const p = polynomialPartials(1, -2, 3, 2, -1);
		expect(p.dx).toBeCloseTo(-2, 12);
		expect(p.dy).toBeCloseTo(-6, 12);
		expect(p.value).toBeCloseTo(3, 12);
	});

	test('the neuron’s loss (2w + b − 1)²: the weight’s partial is the bias’s times the input', () => {
		// u = 2·1 + 0.5 − 1 = 1.5; ∂L/∂w = 2u·2 = 6, ∂L/∂b = 2u = 3, L = 2.25.
		expect(neuronLossPartials(2, 1, 1, 0.5)).toEqual({ dw: 6, db: 3, loss: 2.25 });
		// u = −1·3 + 0 − (−2) = −1; ∂L/∂w = 2·(−1)·3 = −6.
		expect(neuronLossPartials(3, -2, -1, 0).dw).toBeCloseTo(-6, 12);
	});

	test('the derivative along a unit vector is ∇f·u, and nudging the point along u agrees', () => {
		// f = x² + 3y² at (1, 1): ∇f = (2, 6); along (0.6, 0.8): 1.2 + 4.8 = 6.
		const r = partialsAt(VECTOR_FUNCTIONS.bowl, [1, 1], [0.6, 0.8]);
		expect(r.grad).toEqual([2, 6]);
		expect(r.along!.dot).toBeCloseTo(6, 12);
		expect(r.along!.nudged).toBeCloseTo(6, 6);
		expect(r.numeric[1]).toBeCloseTo(6, 6);
	});

	test('terms and products are written with folded signs and without zero terms', () => {
		expect(texTerms([[3, 'x^2 y'], [-1, 'xy'], [0, 'y^2']], ru)).toBe('3x^2 y - xy');
		expect(texTerms([[-1, 'x'], [0.5, 'y']], ru)).toBe('-x + 0{,}5y');
		expect(texProducts([[6, [2, -1]], [-3, [4]], [0, [1]]], en)).toBe('6 \\cdot 2 \\cdot (-1) - 3 \\cdot 4');
		expect(texProducts([[1, [3, 3]], [-1, [2]]], en)).toBe('3 \\cdot 3 - 2');
	});

	test('the worked examples print the page’s numbers in Russian notation', () => {
		const mixed = examples!.mixed!;
		const blocks = mixed.blocks(mixed.inputs, ru);
		// f(2, 0.5) = 4·0.5 + e^0.5 = 3.6487; ∂f/∂y = x² + e^y = 4 + e^0.5 = 5.6487.
		expect((blocks[0] as { tex: string }).tex).toContain('p = (x;\\ y) = (2;\\ 0{,}5), \\qquad f(p) = 3{,}6487');
		expect((blocks[1] as { rows: string[][] }).rows[1]).toEqual(['\\frac{\\partial f}{\\partial y}', '5{,}6487', '5{,}6487']);
		expect(blocks[2]).toEqual({ tex: '\\nabla f(p) = \\bigl(2;\\ 5{,}6487\\bigr)' });
		const loss = examples!['neuron-loss']!;
		const lb = loss.blocks(loss.inputs, en);
		expect(lb[2]).toEqual({ tex: '\\nabla L(p) = \\bigl(6,\\ 3\\bigr)' });
		expect(lb.length).toBe(3);
	});
});

describe('calculus/partial-derivatives: the figure of two slices', () => {
	test('the slice along x has slope 2xy, the slice along y has slope x² + eʸ', () => {
		const ex = examples!.slices!;
		const [x, y] = (ex.inputs as { at: [number, number] }).at;
		const [top, bottom] = parts(figures(ex.blocks(ex.inputs, fmtFor('ru')))[0]!.svg);
		expect(slopeOf(top!, byRole(top!, 'tangent')[0]!)).toBeCloseTo(2 * x * y, 1);
		expect(slopeOf(bottom!, byRole(bottom!, 'tangent')[0]!)).toBeCloseTo(x * x + Math.exp(y), 1);
	});
});

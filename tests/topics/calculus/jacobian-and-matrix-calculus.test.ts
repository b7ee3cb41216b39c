import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, layerGradients, mapJacobian, weightGradient } from '../../../src/topics/calculus/jacobian-and-matrix-calculus';
import { byRole, figures, lineInValues } from '../../helpers/figure-calculus';

describe('calculus/jacobian-and-matrix-calculus: the module behind the worked example and the practice', () => {
	test('the Jacobian of F(x, y) = (xy, −2x² + 4y) at (3, −2): rows are the outputs’ gradients', () => {
		// ∂F₁ = (y, x) = (−2, 3); ∂F₂ = (−4x, 4) = (−12, 4).
		expect(mapJacobian({ a: 1, b: -2, c: 4, x0: 3, y0: -2 })).toEqual([[-2, 3], [-12, 4]]);
	});

	test('∂L/∂W = AᵀG, worked entry by entry', () => {
		// Aᵀ = [[1, 1], [−2, 3]]: (1·2 + 1·1, 1·(−1) + 1·1; −2·2 + 3·1, −2·(−1) + 3·1).
		expect(weightGradient([[1, -2], [1, 3]], [[2, -1], [1, 1]])).toEqual([[3, 0], [-1, 5]]);
		// A non-square batch: three examples, so each entry sums three products.
		expect(weightGradient([[1, 0], [0, 1], [1, 1]], [[1, 2], [3, 4], [5, 6]])).toEqual([[6, 8], [8, 10]]);
	});

	test('the layer: the formulas agree with the loss nudged weight by weight', () => {
		const input = { a: [[1, 2], [0, 1], [2, 0]], w: [[1, -1], [0.5, 2]], b: [0, 1], target: [[-1, 1], [0.5, 0], [2, 2]] };
		const r = layerGradients(input);
		// Z = [[2, 4], [0.5, 3], [2, −1]], Z − T = [[3, 3], [0, 3], [0, −3]]: L = (9 + 9 + 0 + 9 + 0 + 9)/6 = 6.
		expect(r.loss).toBeCloseTo(6, 12);
		expect(Array.from(r.dW.data)).toEqual([1, -1, 2, 3]);
		expect(Array.from(r.db)).toEqual([1, 1]);
		expect(r.numeric).toBeCloseTo(1, 8);
	});

	test('the worked example prints the page’s seven lines in Russian notation', () => {
		const layer = examples!.layer!;
		const lines = layer.blocks(layer.inputs, fmtFor('ru')).map((b) => (b as { tex: string }).tex);
		expect(lines.length).toBe(7);
		expect(lines[0]).toContain('\\begin{bmatrix} 1 & -1 \\\\ 0{,}5 & 2 \\end{bmatrix}}_{2 \\times 2}');
		expect(lines[1]).toContain('= 6, \\qquad T =');
		expect(lines[5]).toBe('\\frac{\\partial L}{\\partial A} = G\\, W^{\\top} = \\underbrace{\\begin{bmatrix} 0 & 2{,}5 \\\\ -1 & 2 \\\\ 1 & -2 \\end{bmatrix}}_{3 \\times 2}');
		expect(lines[6]).toContain('\\approx 1, \\qquad');
	});
});

describe('calculus/jacobian-and-matrix-calculus: the figure of a grid under F and under its linear approximation', () => {
	test('the straight lines are F(p) + J·Δ with J = [[a·y₀, a·x₀], [2b·x₀, c]] at the grid’s edges', () => {
		const ex = examples!.grid!;
		const { a, b, c, x0, y0, half } = ex.inputs as { a: number; b: number; c: number; x0: number; y0: number; half: number };
		const svg = figures(ex.blocks(ex.inputs, fmtFor('ru')))[0]!.svg;
		const J = [[a * y0, a * x0], [2 * b * x0, c]];
		const F0 = [a * x0 * y0, b * x0 * x0 + c * y0];
		const lin = (dx: number, dy: number) => [F0[0]! + J[0]![0]! * dx + J[0]![1]! * dy, F0[1]! + J[1]![0]! * dx + J[1]![1]! * dy];
		const lines = byRole(svg, 'linear').map((e) => lineInValues(svg, e));
		expect(lines.length).toBe(6);
		// Every end of a straight line is the image of a point on the square's edge: Δ with one coordinate ±half.
		const edge = [-half, 0, half].flatMap((t) => [lin(-half, t), lin(half, t), lin(t, -half), lin(t, half)]);
		for (const end of lines.flat()) expect(Math.min(...edge.map(([u, v]) => Math.hypot(u! - end[0], v! - end[1])))).toBeLessThan(0.02);
	});
});

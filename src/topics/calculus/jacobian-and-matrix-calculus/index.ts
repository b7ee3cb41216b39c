/**
 * The Jacobian and the matrix form of a layer's gradients. For Z = A·W + b under a loss with
 * G = ∂L/∂Z: ∂L/∂W = Aᵀ·G, ∂L/∂b = the column sums of G, ∂L/∂A = G·Wᵀ, all from the core's tensor
 * code. One module for the worked example (a layer under a mean squared error, with one weight
 * checked by nudging it), the practice problems (the Jacobian of a small map, ∂L/∂W of a layer)
 * and the tests (tests/topics/calculus/jacobian-and-matrix-calculus.test.ts).
 */
import type { Rng } from '../../../core/random';
import { value, type Value } from '../../../core/scalar/value';
import { addBias, biasGrad, matmul, matmulGradA, matmulGradB } from '../../../core/tensor/linear';
import { mse, mseBackward } from '../../../core/tensor/losses';
import { fromRows, type Matrix } from '../../../core/tensor/matrix';
import { centralDifference } from '../../../math/finite-difference';
import type { Fmt, Kind } from '../../../practice/types';
import { coordinateSep, paren, readable, texMatrix, texPoint, texTerms } from '../../tex';
import type { TopicModule, WorkedExample } from '../../types';
import { pick } from '../../draw';
import { axes, dot, finish, label, plot, polyline, segment } from '../../../figures/chart';

export interface LayerInputs {
	a: number[][];
	w: number[][];
	b: number[];
	/** The targets T, one row per example, as wide as the layer. */
	target: number[][];
}

/** The forward pass of Z = A·W + b, its mean squared error against T and every gradient of it, plus ∂L/∂w₁₁ by a central difference. */
export function layerGradients({ a, w, b, target }: LayerInputs, h = 1e-5) {
	const A = fromRows(a);
	const T = fromRows(target);
	const bias = Float64Array.from(b);
	const forward = (weights: Matrix) => addBias(matmul(A, weights), bias);
	const W = fromRows(w);
	const Z = forward(W);
	const G = mseBackward(Z, T);
	// One weight nudged both ways: the central difference must match the (1, 1) entry of ∂L/∂W.
	const nudged = (delta: number) => {
		const copy = fromRows(w);
		copy.data[0] += delta;
		return mse(forward(copy), T);
	};
	return { A, W, T, bias, Z, loss: mse(Z, T), G, dW: matmulGradB(A, G), db: biasGrad(G), dA: matmulGradA(G, W), numeric: centralDifference(nudged, 0, h) };
}

/**
 * The rows of a core matrix. Not the core's `toRows`: this module is loaded by the practice script,
 * and importing `toRows` here moves it into the shared matrix chunk that every widget page loads
 * (the training-loop page would go 7 B over its 15 KB budget).
 */
const rowsOf = (m: Matrix): number[][] => Array.from({ length: m.rows }, (_, i) => Array.from(m.data.slice(i * m.cols, (i + 1) * m.cols)));

/** A matrix with its shape written under it. */
const shaped = (rows: number[][], fmt: Fmt) => `\\underbrace{${texMatrix(rows, fmt)}}_{${rows.length} \\times ${rows[0]!.length}}`;

/** The layer's forward pass, loss and three gradients with their shapes, one formula a line, and the check of ∂L/∂w₁₁. */
export const layerExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: LayerInputs): WorkedExample<LayerInputs> => ({
	inputs,
	blocks: (input, fmt) => {
		const r = layerGradients(input);
		const m = (x: Matrix) => shaped(rowsOf(x), fmt);
		const v = (xs: ArrayLike<number>) => shaped([Array.from(xs)], fmt);
		const num = (x: number) => readable(x, fmt, 4);
		const count = r.Z.rows * r.Z.cols;
		return [
			`Z = A W + b = ${m(r.A)} ${m(r.W)} + ${v(r.bias)} = ${m(r.Z)}`,
			`L = \\frac{1}{${count}} \\sum_{i,j} (z_{ij} - t_{ij})^2 = ${num(r.loss)}, \\qquad T = ${m(r.T)}`,
			`G = \\frac{\\partial L}{\\partial Z} = \\frac{2}{${count}} (Z - T) = ${m(r.G)}`,
			`\\frac{\\partial L}{\\partial W} = A^{\\top} G = ${m(r.dW)}`,
			`\\frac{\\partial L}{\\partial b} = {\\textstyle\\sum_i} G_{i,:} = ${v(r.db)}`,
			`\\frac{\\partial L}{\\partial A} = G\\, W^{\\top} = ${m(r.dA)}`,
			`\\frac{L(w_{11} + h) - L(w_{11} - h)}{2h} \\approx ${num(r.numeric)}, \\qquad \\Bigl(\\frac{\\partial L}{\\partial W}\\Bigr)_{11} = ${num(r.dW.data[0]!)}`,
		].map((tex) => ({ tex }));
	},
});

/** F(x, y) = (a·x·y, b·x² + c·y). */
interface MapInputs {
	a: number;
	b: number;
	c: number;
	x0: number;
	y0: number;
}

/** The Jacobian of F(x, y) = (a·x·y, b·x² + c·y) at a point: row i is the gradient of output i, each by its own backward pass. */
export function mapJacobian({ a, b, c, x0, y0 }: MapInputs): number[][] {
	const outputs = [(x: Value, y: Value) => x.mul(y).mul(a), (x: Value, y: Value) => x.pow(2).mul(b).add(y.mul(c))];
	return outputs.map((output) => {
		const x = value(x0, 'x');
		const y = value(y0, 'y');
		output(x, y).backward();
		return [x.grad, y.grad];
	});
}

const transposed = (m: number[][]) => m[0]!.map((_, j) => m.map((row) => row[j]!));
const sameMatrix = (p: number[][], q: number[][]) => p.every((row, i) => row.every((x, j) => Math.abs(x - q[i]![j]!) < 1e-9));
const distinct = <T extends { value: number[][] }>(answer: number[][]) => (m: T, k: number, all: T[]) => !sameMatrix(m.value, answer) && all.findIndex((n) => sameMatrix(n.value, m.value)) === k;

/** The Jacobian of a map from two numbers to two: one row per output, one column per input. */
const jacobian: Kind<MapInputs> = {
	id: 'jacobian',
	draw: (rng) => ({ a: pick(rng, -3, 3, true), b: pick(rng, -2, 2, true), c: pick(rng, -4, 4, true), x0: pick(rng, -3, 3, true), y0: pick(rng, -3, 3, true) }),
	solve: (q, fmt) => {
		const { a, b, c, x0, y0 } = q;
		const J = mapJacobian(q);
		const sep = coordinateSep(fmt);
		const F = `F(x, y) = \\begin{bmatrix} ${texTerms([[a, 'xy']], fmt)} \\\\ ${texTerms([[b, 'x^2'], [c, 'y']], fmt)} \\end{bmatrix}`;
		const symbolic = `\\begin{bmatrix} ${texTerms([[a, 'y']], fmt)} & ${texTerms([[a, 'x']], fmt)} \\\\ ${texTerms([[2 * b, 'x']], fmt)} & ${fmt(c)} \\end{bmatrix}`;
		return {
			vars: { F, p: `(x_0${sep}y_0) = ${texPoint([x0, y0], fmt)}` },
			answer: { kind: 'matrix', value: J },
			steps: [
				{ say: 'rows', tex: `J = \\begin{bmatrix} \\frac{\\partial F_1}{\\partial x} & \\frac{\\partial F_1}{\\partial y} \\\\ \\frac{\\partial F_2}{\\partial x} & \\frac{\\partial F_2}{\\partial y} \\end{bmatrix} = ${symbolic}` },
				{
					say: 'substitute',
					tex: `J${texPoint([x0, y0], fmt)} = \\begin{bmatrix} ${fmt(a)} \\cdot ${paren(y0, fmt)} & ${fmt(a)} \\cdot ${paren(x0, fmt)} \\\\ ${fmt(2 * b)} \\cdot ${paren(x0, fmt)} & ${fmt(c)} \\end{bmatrix} = ${texMatrix(J, fmt)}`,
				},
			],
			mistakes: [
				// Columns as outputs (the other layout); the power rule without its 2.
				{ value: transposed(J), say: 'transposed' },
				{ value: [J[0]!, [b * x0, c]], say: 'power' },
			].filter(distinct(J)),
		};
	},
	numpy: ({ a, b, c, x0, y0 }) =>
		`[grad(lambda v: (${a})*v[0]*v[1], [${x0}, ${y0}]), grad(lambda v: (${b})*v[0]**2 + (${c})*v[1], [${x0}, ${y0}])]`,
};

interface WeightGradInputs {
	a: number[][];
	g: number[][];
}

/** ∂L/∂W = Aᵀ·G of a layer Z = A·W + b, by the core's matmul gradient. */
export const weightGradient = (a: number[][], g: number[][]): number[][] => rowsOf(matmulGradB(fromRows(a), fromRows(g)));

const grid = (rng: Rng, lo: number, hi: number) => [0, 1].map(() => [pick(rng, lo, hi), pick(rng, lo, hi)]);

/** ∂L/∂W of a linear layer from its input and the upstream gradient: a sum over the examples of the batch. */
const weightGrad: Kind<WeightGradInputs> = {
	id: 'weight-grad',
	draw: (rng) => ({ a: grid(rng, -2, 3), g: grid(rng, -2, 2) }),
	solve: ({ a, g }, fmt) => {
		const dW = weightGradient(a, g);
		const at = transposed(a);
		const entry = (t: number, j: number) => `${paren(at[t]![0]!, fmt)} \\cdot ${paren(g[0]![j]!, fmt)} + ${paren(at[t]![1]!, fmt)} \\cdot ${paren(g[1]![j]!, fmt)}`;
		const product = (p: number[][], q: number[][]) => p.map((row) => q[0]!.map((_, j) => row.reduce((s, x, k) => s + x * q[k]![j]!, 0)));
		return {
			vars: { A: `A = ${texMatrix(a, fmt)}`, G: `G = \\frac{\\partial L}{\\partial Z} = ${texMatrix(g, fmt)}` },
			answer: { kind: 'matrix', value: dW },
			steps: [
				{ say: 'formula', tex: `\\frac{\\partial L}{\\partial W} = A^{\\top} G, \\qquad A^{\\top} = ${texMatrix(at, fmt)}` },
				{
					say: 'multiply',
					tex: `A^{\\top} G = \\begin{bmatrix} ${entry(0, 0)} & ${entry(0, 1)} \\\\ ${entry(1, 0)} & ${entry(1, 1)} \\end{bmatrix} = ${texMatrix(dW, fmt)}`,
				},
			],
			mistakes: [
				// A·G without the transpose; the transpose of the answer, Gᵀ·A.
				{ value: product(a, g), say: 'no-transpose' },
				{ value: transposed(dW), say: 'transposed' },
			].filter(distinct(dW)),
		};
	},
		// Independently of the formula: L = Σ G ⊙ (A·W) has ∂L/∂Z = G, and its numeric gradient by the four weights is ∂L/∂W.
	numpy: ({ a, g }) =>
		`np.reshape(grad(lambda v: float(np.sum(np.array(${JSON.stringify(g)}) * (np.array(${JSON.stringify(a)}) @ np.reshape(v, (2, 2))))), [0, 0, 0, 0]), (2, 2))`,
};

export interface GridInputs extends MapInputs {
	/** Half the side of the little square of inputs around (x₀, y₀), and how many grid lines across it. */
	half: number;
	lines: number;
	x: [number, number];
	y: [number, number];
}

/**
 * A little grid of inputs around (x₀, y₀) carried by the map F (curved lines) and by its linear
 * approximation F(p) + J·Δ (straight lines, dashed): near the point the two grids agree, farther out
 * they part. J is the core's (mapJacobian).
 */
export const gridExample = (inputs: GridInputs): WorkedExample<GridInputs> => ({
	inputs,
	blocks: (q, fmt) => {
		const { a, b, c, x0, y0, half, lines } = q;
		const F = (x: number, y: number): [number, number] => [a * x * y, b * x * x + c * y];
		const J = mapJacobian(q);
		const F0 = F(x0, y0);
		const lin = (dx: number, dy: number): [number, number] => [F0[0] + J[0]![0]! * dx + J[0]![1]! * dy, F0[1] + J[1]![0]! * dx + J[1]![1]! * dy];
		const p = plot({ x: q.x, y: q.y, equal: true, height: 300 });
		axes(p, { x: [0.5, 1, 1.5], y: [1, 2] }, fmt, { x: 'F₁', y: 'F₂' });
		const ts = Array.from({ length: lines }, (_, i) => -half + (2 * half * i) / (lines - 1));
		const fine = Array.from({ length: 13 }, (_, i) => -half + (2 * half * i) / 12);
		for (const t of ts)
			for (const along of [0, 1]) {
				const d = (s: number): [number, number] => (along === 0 ? [s, t] : [t, s]);
				p.body.push(polyline(fine.map((s) => F(x0 + d(s)[0], y0 + d(s)[1])).map(([u, v]) => [p.X(u), p.Y(v)] as [number, number]), { tone: 'muted', width: 1.5 }));
				segment(p, lin(...d(-half)), lin(...d(half)), { tone: 'accent', dashed: true, width: 2, role: 'linear' });
			}
		dot(p, F0[0], F0[1], { tone: 'ink' });
		label(p, F0[0], F0[1], 'F(p)', { dx: 10, dy: -12, anchor: 'start' });
		const sep = coordinateSep(fmt);
		const w = {
			F: `F(x, y) = (${texTerms([[a, 'xy']], fmt)}${sep}${texTerms([[b, 'x^2'], [c, 'y']], fmt)})`,
			p: `p = ${texPoint([x0, y0], fmt)}`,
			J: `J = ${texMatrix(J, fmt)}`,
			half: fmt(half),
		};
		return [{ svg: finish(p), caption: { say: 'grid', with: w }, alt: { say: 'grid-alt', with: w } }];
	},
});

export const practice: TopicModule['practice'] = [jacobian, weightGrad];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	grid: /* @__PURE__ */ gridExample({ a: 1, b: -1, c: 2, x0: 1, y0: 1, half: 0.3, lines: 3, x: [0.2, 2], y: [-0.5, 2.3] }),
	layer: /* @__PURE__ */ layerExample({ a: [[1, 2], [0, 1], [2, 0]], w: [[1, -1], [0.5, 2]], b: [0, 1], target: [[-1, 1], [0.5, 0], [2, 2]] }),
};

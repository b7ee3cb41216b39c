/**
 * Backpropagation through a dense layer H = relu(A·W + b) in matrix form: δ = ∂L/∂H ⊙ relu′(Z),
 * ∂L/∂W = Aᵀδ, ∂L/∂b = the column sums of δ, ∂L/∂A = δWᵀ, every number from the core's matrix
 * operations. The worked example runs one layer with an MSE loss forward and back; the practice asks
 * for ∂L/∂W and ∂L/∂b of tiny matrices and for the shape of a gradient.
 * Tests: tests/topics/neural-networks/backprop-matrix-form.test.ts.
 */
import type { Rng } from '../../../core/random';
import { relu, reluBackward } from '../../../core/tensor/activations';
import { addBias, biasGrad, matmul, matmulGradA, matmulGradB } from '../../../core/tensor/linear';
import { mse, mseBackward } from '../../../core/tensor/losses';
import { fromRows, toRows, transpose, type Matrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import { shapeCheckExample } from '../../linear-algebra/matrix-multiplication';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { svg, text } from '../../../figures/svg';
import { box, line } from '../../../figures/network';

export interface LayerInputs {
	a: number[][];
	w: number[][];
	b: number[];
	/** Targets, shaped like the layer's output. */
	y: number[][];
}

/** One dense ReLU layer with an MSE loss, forward and back, by the core: every intermediate matrix. */
export function denseBackprop({ a, w, b, y }: LayerInputs) {
	const A = fromRows(a);
	const W = fromRows(w);
	const Y = fromRows(y);
	const Z = addBias(matmul(A, W), Float64Array.from(b));
	const H = relu(Z);
	const dH = mseBackward(H, Y);
	const dZ = reluBackward(H, dH);
	return { A, W, Y, Z, H, loss: mse(H, Y), dH, dZ, dW: matmulGradB(A, dZ), db: Array.from(biasGrad(dZ)), dA: matmulGradA(dZ, W) };
}

/** ∂L/∂W = Aᵀδ, by the core. */
export const weightGrad = (a: number[][], delta: number[][]): number[][] => toRows(matmulGradB(fromRows(a), fromRows(delta)));

/** ∂L/∂b: δ summed over the examples (its columns), by the core. */
export const biasGradient = (delta: number[][]): number[] => Array.from(biasGrad(fromRows(delta)));

const shaped = (M: Matrix, fmt: Fmt) => `\\underbrace{${texMatrix(toRows(M), fmt)}}_{${M.rows} \\times ${M.cols}}`;
const shapedRow = (v: number[], fmt: Fmt) => `\\underbrace{${texMatrix([v], fmt)}}_{${v.length}}`;

const LAYER: LayerInputs = { a: [[1, 0, 2], [0, 1, 1], [2, 1, 0], [1, -1, 1]], w: [[-1, -1], [-1, -0.5], [0.5, 1]], b: [1, 0], y: [[1, 2], [2, 1], [2, 0], [1, 2]] };

const forward: WorkedExample<LayerInputs> = {
	inputs: LAYER,
	blocks: (inputs, fmt) => {
		const r = denseBackprop(inputs);
		return [
			{ tex: `Z = A W + b = ${shaped(r.A, fmt)} ${shaped(r.W, fmt)} + ${shapedRow(inputs.b, fmt)} = ${shaped(r.Z, fmt)}` },
			{ tex: `H = \\operatorname{relu}(Z) = ${shaped(r.H, fmt)}, \\qquad Y = ${shaped(r.Y, fmt)}` },
			{ tex: `L = \\frac{1}{${r.H.rows * r.H.cols}} \\sum_{i,j} (h_{ij} - y_{ij})^2 = ${fmt(r.loss)}` },
		];
	},
};

const backward: WorkedExample<LayerInputs> = {
	inputs: LAYER,
	blocks: (inputs, fmt) => {
		const r = denseBackprop(inputs);
		const mask = fromRows(toRows(r.Z).map((row) => row.map((v) => (v > 0 ? 1 : 0))));
		return [
			{ tex: `\\frac{\\partial L}{\\partial H} = \\frac{2}{${r.H.rows * r.H.cols}} (H - Y) = ${shaped(r.dH, fmt)}` },
			{ tex: `\\operatorname{relu}'(Z) = ${shaped(mask, fmt)}` },
			{ tex: `\\delta = \\frac{\\partial L}{\\partial Z} = \\frac{\\partial L}{\\partial H} \\odot \\operatorname{relu}'(Z) = ${shaped(r.dZ, fmt)}` },
			{ tex: `\\frac{\\partial L}{\\partial W} = A^{\\top} \\delta = ${shaped(transpose(r.A), fmt)}\\, \\delta = ${shaped(r.dW, fmt)}` },
			{ tex: `\\frac{\\partial L}{\\partial b} = \\textstyle\\sum_i \\delta_{i\\cdot} = ${shapedRow(r.db, fmt)}` },
			{ tex: `\\frac{\\partial L}{\\partial A} = \\delta\\, W^{\\top} = \\delta\\, ${shaped(transpose(r.W), fmt)} = ${shaped(r.dA, fmt)}` },
		];
	},
};

/**
 * The two gradients' products as shapes: every matrix a grid of its own rows × cols, so that the factor
 * inner sizes visibly match (the shared side in the accent colour) and each result has the shape of what
 * it is the gradient of: Aᵀ·δ like W, δ·Wᵀ like A. The shapes come from the example's matrices.
 */
const shapes: WorkedExample<LayerInputs> = {
	inputs: LAYER,
	blocks: (inputs): Block[] => {
		const r = denseBackprop(inputs);
		const unit = 18;
		const body: string[] = [];
		/** A matrix as a grid at (x, top), its name above and its shape below; the shared side marked when given. */
		const grid = (x: number, top: number, rows: number, cols: number, name: string, shared?: 'top' | 'left') => {
			const [w, h] = [cols * unit, rows * unit];
			for (let i = 1; i < rows; i++) body.push(line(x, top + i * unit, x + w, top + i * unit, { tone: 'muted', width: 0.75 }));
			for (let j = 1; j < cols; j++) body.push(line(x + j * unit, top, x + j * unit, top + h, { tone: 'muted', width: 0.75 }));
			body.push(box(x, top, w, h), text(x + w / 2, top - 14, name, { size: 16 }), text(x + w / 2, top + h + 16, `${rows} × ${cols}`, { size: 15, tone: 'muted' }));
			if (shared === 'top') body.push(line(x, top, x + w, top, { tone: 'accent', width: 4 }));
			if (shared === 'left') body.push(line(x, top, x, top + h, { tone: 'accent', width: 4 }));
			return x + w;
		};
		const sign = (x: number, y: number, s: string) => body.push(text(x, y, s, { size: 20 }));
		const [m, n, k] = [r.A.rows, r.A.cols, r.W.cols];
		// ∂L/∂W = Aᵀ·δ: (n × m)(m × k), the m shared.
		let x = grid(20, 40, n, m, 'Aᵀ', 'top');
		sign(x + 14, 40 + (n * unit) / 2, '·');
		x = grid(x + 28, 40, m, k, 'δ', 'left');
		sign(x + 16, 40 + (n * unit) / 2, '=');
		grid(x + 32, 40, r.dW.rows, r.dW.cols, '∂L/∂W');
		// ∂L/∂A = δ·Wᵀ: (m × k)(k × n), the k shared.
		const top2 = 100 + Math.max(n, m) * unit;
		x = grid(20, top2, m, k, 'δ', 'top');
		sign(x + 14, top2 + (m * unit) / 2, '·');
		x = grid(x + 28, top2, k, n, 'Wᵀ', 'left');
		sign(x + 16, top2 + (m * unit) / 2, '=');
		grid(x + 32, top2, r.dA.rows, r.dA.cols, '∂L/∂A');
		return [{ svg: svg(300, top2 + m * unit + 30, body), caption: { say: 'shapes-figure' }, alt: { say: 'shapes-figure-alt', with: { m: `${m}`, n: `${n}`, k: `${k}` } } }];
	},
};

/** A rows × cols matrix of whole numbers from `lo` to `hi`. */
const drawMatrix = (rng: Rng, rows: number, cols: number, lo: number, hi: number) =>
	Array.from({ length: rows }, () => Array.from({ length: cols }, () => lo + rng.int(hi - lo + 1)));

const same = (x: number[][], y: number[][]) => x.length === y.length && x.every((r, i) => r.length === y[i]!.length && r.every((v, j) => Math.abs(v - y[i]![j]!) < 1e-9));

interface WeightInputs {
	a: number[][];
	delta: number[][];
}

/** ∂L/∂W = Aᵀδ for a batch of 2–3 examples with 2 inputs and 1–2 neurons. */
const dw: Kind<WeightInputs> = {
	id: 'dw',
	draw: (rng) => {
		const m = 2 + rng.int(2);
		return { a: drawMatrix(rng, m, 2, -2, 3), delta: drawMatrix(rng, m, 1 + rng.int(2), -2, 2) };
	},
	solve: ({ a, delta }, fmt) => {
		const answer = weightGrad(a, delta);
		const at = a[0]!.map((_, j) => a.map((r) => r[j]!));
		const m = a.length;
		const entry = (t: number, j: number) => a.map((r, i) => `${i ? paren(r[t]!, fmt) : fmt(r[t]!)} \\cdot ${paren(delta[i]![j]!, fmt)}`).join(' + ');
		return {
			vars: { a: `A = ${texMatrix(a, fmt)}`, delta: `\\delta = ${texMatrix(delta, fmt)}`, m: `${m}`, k: `${delta[0]!.length}` },
			answer: { kind: 'matrix', value: answer },
			steps: [
				{ say: 'shape', with: { shape: `${a[0]!.length} \\times ${delta[0]!.length}` }, tex: `A^{\\top} = ${texMatrix(at, fmt)}` },
				{ say: 'entry', tex: `\\left(A^{\\top}\\delta\\right)_{11} = ${entry(0, 0)} = ${fmt(answer[0]![0]!)}` },
				{ say: 'result', tex: `\\frac{\\partial L}{\\partial W} = A^{\\top} \\delta = ${texMatrix(answer, fmt)}` },
			],
			mistakes: [{ value: answer.map((r) => r.map((v) => v / m)), say: 'mean' }].filter((x) => !same(x.value, answer)),
		};
	},
	numpy: ({ a, delta }) => `np.array(${JSON.stringify(a)}).T @ np.array(${JSON.stringify(delta)})`,
};

interface BiasInputs {
	delta: number[][];
}

/** ∂L/∂b: the column sums of δ. */
const db: Kind<BiasInputs> = {
	id: 'db',
	draw: (rng) => ({ delta: drawMatrix(rng, 3 + rng.int(2), 2 + rng.int(2), -3, 3).map((r) => r.map((v) => v / 2)) }),
	solve: ({ delta }, fmt) => {
		const answer = biasGradient(delta);
		const m = delta.length;
		const rowSums = delta.map((r) => r.reduce((s, v) => s + v, 0));
		const differs = (v: number[]) => v.length !== answer.length || v.some((x, i) => Math.abs(x - answer[i]!) > 1e-9);
		return {
			vars: { delta: `\\delta = ${texMatrix(delta, fmt)}`, m: `${m}`, k: `${delta[0]!.length}` },
			answer: { kind: 'vector', value: answer },
			steps: [
				{ say: 'why', tex: `\\frac{\\partial L}{\\partial b_j} = \\sum_{i=1}^{${m}} \\delta_{ij}` },
				...answer.map((s, j) => ({ tex: `\\frac{\\partial L}{\\partial b_{${j + 1}}} = ${delta.map((r, i) => (i && r[j]! < 0 ? `(${fmt(r[j]!)})` : fmt(r[j]!))).join(' + ')} = ${fmt(s)}` })),
				{ say: 'result', tex: `\\frac{\\partial L}{\\partial b} = ${texMatrix([answer], fmt)}` },
			],
			mistakes: [
				{ value: rowSums, say: 'rows' },
				{ value: answer.map((v) => v / m), say: 'mean' },
			].filter((x) => differs(x.value)),
		};
	},
	numpy: ({ delta }) => `np.array(${JSON.stringify(delta)}).sum(axis=0)`,
};

interface ShapeInputs {
	/** Examples, inputs, neurons. */
	m: number;
	n: number;
	k: number;
	of: 'W' | 'A';
}

/** The shape of ∂L/∂W or ∂L/∂A: the shape of W (n × k) or of A (m × n), read off the products Aᵀδ and δWᵀ. */
const shape: Kind<ShapeInputs> = {
	id: 'shape',
	draw: (rng) => {
		const sizes = [2, 3, 4, 8, 16, 32, 64, 10, 128];
		const pick = () => sizes[rng.int(sizes.length)]!;
		const m = pick();
		let n = pick();
		let k = pick();
		if (n === m) n = m * 2;
		if (k === m || k === n) k = Math.max(m, n) + 1;
		return { m, n, k, of: rng.int(2) ? 'W' : 'A' };
	},
	solve: ({ m, n, k, of }) => {
		const ofW = of === 'W';
		const answer = ofW ? [n, k] : [m, n];
		const sh = (r: number, c: number) => `${r} \\times ${c}`;
		return {
			vars: { m: `m = ${m}`, n: `n = ${n}`, k: `k = ${k}`, grad: `\\frac{\\partial L}{\\partial ${of}}` },
			answer: { kind: 'shape', value: answer },
			steps: ofW
				? [
						{ say: 'product', tex: `\\frac{\\partial L}{\\partial W} = A^{\\top} \\delta: \\quad (${sh(n, m)}) \\cdot (${sh(m, k)})` },
						{ say: 'inner', tex: `${sh(n, k)}` },
						{ say: 'likeW' },
					]
				: [
						{ say: 'product', tex: `\\frac{\\partial L}{\\partial A} = \\delta W^{\\top}: \\quad (${sh(m, k)}) \\cdot (${sh(k, n)})` },
						{ say: 'inner', tex: `${sh(m, n)}` },
						{ say: 'likeA' },
					],
			mistakes: [{ value: [m, k], say: 'delta' }, ofW ? { value: [m, n], say: 'input' } : { value: [n, k], say: 'weights' }],
		};
	},
	numpy: ({ m, n, k, of }) => (of === 'W' ? `(np.zeros((${m}, ${n})).T @ np.zeros((${m}, ${k}))).shape` : `(np.zeros((${m}, ${k})) @ np.zeros((${n}, ${k})).T).shape`),
};

export const practice: TopicModule['practice'] = [dw, db, shape];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	forward,
	backward,
	// Aᵀ·δ fits (3×4)·(4×2); A·δ without the transpose does not.
	gradW: shapeCheckExample({ a: [3, 4], b: [4, 2] }),
	gradWrong: shapeCheckExample({ a: [4, 3], b: [4, 2] }),
	// Both gradients' products drawn as grids of their shapes.
	shapes,
};

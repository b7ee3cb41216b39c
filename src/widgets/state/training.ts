/**
 * The training widget's model: a 2→k→2 network trained full-batch on a small 2-D data set, written
 * out as the core's matrix operations so each layer's gradient can be shown with its shape:
 *   Z₁ = A·W₁ + b₁, H = act(Z₁), Z₂ = H·W₂ + b₂, L = softmax-cross-entropy(Z₂, y);
 *   δ₂ = ∂L/∂Z₂ = (p − y)/n, dW₂ = Hᵀ·δ₂, db₂ = Σ δ₂, δ₁ = δ₂·W₂ᵀ ⊙ act′, dW₁ = Aᵀ·δ₁, db₁ = Σ δ₁.
 * Pure (no DOM): the widget animates it, the tests check it against the core's own Mlp.
 */
import { createOptimizer, type Optimizer, type OptimizerKind } from '../../core/nn/optimizers';
import { createRng } from '../../core/random';
import { relu, reluBackward, tanh, tanhBackward } from '../../core/tensor/activations';
import { addBias, biasGrad, matmul, matmulGradA, matmulGradB } from '../../core/tensor/linear';
import { softmaxCrossEntropy, softmaxCrossEntropyBackward } from '../../core/tensor/losses';
import { createMatrix, fromRows, randomMatrix, type Matrix } from '../../core/tensor/matrix';
import { softmax } from '../../core/tensor/softmax';
import type { Check, Texts } from '../lib/form';
import { int, isProblem, num, oneOf } from '../../numbers/read';

export const DATASETS = ['xor4', 'xor', 'circle', 'blobs'] as const;
export const ACTIVATIONS = ['tanh', 'relu'] as const;
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type Dataset = (typeof DATASETS)[number];
export const MAX_K = 16;
export const MAX_STEPS = 5000;

export interface Config {
	data: Dataset;
	k: number;
	act: (typeof ACTIVATIONS)[number];
	opt: OptimizerKind;
	lr: number;
	seed: number;
	/** Steps to train right away (a link reproduces a network mid-training this way). */
	steps: number;
}

export const TRAIN_DEFAULTS: Texts = { d: 'xor4', k: '4', a: 'tanh', o: 'sgd', r: '0.5', s: '1', n: '0' };

export function checkTraining(t: Texts): Check<Config> {
	const data = oneOf(t.d, DATASETS);
	if (isProblem(data)) return { key: 'd', why: data };
	const k = int(t.k, 1, MAX_K);
	if (isProblem(k)) return { key: 'k', why: k };
	const act = oneOf(t.a, ACTIVATIONS);
	if (isProblem(act)) return { key: 'a', why: act };
	const opt = oneOf(t.o, OPTIMIZERS);
	if (isProblem(opt)) return { key: 'o', why: opt };
	const lr = num(t.r, 10);
	if (isProblem(lr)) return { key: 'r', why: lr };
	if (lr <= 0) return { key: 'r', why: { p: 'pos' } };
	const seed = int(t.s, 0, 999_999);
	if (isProblem(seed)) return { key: 's', why: seed };
	const steps = int(t.n, 0, MAX_STEPS);
	if (isProblem(steps)) return { key: 'n', why: steps };
	return { ok: { data, k, act, opt, lr, seed, steps } };
}

/** Points in [0, 2]² (the square of the site's examples), one row each, and their class, 0 or 1. */
export function dataset(name: Dataset, seed: number): { x: Matrix; y: number[] } {
	if (name === 'xor4')
		return {
			x: fromRows([
				[0, 0],
				[0, 2],
				[2, 2],
				[2, 0],
			]),
			y: [0, 1, 0, 1],
		};
	const rng = createRng(seed);
	const pts: number[][] = [];
	const y: number[] = [];
	for (let i = 0; i < 40; i++) {
		let p: number[];
		let c: number;
		if (name === 'xor') {
			// A cloud around each corner of the square; opposite corners share a class.
			const corner = i % 4;
			p = [corner >> 1 ? 1.6 : 0.4, corner === 1 || corner === 2 ? 1.6 : 0.4].map((v) => v + rng.normal(0, 0.22));
			c = corner % 2;
		} else if (name === 'circle') {
			p = [rng.uniform(0, 2), rng.uniform(0, 2)];
			c = Math.hypot(p[0] - 1, p[1] - 1) < 0.6 ? 1 : 0;
		} else {
			c = i % 2;
			p = [c ? 1.4 : 0.6, c ? 0.6 : 1.4].map((v) => v + rng.normal(0, 0.3));
		}
		pts.push(p);
		y.push(c);
	}
	return { x: fromRows(pts), y };
}

export interface Net {
	x: Matrix;
	y: number[];
	act: Config['act'];
	w1: Matrix;
	b1: Float64Array;
	w2: Matrix;
	b2: Float64Array;
	/** The last forward pass. */
	z1: Matrix;
	h: Matrix;
	z2: Matrix;
	/** The gradients of the last step, each shaped like what it is the gradient of. */
	d2: Matrix;
	d1: Matrix;
	dw1: Matrix;
	db1: Float64Array;
	dw2: Matrix;
	db2: Float64Array;
	opt: Optimizer;
	steps: number;
	/** The loss before each step. */
	losses: number[];
}

/** A fresh network for the configuration (weights from the seed: the same seed, the same network). */
export function createNet(c: Config): Net {
	const { x, y } = dataset(c.data, c.seed);
	const rng = createRng(c.seed + 1);
	// He initialisation for relu, LeCun for tanh, as the core's Mlp does.
	const w1 = randomMatrix(2, c.k, rng, Math.sqrt((c.act === 'relu' ? 2 : 1) / 2));
	const w2 = randomMatrix(c.k, 2, rng, Math.sqrt((c.act === 'relu' ? 2 : 1) / c.k));
	const b1 = new Float64Array(c.k);
	const b2 = new Float64Array(2);
	const dw1 = createMatrix(2, c.k);
	const db1 = new Float64Array(c.k);
	const dw2 = createMatrix(c.k, 2);
	const db2 = new Float64Array(2);
	const opt = createOptimizer({ kind: c.opt, learningRate: c.lr }, [w1.data, b1, w2.data, b2], [dw1.data, db1, dw2.data, db2]);
	const net: Net = {
		x,
		y,
		act: c.act,
		w1,
		b1,
		w2,
		b2,
		dw1,
		db1,
		dw2,
		db2,
		opt,
		steps: 0,
		losses: [],
		...forward(x, w1, b1, w2, b2, c.act),
		d1: createMatrix(x.rows, c.k),
		d2: createMatrix(x.rows, 2),
	};
	gradients(net);
	return net;
}

function forward(x: Matrix, w1: Matrix, b1: Float64Array, w2: Matrix, b2: Float64Array, act: Config['act']) {
	const z1 = addBias(matmul(x, w1), b1);
	const h = (act === 'relu' ? relu : tanh)(z1);
	return { z1, h, z2: addBias(matmul(h, w2), b2) };
}

/** Forward and backward on the whole data set: fills every gradient and returns the loss. */
export function gradients(n: Net): number {
	Object.assign(n, forward(n.x, n.w1, n.b1, n.w2, n.b2, n.act));
	const loss = softmaxCrossEntropy(n.z2, n.y);
	n.d2 = softmaxCrossEntropyBackward(n.z2, n.y);
	matmulGradB(n.h, n.d2, n.dw2);
	biasGrad(n.d2, n.db2);
	const dh = matmulGradA(n.d2, n.w2);
	n.d1 = (n.act === 'relu' ? reluBackward : tanhBackward)(n.h, dh);
	matmulGradB(n.x, n.d1, n.dw1);
	biasGrad(n.d1, n.db1);
	return loss;
}

/** One step of training: the gradients, then the optimizer's update. Returns the loss before the update. */
export function trainStep(n: Net): number {
	const loss = gradients(n);
	n.opt.step();
	n.steps++;
	n.losses.push(loss);
	return loss;
}

/** The current loss and the share of points classified right. */
export function evaluate(n: Net): { loss: number; accuracy: number } {
	const { z2 } = forward(n.x, n.w1, n.b1, n.w2, n.b2, n.act);
	let right = 0;
	for (let i = 0; i < z2.rows; i++) if (+(z2.data[2 * i + 1] > z2.data[2 * i]) === n.y[i]) right++;
	return { loss: softmaxCrossEntropy(z2, n.y), accuracy: right / z2.rows };
}

/** The grid of the decision map: `g`×`g` points over [lo, hi]², row by row from the top. */
export function grid(g: number, lo = -0.3, hi = 2.3): Matrix {
	const pts: number[][] = [];
	for (let i = 0; i < g; i++) for (let j = 0; j < g; j++) pts.push([lo + ((j + 0.5) * (hi - lo)) / g, hi - ((i + 0.5) * (hi - lo)) / g]);
	return fromRows(pts);
}

/** The probability of class 1 at every grid point. */
export function classOneProbability(n: Net, points: Matrix): Float64Array {
	const p = softmax(forward(points, n.w1, n.b1, n.w2, n.b2, n.act).z2);
	const out = new Float64Array(points.rows);
	for (let i = 0; i < points.rows; i++) out[i] = p.data[2 * i + 1];
	return out;
}

/**
 * The training widget's model: the site's one network, `Mlp` (src/nn/mlp.ts), shaped 2→k→2 and
 * trained full-batch on a small 2-D data set:
 *   Z₁ = A·W₁ + b₁, H = act(Z₁), Z₂ = H·W₂ + b₂, L = softmax-cross-entropy(Z₂, y);
 *   δ₂ = ∂L/∂Z₂ = (p − y)/n, dW₂ = Hᵀ·δ₂, db₂ = Σ δ₂, δ₁ = δ₂·W₂ᵀ ⊙ act′, dW₁ = Aᵀ·δ₁, db₁ = Σ δ₁.
 * The widget reads each layer's gradients from the network itself, so what a reader watches is the
 * code the benchmark measures; nothing here computes a forward or backward pass of its own
 * (tests/widgets/training.test.ts fails if one comes back). Pure (no DOM).
 */
import { createRng } from '../../core/random';
import { fromRows, type Matrix } from '../../core/tensor/matrix';
import { Mlp } from '../../nn/mlp';
import type { OptimizerKind } from '../../nn/optimizers';
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
	/** The network; its layers hold the weights and the gradients of the last step. */
	mlp: Mlp;
	steps: number;
	/** The loss before each step. */
	losses: number[];
}

/**
 * A fresh network for the configuration (weights from the seed: the same seed, the same network, so
 * a link reproduces it). The network's seed is the data's plus one, so the data and the weights come
 * from different streams. The gradients at the initial weights are computed at once: the tables show
 * them before the first step.
 */
export function createNet(c: Config): Net {
	const { x, y } = dataset(c.data, c.seed);
	const mlp = new Mlp({
		sizes: [2, c.k, 2],
		activation: c.act,
		loss: 'softmax-cross-entropy',
		optimizer: { kind: c.opt, learningRate: c.lr },
		seed: c.seed + 1,
		batchSize: x.rows,
	});
	mlp.computeGradients(x, y);
	return { x, y, act: c.act, mlp, steps: 0, losses: [] };
}

/** One step of training: the gradients, then the optimizer's update. Returns the loss before the update. */
export function trainStep(n: Net): number {
	const loss = n.mlp.trainStep(n.x, n.y);
	n.steps++;
	n.losses.push(loss);
	return loss;
}

/** The current loss and the share of points classified right. */
export function evaluate(n: Net): { loss: number; accuracy: number } {
	const loss = n.mlp.loss(n.x, n.y);
	// The logits of the forward pass loss() just ran.
	const z2 = n.mlp.trace(n.x.rows).activations.at(-1)!;
	let right = 0;
	for (let i = 0; i < z2.rows; i++) if (+(z2.data[2 * i + 1] > z2.data[2 * i]) === n.y[i]) right++;
	return { loss, accuracy: right / z2.rows };
}

/** The grid of the decision map: `g`×`g` points over [lo, hi]², row by row from the top. */
export function grid(g: number, lo = -0.3, hi = 2.3): Matrix {
	const pts: number[][] = [];
	for (let i = 0; i < g; i++) for (let j = 0; j < g; j++) pts.push([lo + ((j + 0.5) * (hi - lo)) / g, hi - ((i + 0.5) * (hi - lo)) / g]);
	return fromRows(pts);
}

/** The probability of class 1 at every grid point. */
export function classOneProbability(n: Net, points: Matrix): Float64Array {
	const p = n.mlp.predict(points);
	const out = new Float64Array(points.rows);
	for (let i = 0; i < points.rows; i++) out[i] = p.data[2 * i + 1];
	return out;
}

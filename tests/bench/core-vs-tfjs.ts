/**
 * The site's network, `Mlp` (src/nn/mlp.ts: the very class the training widget trains in the
 * reader's browser), against tfjs (CPU backend, plain JavaScript) doing the same work, in one
 * process, in alternating timed windows so both see the same machine load:
 * - tiny_mlp_train: a training step (forward, backward, SGD update) of a 2→16→1 tanh network with
 *   MSE on the site's square: its four corners A (the seed example's 4×2 matrix, the training
 *   widget's "xor4" set) labelled ±1 by XOR. This is the workload the budget names (≥ 20× tfjs);
 * - tiny_mlp_train_64pts: the same step on 64 random points of [-1, 1]² labelled by XOR of the signs,
 *   closer to the widget's 40-point clouds. No budget: reported so that the ratio on a batch where
 *   arithmetic (1024 tanh per step) outweighs tfjs's per-operation overhead is not hidden;
 * - mlp64_fwd_bwd: forward and backward (every gradient, no update) of a 2→64→64→1 relu network
 *   with MSE on 256 points.
 * Each window runs one implementation for WINDOW_MS; a round is one window of each, their order
 * alternating between rounds. Reported: median steps/s of each and the median of the per-round
 * ratios core/tfjs (above 1: the core is faster).
 */
import { Mlp } from '../../src/nn/mlp';
import { createRng } from '../../src/core/random';
import { createMatrix, fromRows, type Matrix } from '../../src/core/tensor/matrix';
import { dataset } from '../../src/widgets/state/training';
import { float32, tensor, tf, useCpuBackend } from '../core/oracle/tf';
import { median, type Section } from './util';

const WINDOW_MS = 250;
const ROUNDS = 9;

interface Workload {
	name: string;
	core: () => void;
	tfjs: () => void;
	dispose: () => void;
}

function xorSquare(n: number, seed: number): { x: Matrix; y: Matrix } {
	const rng = createRng(seed);
	const x = createMatrix(n, 2);
	const y = createMatrix(n, 1);
	for (let i = 0; i < n; i++) {
		const a = rng.uniform(-1, 1);
		const b = rng.uniform(-1, 1);
		x.data[2 * i] = a;
		x.data[2 * i + 1] = b;
		y.data[i] = a * b > 0 ? 1 : -1;
	}
	return { x, y };
}

/** The same network in tfjs, its variables initialised from the core's weights. */
function tfNetwork(mlp: Mlp, x: Matrix, y: Matrix) {
	const variables = mlp.layers.flatMap((layer) => [tf.variable(tensor(layer.weights)), tf.variable(tf.tensor1d(float32(layer.bias)))]);
	const xs = tensor(x);
	const ys = tensor(y);
	const act = mlp.activation.name === 'tanh' ? tf.tanh : tf.relu;
	const loss = (): tf.Scalar => {
		let a: tf.Tensor2D = xs;
		for (let l = 0; l < mlp.layers.length; l++) {
			const z = tf.add(tf.matMul(a, variables[2 * l]!), variables[2 * l + 1]!) as tf.Tensor2D;
			a = l < mlp.layers.length - 1 ? (act(z) as tf.Tensor2D) : z;
		}
		return tf.losses.meanSquaredError(ys, a);
	};
	const dispose = () => tf.dispose([...variables, xs, ys]);
	return { variables, loss, dispose };
}

/** The training widget's "xor4" set: the site's square, its corners labelled by XOR, as targets ±1 for MSE. */
function corners(): { x: Matrix; y: Matrix } {
	const { x, y } = dataset('xor4', 0);
	return { x, y: fromRows(y.map((c) => [2 * c - 1])) };
}

function tinyTrain(name: string, { x, y }: { x: Matrix; y: Matrix }): Workload {
	const mlp = new Mlp({ sizes: [2, 16, 1], activation: 'tanh', loss: 'mse', optimizer: { kind: 'sgd', learningRate: 0.1 }, seed: 2, batchSize: x.rows });
	const net = tfNetwork(mlp, x, y);
	const sgd = tf.train.sgd(0.1);
	return {
		name,
		core: () => void mlp.trainStep(x, y),
		tfjs: () => void sgd.minimize(net.loss, false, net.variables),
		dispose: () => {
			net.dispose();
			sgd.dispose();
		},
	};
}

function mlp64FwdBwd(): Workload {
	const { x, y } = xorSquare(256, 3);
	const mlp = new Mlp({ sizes: [2, 64, 64, 1], activation: 'relu', loss: 'mse', seed: 4, batchSize: 256 });
	const net = tfNetwork(mlp, x, y);
	return {
		name: 'mlp64_fwd_bwd',
		core: () => void mlp.computeGradients(x, y),
		tfjs: () => {
			const { value, grads } = tf.variableGrads(net.loss, net.variables);
			// Reading the gradients forces the computation, as the core's filled buffers are read.
			for (const g of Object.values(grads)) g.dataSync();
			tf.dispose([value, ...Object.values(grads)]);
		},
		dispose: net.dispose,
	};
}

/** Steps per second of `step` over one window. */
function window(step: () => void, ms: number): number {
	const start = performance.now();
	let steps = 0;
	let now = start;
	while (now - start < ms) {
		step();
		steps++;
		now = performance.now();
	}
	return steps / ((now - start) / 1000);
}

export async function coreVsTfjs(): Promise<Section> {
	await useCpuBackend();
	const out: Section = {};
	for (const make of [() => tinyTrain('tiny_mlp_train', corners()), () => tinyTrain('tiny_mlp_train_64pts', xorSquare(64, 1)), mlp64FwdBwd]) {
		const w = make();
		// Warm-up: JIT both, let tfjs build its kernels.
		window(w.core, 300);
		window(w.tfjs, 300);
		const core: number[] = [];
		const tfjs: number[] = [];
		const ratios: number[] = [];
		for (let r = 0; r < ROUNDS; r++) {
			let c: number;
			let t: number;
			if (r % 2 === 0) {
				c = window(w.core, WINDOW_MS);
				t = window(w.tfjs, WINDOW_MS);
			} else {
				t = window(w.tfjs, WINDOW_MS);
				c = window(w.core, WINDOW_MS);
			}
			core.push(c);
			tfjs.push(t);
			ratios.push(c / t);
		}
		w.dispose();
		out[w.name] = median(ratios);
		out[`${w.name}_core_steps_per_s`] = median(core);
		out[`${w.name}_tfjs_steps_per_s`] = median(tfjs);
	}
	tf.disposeVariables();
	return out;
}

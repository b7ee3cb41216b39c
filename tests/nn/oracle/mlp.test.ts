/**
 * One full training step of the MLP against the same network written in tfjs: forward pass, loss,
 * every gradient, and the weights after SGD, momentum and Adam updates.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { Mlp, type HiddenActivation, type LossName } from '../../../src/nn/mlp';
import type { OptimizerConfig } from '../../../src/nn/optimizers';
import { createRng } from '../../../src/core/random';
import { createMatrix, type Matrix } from '../../../src/core/tensor/matrix';
import { FLOAT32, expectClose } from '../../core/asserts';
import { float32, tensor, tf, toFloat32Values, useCpuBackend, values } from '../../core/oracle/tf';

beforeAll(useCpuBackend);
afterEach(() => tf.disposeVariables());

const SIZES = [3, 6, 5, 4];
const BATCH = 8;

interface Setup {
	mlp: Mlp;
	x: Matrix;
	labels: number[];
	targets: Matrix;
}

function setup(activation: HiddenActivation, loss: LossName, optimizer: OptimizerConfig): Setup {
	const mlp = new Mlp({ sizes: SIZES, activation, loss, optimizer, seed: 21 });
	const rng = createRng(22);
	for (const layer of mlp.layers) {
		toFloat32Values(layer.weights);
		for (let j = 0; j < layer.bias.length; j++) layer.bias[j] = Math.fround(rng.uniform(-0.3, 0.3));
	}
	const x = toFloat32Values(createMatrix(BATCH, SIZES[0], Array.from({ length: BATCH * SIZES[0] }, () => rng.uniform(-1, 1))));
	const labels = Array.from({ length: BATCH }, () => rng.int(SIZES[SIZES.length - 1]));
	const targets = toFloat32Values(createMatrix(BATCH, SIZES[SIZES.length - 1], Array.from({ length: BATCH * SIZES[SIZES.length - 1] }, () => rng.uniform(-1, 1))));
	return { mlp, x, labels, targets };
}

/** The same network in tfjs, with variables initialised from the core's parameters. */
function tfNetwork({ mlp, x, labels, targets }: Setup) {
	const variables = mlp.layers.flatMap((layer, l) => [
		tf.variable(tensor(layer.weights), true, `W${l}`),
		tf.variable(tf.tensor1d(float32(layer.bias)), true, `b${l}`),
	]);
	const act = { relu: tf.relu, sigmoid: tf.sigmoid, tanh: tf.tanh }[mlp.activation.name as HiddenActivation];
	const forward = () => {
		let a: tf.Tensor2D = tensor(x);
		for (let l = 0; l < mlp.layers.length; l++) {
			const z = tf.add(tf.matMul(a, variables[2 * l]), variables[2 * l + 1]) as tf.Tensor2D;
			a = l < mlp.layers.length - 1 ? act(z) : z;
		}
		return a;
	};
	const loss = (): tf.Scalar =>
		mlp.lossName === 'mse'
			? tf.losses.meanSquaredError(tensor(targets), forward())
			: tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(labels, 'int32'), SIZES[SIZES.length - 1]), forward());
	return { variables, forward, loss };
}

function tfOptimizer(config: OptimizerConfig): tf.Optimizer {
	switch (config.kind) {
		case 'sgd':
			return tf.train.sgd(config.learningRate!);
		case 'momentum':
			return tf.train.momentum(config.learningRate!, config.momentum!);
		case 'adam':
			return tf.train.adam(config.learningRate!, config.beta1!, config.beta2!, config.epsilon!);
	}
}

const optimizers: OptimizerConfig[] = [
	{ kind: 'sgd', learningRate: 0.1 },
	{ kind: 'momentum', learningRate: 0.05, momentum: 0.9 },
	{ kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
];

describe.each([
	['relu', 'softmax-cross-entropy'],
	['tanh', 'softmax-cross-entropy'],
	['sigmoid', 'mse'],
] as const)('%s hidden layers, %s loss', (activation, loss) => {
	test('forward pass, loss and every gradient', () => {
		const s = setup(activation, loss, optimizers[0]);
		const net = tfNetwork(s);
		const target = loss === 'mse' ? s.targets : s.labels;
		const ourLoss = s.mlp.computeGradients(s.x, target);
		expectClose(s.mlp.forward(s.x).data, values(tf.tidy(net.forward)), FLOAT32, 'network output');
		const { value, grads } = tf.variableGrads(net.loss, net.variables);
		expectClose(ourLoss, values(value), FLOAT32, 'loss');
		s.mlp.layers.forEach((layer, l) => {
			expectClose(layer.weightGrad.data, values(grads[`W${l}`]), FLOAT32, `∂L/∂W${l}`);
			expectClose(layer.biasGrad, values(grads[`b${l}`]), FLOAT32, `∂L/∂b${l}`);
		});
		tf.dispose([value, ...Object.values(grads)]);
	});

	test.each(optimizers.map((o) => [o.kind, o] as const))('parameters after three %s steps', (_kind, optimizer) => {
		const s = setup(activation, loss, optimizer);
		const net = tfNetwork(s);
		const tfOpt = tfOptimizer(optimizer);
		const target = loss === 'mse' ? s.targets : s.labels;
		for (let step = 0; step < 3; step++) {
			const ours = s.mlp.trainStep(s.x, target);
			const theirs = tfOpt.minimize(net.loss, true, net.variables)!;
			expectClose(ours, values(theirs), FLOAT32, `loss before step ${step + 1}`);
			theirs.dispose();
		}
		s.mlp.layers.forEach((layer, l) => {
			expectClose(layer.weights.data, values(net.variables[2 * l]), FLOAT32, `W${l} after 3 steps`);
			expectClose(layer.bias, values(net.variables[2 * l + 1]), FLOAT32, `b${l} after 3 steps`);
		});
		// The updates really moved the weights, so the comparison above is not of two untouched copies.
		const fresh = setup(activation, loss, optimizer).mlp;
		expect(fresh.layers[0].weights.data).not.toEqual(s.mlp.layers[0].weights.data);
		tfOpt.dispose();
	});
});

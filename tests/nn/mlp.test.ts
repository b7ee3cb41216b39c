import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ShapeError } from '../../src/core/errors';
import { Mlp, type MlpOptions } from '../../src/nn/mlp';
import { createRng } from '../../src/core/random';
import { relu } from '../../src/core/tensor/activations';
import { addBias, matmul } from '../../src/core/tensor/linear';
import { createMatrix, fromRows, type Matrix } from '../../src/core/tensor/matrix';
import { awayFromZero } from '../core/arbitraries';
import { expectClose } from '../core/asserts';
import { numericGradient } from '../core/finite-difference';

function randomBatch(rows: number, cols: number, seed: number): Matrix {
	const rng = createRng(seed);
	return createMatrix(rows, cols, Array.from({ length: rows * cols }, () => rng.uniform(-1, 1)));
}

function randomLabels(rows: number, classes: number, seed: number): Int32Array {
	const rng = createRng(seed);
	return Int32Array.from({ length: rows }, () => rng.int(classes));
}

describe('construction', () => {
	test('the same seed gives the same weights; biases start at zero', () => {
		const a = new Mlp({ sizes: [2, 5, 3], seed: 7 });
		const b = new Mlp({ sizes: [2, 5, 3], seed: 7 });
		const c = new Mlp({ sizes: [2, 5, 3], seed: 8 });
		expect(a.layers.map((l) => l.weights.data)).toEqual(b.layers.map((l) => l.weights.data));
		expect(a.layers[0].weights.data).not.toEqual(c.layers[0].weights.data);
		expect(a.layers.map((l) => [l.weights.rows, l.weights.cols])).toEqual([
			[2, 5],
			[5, 3],
		]);
		expect(a.layers.every((l) => l.bias.every((v) => v === 0))).toBe(true);
	});

	test('invalid layer sizes', () => {
		expect(() => new Mlp({ sizes: [3] })).toThrow('Need 2 or more layer sizes, each a whole number ≥ 1: sizes (3).');
		expect(() => new Mlp({ sizes: [2, 0, 1] })).toThrow(ShapeError);
	});

	test('a batch with the wrong number of inputs', () => {
		expect(() => new Mlp({ sizes: [2, 4, 2] }).forward(createMatrix(4, 3))).toThrow(
			'Batch columns ≠ network inputs: expected 2, batch (4×3).',
		);
	});

	test('the target must suit the loss', () => {
		const x = createMatrix(4, 2);
		expect(() => new Mlp({ sizes: [2, 3] }).trainStep(x, createMatrix(4, 3))).toThrow('Target must be a matrix for mse, labels for softmax-cross-entropy: loss softmax-cross-entropy, examples 4.');
		expect(() => new Mlp({ sizes: [2, 3], loss: 'mse' }).trainStep(x, [0, 1, 2, 0])).toThrow(': loss mse, examples 4.');
	});
});

describe('gradients match central differences of the loss', () => {
	const configs: [string, Partial<MlpOptions>][] = [
		['tanh + softmax cross-entropy', { activation: 'tanh', loss: 'softmax-cross-entropy' }],
		['sigmoid + mse', { activation: 'sigmoid', loss: 'mse' }],
		['relu + softmax cross-entropy', { activation: 'relu', loss: 'softmax-cross-entropy' }],
	];
	for (const [name, options] of configs) {
		test(name, () => {
			fc.assert(
				fc.property(
					fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
					fc.integer({ min: 1, max: 5 }),
					fc.integer(),
					(sizes, batch, seed) => {
						const classes = Math.max(2, sizes[sizes.length - 1]);
						sizes[sizes.length - 1] = classes;
						const mlp = new Mlp({ sizes, seed, ...options });
						// Non-zero biases, so the test also covers their effect on the forward pass.
						const rng = createRng(seed + 1);
						for (const layer of mlp.layers) layer.bias.forEach((_, j) => (layer.bias[j] = rng.uniform(-0.5, 0.5)));
						const x = randomBatch(batch, sizes[0], seed + 2);
						const target = options.loss === 'mse' ? randomBatch(batch, classes, seed + 3) : randomLabels(batch, classes, seed + 3);
						if (options.activation === 'relu') {
							// relu has no derivative at 0: skip the rare networks with a pre-activation that close to it.
							let a = x;
							for (const layer of mlp.layers.slice(0, -1)) {
								const z = addBias(matmul(a, layer.weights), layer.bias);
								fc.pre(awayFromZero(z.data));
								a = relu(z);
							}
						}
						mlp.computeGradients(x, target);
						for (const [i, layer] of mlp.layers.entries()) {
							const loss = () => mlp.loss(x, target);
							expectClose(layer.weightGrad.data, numericGradient(loss, layer.weights.data), { rtol: 1e-5, atol: 1e-7 }, `∂L/∂W${i}`);
							expectClose(layer.biasGrad, numericGradient(loss, layer.bias), { rtol: 1e-5, atol: 1e-7 }, `∂L/∂b${i}`);
						}
					},
				),
				{ numRuns: 30 },
			);
		});
	}
});

describe('training', () => {
	test('a first use: one training step on two examples gives a finite loss', () => {
		const net = new Mlp({ sizes: [2, 4, 2], seed: 1 });
		expect(Number.isFinite(net.trainStep(fromRows([[0, 1], [1, 0]]), [1, 0]))).toBe(true);
	});

	const xor = fromRows([
		[0, 0],
		[0, 1],
		[1, 0],
		[1, 1],
	]);
	const labels = [0, 1, 1, 0];

	for (const optimizer of [
		{ kind: 'sgd', learningRate: 0.5 },
		{ kind: 'momentum', learningRate: 0.1, momentum: 0.9 },
		{ kind: 'adam', learningRate: 0.05 },
	] as const) {
		test(`${optimizer.kind} learns XOR`, () => {
			const mlp = new Mlp({ sizes: [2, 8, 2], activation: 'tanh', optimizer, seed: 1, batchSize: 4 });
			const first = mlp.trainStep(xor, labels);
			let last = first;
			for (let i = 0; i < 500; i++) last = mlp.trainStep(xor, labels);
			expect(last).toBeLessThan(0.05);
			const p = mlp.predict(xor);
			labels.forEach((y, i) => expect(p.data[i * 2 + y]).toBeGreaterThan(0.9));
		});
	}

	test('regression with mse fits a line', () => {
		const x = fromRows([[-1], [-0.5], [0], [0.5], [1]]);
		const y = fromRows([[-2], [-1], [0], [1], [2]]);
		const mlp = new Mlp({ sizes: [1, 1], loss: 'mse', optimizer: { kind: 'sgd', learningRate: 0.3 }, seed: 3 });
		for (let i = 0; i < 200; i++) mlp.trainStep(x, y);
		expect(mlp.loss(x, y)).toBeLessThan(1e-8);
		expect(mlp.layers[0].weights.data[0]).toBeCloseTo(2, 4);
		expect(mlp.predict(x).data).not.toBe(mlp.forward(x).data);
	});
});

describe('a training step allocates nothing', () => {
	/**
	 * Replaces the global Float64Array by a Proxy that counts constructions. The core refers to the
	 * global name at call time, so every `new Float64Array` it runs during `body` is counted.
	 */
	function countFloat64Arrays(body: () => void): number {
		const Original = globalThis.Float64Array;
		let count = 0;
		globalThis.Float64Array = new Proxy(Original, {
			construct(target, args, newTarget) {
				count++;
				return Reflect.construct(target, args, newTarget === globalThis.Float64Array ? target : newTarget);
			},
		});
		try {
			body();
		} finally {
			globalThis.Float64Array = Original;
		}
		return count;
	}

	test('the counter sees the core allocating', () => {
		expect(countFloat64Arrays(() => createMatrix(2, 2))).toBe(1);
		expect(countFloat64Arrays(() => new Mlp({ sizes: [2, 3, 2] }))).toBeGreaterThan(0);
	});

	for (const optimizer of [{ kind: 'sgd' }, { kind: 'momentum' }, { kind: 'adam' }] as const) {
		for (const loss of ['softmax-cross-entropy', 'mse'] as const) {
			test(`${optimizer.kind}, ${loss}`, () => {
				const mlp = new Mlp({ sizes: [2, 16, 8, 3], optimizer, loss, seed: 4 });
				const x = randomBatch(6, 2, 1);
				const target = loss === 'mse' ? randomBatch(6, 3, 2) : randomLabels(6, 3, 2);
				// The first step at a new batch size builds its workspace: allocation is expected there.
				expect(countFloat64Arrays(() => mlp.trainStep(x, target))).toBeGreaterThan(0);
				expect(countFloat64Arrays(() => {
					for (let i = 0; i < 20; i++) mlp.trainStep(x, target);
				})).toBe(0);
				// A second batch size gets its own workspace once, then is allocation-free too.
				const x2 = randomBatch(3, 2, 3);
				const target2 = loss === 'mse' ? randomBatch(3, 3, 4) : randomLabels(3, 3, 4);
				mlp.trainStep(x2, target2);
				expect(countFloat64Arrays(() => {
					mlp.trainStep(x2, target2);
					mlp.trainStep(x, target);
				})).toBe(0);
			});
		}
	}

	test('a batch size given up front is allocation-free from the first step', () => {
		const mlp = new Mlp({ sizes: [2, 4, 2], batchSize: 5, optimizer: { kind: 'adam' } });
		const x = randomBatch(5, 2, 0);
		expect(countFloat64Arrays(() => mlp.trainStep(x, [0, 1, 0, 1, 1]))).toBe(0);
	});
});

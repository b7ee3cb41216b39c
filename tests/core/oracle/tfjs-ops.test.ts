/** Every matrix operation, forward and backward, against tfjs on random shapes. */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { activations } from '../../../src/core/tensor/activations';
import { conv1d, conv1dBackward, conv2d, conv2dBackward } from '../../../src/core/tensor/conv';
import { addBias, biasGrad, matmul, matmulGradA, matmulGradB } from '../../../src/core/tensor/linear';
import { mse, mseBackward, softmaxCrossEntropy, softmaxCrossEntropyBackward } from '../../../src/core/tensor/losses';
import { createMatrix } from '../../../src/core/tensor/matrix';
import { softmax, softmaxBackward } from '../../../src/core/tensor/softmax';
import { anyMatrix, entries, matrixOf, pushedFromZero, size } from '../arbitraries';
import { FLOAT32, expectClose } from '../asserts';
import { randomUpstream } from '../finite-difference';
import { float32, tensor, tf, toFloat32Values, useCpuBackend, values } from './tf';

/** Fewer runs than the finite-difference tests: each one goes through tfjs's engine. */
const RUNS = { numRuns: 20 } as const;

beforeAll(useCpuBackend);
afterEach(() => {
	// Every test disposes its tensors; a leak would show up as a growing count.
	expect(tf.memory().numTensors).toBe(0);
});

const f32 = <T extends Parameters<typeof toFloat32Values>[0]>(arb: fc.Arbitrary<T>) => arb.map(toFloat32Values);
const upstream = (length: number, seed: number) => toFloat32Values(randomUpstream(length, seed));

test('matmul', () => {
	const cases = fc.tuple(size(5), size(5), size(5)).chain(([n, k, m]) => fc.tuple(f32(matrixOf(n, k)), f32(matrixOf(k, m)), fc.integer()));
	fc.assert(
		fc.property(cases, ([a, b, seed]) => {
			const g = createMatrix(a.rows, b.cols, upstream(a.rows * b.cols, seed));
			const dA = matmulGradA(g, b);
			const dB = matmulGradB(a, g);
			tf.tidy(() => {
				const [ta, tb, tg] = [tensor(a), tensor(b), tensor(g)];
				expectClose(matmul(a, b).data, values(tf.matMul(ta, tb)), FLOAT32, 'A·B');
				const [ga, gb] = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.matMul(x as tf.Tensor2D, y as tf.Tensor2D))([ta, tb], tg);
				expectClose(dA.data, values(ga), FLOAT32, '∂L/∂A');
				expectClose(dB.data, values(gb), FLOAT32, '∂L/∂B');
			});
		}),
		RUNS,
	);
});

test('bias add', () => {
	const cases = fc.tuple(size(5), size(5)).chain(([n, m]) => fc.tuple(f32(matrixOf(n, m)), f32(entries(m)), fc.integer()));
	fc.assert(
		fc.property(cases, ([x, bias, seed]) => {
			const g = createMatrix(x.rows, x.cols, upstream(x.rows * x.cols, seed));
			// ∂L/∂X is the upstream gradient itself; ∂L/∂b its column sums.
			const dX = g;
			const db = biasGrad(g);
			tf.tidy(() => {
				const [tx, tb, tg] = [tensor(x), tf.tensor1d(float32(bias)), tensor(g)];
				expectClose(addBias(x, bias).data, values(tf.add(tx, tb)), FLOAT32, 'X + b');
				const [gx, gb] = tf.grads((p: tf.Tensor, q: tf.Tensor) => tf.add(p, q))([tx, tb], tg);
				expectClose(dX.data, values(gx), FLOAT32, '∂L/∂X');
				expectClose(db, values(gb), FLOAT32, '∂L/∂b');
			});
		}),
		RUNS,
	);
});

describe('activations and softmax', () => {
	const ops = {
		relu: { core: activations.relu, tf: (x: tf.Tensor) => tf.relu(x) },
		sigmoid: { core: activations.sigmoid, tf: (x: tf.Tensor) => tf.sigmoid(x) },
		tanh: { core: activations.tanh, tf: (x: tf.Tensor) => tf.tanh(x) },
		softmax: { core: { forward: softmax, backward: softmaxBackward }, tf: (x: tf.Tensor) => tf.softmax(x) },
	} as const;
	for (const [name, op] of Object.entries(ops)) {
		test(name, () => {
			const inputs = anyMatrix(5, { min: -4, max: 4 }).map((m) => toFloat32Values(name === 'relu' ? pushedFromZero(m) : m));
			fc.assert(
				fc.property(inputs, fc.integer(), (x, seed) => {
					const g = createMatrix(x.rows, x.cols, upstream(x.data.length, seed));
					const y = op.core.forward(x);
					const dX = op.core.backward(y, g);
					tf.tidy(() => {
						const tx = tensor(x);
						expectClose(y.data, values(op.tf(tx)), FLOAT32, name);
						expectClose(dX.data, values(tf.grad(op.tf)(tx, tensor(g))), FLOAT32, `∂L/∂X of ${name}`);
					});
				}),
				RUNS,
			);
		});
	}
});

describe('losses', () => {
	test('softmax cross-entropy with class labels, mean over rows', () => {
		const cases = fc
			.tuple(size(6), fc.integer({ min: 2, max: 6 }))
			.chain(([n, c]) => fc.tuple(f32(matrixOf(n, c, { min: -5, max: 5 })), fc.array(fc.nat({ max: c - 1 }), { minLength: n, maxLength: n })));
		fc.assert(
			fc.property(cases, fc.double({ min: 0.1, max: 2, noNaN: true }).map(Math.fround), ([logits, labels], up) => {
				const loss = softmaxCrossEntropy(logits, labels);
				const dz = softmaxCrossEntropyBackward(logits, labels, up);
				tf.tidy(() => {
					const onehot = tf.oneHot(tf.tensor1d(labels, 'int32'), logits.cols);
					const f = (z: tf.Tensor) => tf.losses.softmaxCrossEntropy(onehot, z);
					const tz = tensor(logits);
					expectClose(loss, values(f(tz)), FLOAT32, 'loss');
					expectClose(dz.data, values(tf.grad(f)(tz, tf.scalar(up))), FLOAT32, '∂L/∂logits');
				});
			}),
			RUNS,
		);
	});

	test('mean squared error', () => {
		const cases = fc.tuple(size(5), size(5)).chain(([n, m]) => fc.tuple(f32(matrixOf(n, m)), f32(matrixOf(n, m))));
		fc.assert(
			fc.property(cases, ([prediction, target]) => {
				const loss = mse(prediction, target);
				const dp = mseBackward(prediction, target);
				tf.tidy(() => {
					const tt = tensor(target);
					const f = (p: tf.Tensor) => tf.losses.meanSquaredError(tt, p);
					const tp = tensor(prediction);
					expectClose(loss, values(f(tp)), FLOAT32, 'loss');
					expectClose(dp.data, values(tf.grad(f)(tp)), FLOAT32, '∂L/∂prediction');
				});
			}),
			RUNS,
		);
	});
});

describe('convolution (tfjs pads explicitly, then convolves "valid")', () => {
	const options = fc.record({ stride: fc.integer({ min: 1, max: 3 }), padding: fc.integer({ min: 0, max: 2 }) });

	test('conv1d', () => {
		const cases = fc
			.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 8 }), options)
			.chain(([k, extra, opts]) =>
				fc.tuple(f32(entries(Math.max(1, k + extra - 2 * opts.padding))), f32(entries(k)), fc.constant(opts), fc.integer()),
			);
		fc.assert(
			fc.property(cases, ([x, w, opts, seed]) => {
				const y = conv1d(x, w, opts);
				const g = upstream(y.length, seed);
				const { dInput, dKernel } = conv1dBackward(x, w, g, opts);
				tf.tidy(() => {
					const f = (input: tf.Tensor, kernel: tf.Tensor) =>
						tf.conv1d(tf.pad(input as tf.Tensor3D, [[0, 0], [opts.padding, opts.padding], [0, 0]]), kernel as tf.Tensor3D, opts.stride, 'valid');
					const tx = tf.tensor3d(float32(x), [1, x.length, 1]);
					const tw = tf.tensor3d(float32(w), [w.length, 1, 1]);
					expectClose(y, values(f(tx, tw)), FLOAT32, 'conv1d');
					const [gx, gw] = tf.grads(f)([tx, tw], tf.tensor3d(float32(g), [1, g.length, 1]));
					expectClose(dInput, values(gx), FLOAT32, '∂L/∂x');
					expectClose(dKernel, values(gw), FLOAT32, '∂L/∂w');
				});
			}),
			RUNS,
		);
	});

	test('conv2d', () => {
		const dims = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 5 }));
		const cases = fc.tuple(dims, dims, options).chain(([[kh, eh], [kw, ew], opts]) =>
			fc.tuple(
				f32(matrixOf(Math.max(1, kh + eh - 2 * opts.padding), Math.max(1, kw + ew - 2 * opts.padding))),
				f32(matrixOf(kh, kw)),
				fc.constant(opts),
				fc.integer(),
			),
		);
		fc.assert(
			fc.property(cases, ([x, w, opts, seed]) => {
				const y = conv2d(x, w, opts);
				const { rows, cols } = y;
				const g = createMatrix(rows, cols, upstream(rows * cols, seed));
				const { dInput, dKernel } = conv2dBackward(x, w, g, opts);
				tf.tidy(() => {
					const p = opts.padding;
					const f = (input: tf.Tensor, kernel: tf.Tensor) =>
						tf.conv2d(tf.pad(input as tf.Tensor4D, [[0, 0], [p, p], [p, p], [0, 0]]), kernel as tf.Tensor4D, opts.stride, 'valid');
					const tx = tf.tensor4d(float32(x.data), [1, x.rows, x.cols, 1]);
					const tw = tf.tensor4d(float32(w.data), [w.rows, w.cols, 1, 1]);
					expectClose(y.data, values(f(tx, tw)), FLOAT32, 'conv2d');
					const [gx, gw] = tf.grads(f)([tx, tw], tf.tensor4d(float32(g.data), [1, rows, cols, 1]));
					expectClose(dInput.data, values(gx), FLOAT32, '∂L/∂X');
					expectClose(dKernel.data, values(gw), FLOAT32, '∂L/∂W');
				});
			}),
			RUNS,
		);
	});
});

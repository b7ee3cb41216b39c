import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { conv1d, conv1dBackward, conv2d, conv2dBackward } from '../../../src/core/tensor/conv';
import { createMatrix, fromRows, toRows } from '../../../src/core/tensor/matrix';
import { RUNS, entries, matrixOf } from '../arbitraries';
import { expectBackwardMatches, randomUpstream } from '../finite-difference';

const options = fc.record({ stride: fc.integer({ min: 1, max: 3 }), padding: fc.integer({ min: 0, max: 2 }) });

describe('conv1d', () => {
	test('slides the kernel without flipping it (cross-correlation)', () => {
		const y = conv1d(Float64Array.from([1, 2, 3, 4, 5]), Float64Array.from([1, 0, -1]));
		expect(Array.from(y)).toEqual([-2, -2, -2]);
	});

	test('stride skips positions and padding adds zeros at both ends', () => {
		const x = Float64Array.from([1, 2, 3, 4, 5]);
		const w = Float64Array.from([1, 1, 1]);
		expect(Array.from(conv1d(x, w, { padding: 1 }))).toEqual([3, 6, 9, 12, 9]);
		expect(Array.from(conv1d(x, w, { stride: 2, padding: 1 }))).toEqual([3, 9, 9]);
		expect(conv1d(x, w, { stride: 2 })).toHaveLength(2);
	});

	test('gradients match central differences for random lengths, strides and paddings', () => {
		const cases = fc
			.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }), options)
			.chain(([k, extra, opts]) => fc.tuple(entries(Math.max(1, k + extra - 2 * opts.padding)), entries(k), fc.constant(opts), fc.integer()));
		fc.assert(
			fc.property(cases, ([x, w, opts, seed]) => {
				const g = randomUpstream(conv1d(x, w, opts).length, seed);
				const { dInput, dKernel } = conv1dBackward(x, w, g, opts);
				expectBackwardMatches(() => conv1d(x, w, opts), g, { x, w }, { x: dInput, w: dKernel });
			}),
			RUNS,
		);
	});

	test('errors explain why the kernel cannot be placed', () => {
		expect(() => conv1d(new Float64Array(3), new Float64Array(7))).toThrow(
			'Kernel exceeds padded input: input (3), kernel (7), padding 0.',
		);
		expect(() => conv1d(new Float64Array(3), new Float64Array(2), { stride: 0 })).toThrow('Stride must be a whole number ≥ 1: stride 0.');
		expect(() => conv1d(new Float64Array(3), new Float64Array(2), { padding: -1 })).toThrow('Padding must be a whole number ≥ 0: padding -1.');
		// A vector is handled as a matrix of one row, and named so in the gradient's and buffer's errors.
		expect(() => conv1dBackward(new Float64Array(5), new Float64Array(3), new Float64Array(2))).toThrow(
			'Gradient shape ≠ output shape: op conv1d, output (1×3), upstream (1×2).',
		);
		expect(() => conv1d(new Float64Array(5), new Float64Array(3), {}, new Float64Array(4))).toThrow('Buffer shape ≠ result shape: op conv1d, result (1×3), buffer (1×4).');
	});
});

describe('conv2d', () => {
	test('a worked example: a vertical-edge kernel', () => {
		const image = fromRows([
			[0, 0, 1, 1],
			[0, 0, 1, 1],
			[0, 0, 1, 1],
		]);
		const kernel = fromRows([
			[-1, 1],
			[-1, 1],
		]);
		expect(toRows(conv2d(image, kernel))).toEqual([
			[0, 2, 0],
			[0, 2, 0],
		]);
	});

	test('padding and stride', () => {
		const image = fromRows([
			[1, 2],
			[3, 4],
		]);
		const ones = fromRows([
			[1, 1],
			[1, 1],
		]);
		expect(toRows(conv2d(image, ones, { padding: 1 }))).toEqual([
			[1, 3, 2],
			[4, 10, 6],
			[3, 7, 4],
		]);
		expect(toRows(conv2d(image, ones, { padding: 1, stride: 2 }))).toEqual([
			[1, 2],
			[3, 4],
		]);
		const y = conv2d(createMatrix(28, 28), createMatrix(5, 5), { stride: 2, padding: 2 });
		expect([y.rows, y.cols]).toEqual([14, 14]);
	});

	test('gradients match central differences for random shapes, strides and paddings', () => {
		const dims = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 4 }));
		const cases = fc.tuple(dims, dims, options).chain(([[kh, eh], [kw, ew], opts]) =>
			fc.tuple(
				matrixOf(Math.max(1, kh + eh - 2 * opts.padding), Math.max(1, kw + ew - 2 * opts.padding)),
				matrixOf(kh, kw),
				fc.constant(opts),
				fc.integer(),
			),
		);
		fc.assert(
			fc.property(cases, ([x, w, opts, seed]) => {
				const { rows, cols } = conv2d(x, w, opts);
				const g = randomUpstream(rows * cols, seed);
				const { dInput, dKernel } = conv2dBackward(x, w, createMatrix(rows, cols, g), opts);
				expectBackwardMatches(() => conv2d(x, w, opts).data, g, { X: x.data, W: w.data }, { X: dInput.data, W: dKernel.data });
			}),
			RUNS,
		);
	});

	test('the error names both shapes and the padding the kernel did not fit in', () => {
		expect(() => conv2d(createMatrix(5, 5), createMatrix(7, 7), { padding: 0 })).toThrow(
			'Kernel exceeds padded input: input (5×5), kernel (7×7), padding 0.',
		);
		expect(() => conv2d(createMatrix(5, 5), createMatrix(7, 7), { padding: 1 })).not.toThrow();
	});
});

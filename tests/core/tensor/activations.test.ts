import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { activations, relu, tanh } from '../../../src/core/tensor/activations';
import { createMatrix, fromRows, toRows } from '../../../src/core/tensor/matrix';
import { RUNS, anyMatrix, pushedFromZero } from '../arbitraries';
import { FLOAT64, expectClose } from '../asserts';
import { expectBackwardMatches, randomUpstream } from '../finite-difference';

const sigmoid = activations.sigmoid.forward;

test('relu keeps positives and zeroes the rest', () => {
	expect(toRows(relu(fromRows([[-1, 0, 2.5]])))).toEqual([[0, 0, 2.5]]);
});

test('sigmoid and tanh agree with their definitions', () => {
	const x = fromRows([[-2, -0.5, 0, 0.5, 2]]);
	expectClose(sigmoid(x).data, Array.from(x.data, (v) => 1 / (1 + Math.exp(-v))), FLOAT64, 'sigmoid');
	expectClose(tanh(x).data, Array.from(x.data, Math.tanh), FLOAT64, 'tanh');
});

test('sigmoid(±1000) is exactly 1 and 0, with a zero (not NaN) derivative', () => {
	const y = sigmoid(fromRows([[1000, -1000, 1e308, -1e308]]));
	expect(Array.from(y.data)).toEqual([1, 0, 1, 0]);
	const dx = activations.sigmoid.backward(y, fromRows([[1, 1, 1, 1]]));
	expect(Array.from(dx.data)).toEqual([0, 0, 0, 0]);
	expect(Array.from(tanh(fromRows([[1000, -1000]])).data)).toEqual([1, -1]);
});

test('operations can run in place, writing over their input', () => {
	const x = fromRows([[-1, 2]]);
	expect(relu(x, x)).toBe(x);
	expect(Array.from(x.data)).toEqual([0, 2]);
});

test('backward rejects an upstream gradient of the wrong shape', () => {
	expect(() => activations.relu.backward(createMatrix(2, 3), createMatrix(3, 2))).toThrow(
		'Gradient shape ≠ output shape: op relu, output (2×3), upstream (3×2).',
	);
});

describe('gradients match central differences', () => {
	for (const name of ['relu', 'sigmoid', 'tanh'] as const) {
		test(name, () => {
			const act = activations[name];
			fc.assert(
				// relu has no derivative at 0: stay further from it than the finite-difference step.
				fc.property(anyMatrix().map((m) => (name === 'relu' ? pushedFromZero(m) : m)), fc.integer(), (x, seed) => {
					const g = randomUpstream(x.data.length, seed);
					const y = act.forward(x);
					const dX = act.backward(y, createMatrix(x.rows, x.cols, g));
					expectBackwardMatches(() => act.forward(x).data, g, { X: x.data }, { X: dX.data });
				}),
				RUNS,
			);
		});
	}
});

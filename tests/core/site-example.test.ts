import { describe, expect, test } from 'vitest';
import { createRng } from '../../src/core/random';
import { relu } from '../../src/core/tensor/activations';
import { addBias, matmul } from '../../src/core/tensor/linear';
import { fromRows, randomMatrix, toRows } from '../../src/core/tensor/matrix';
import fixture from './fixtures/site-example.json';
import { FLOAT64, expectClose } from './asserts';

const SQUARE = [
	[0, 0],
	[0, 2],
	[2, 2],
	[2, 0],
];

describe.each([
	['wide', fixture.wide, 16],
	['geometric', fixture.geometric, 2],
] as const)('relu(A·W + b) for the %s layer, against NumPy', (_name, recorded, width) => {
	test('the seeded generator still gives the recorded W and b', () => {
		const rng = createRng(recorded.seed);
		const W = randomMatrix(2, width, rng);
		const b = Array.from({ length: width }, () => rng.normal());
		expect(recorded.A).toEqual(SQUARE);
		expect(toRows(W)).toEqual(recorded.W);
		expect(b).toEqual(recorded.b);
	});

	test('the core computes what NumPy computed', () => {
		const A = fromRows(recorded.A);
		const W = fromRows(recorded.W);
		const b = Float64Array.from(recorded.b);
		const H = relu(addBias(matmul(A, W), b));
		expect([H.rows, H.cols]).toEqual([4, width]);
		expectClose(H.data, recorded.relu.flat(), FLOAT64, 'relu(A·W + b)');
	});
});

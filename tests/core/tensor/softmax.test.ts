import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createMatrix, fromRows } from '../../../src/core/tensor/matrix';
import { logSumExpRow, softmax, softmaxBackward } from '../../../src/core/tensor/softmax';
import { RUNS, anyMatrix } from '../arbitraries';
import { FLOAT64, expectClose } from '../asserts';
import { expectBackwardMatches, randomUpstream } from '../finite-difference';

test('each row becomes a probability distribution', () => {
	fc.assert(
		fc.property(anyMatrix(5, { min: -50, max: 50 }), (x) => {
			const y = softmax(x);
			for (let i = 0; i < x.rows; i++) {
				let sum = 0;
				for (let j = 0; j < x.cols; j++) {
					const p = y.data[i * x.cols + j];
					expect(p >= 0 && p <= 1).toBe(true);
					sum += p;
				}
				expectClose(sum, 1, FLOAT64, `row ${i} sum`);
			}
		}),
		RUNS,
	);
});

test('a worked example', () => {
	const e = Math.exp(1);
	expectClose(softmax(fromRows([[0, 1]])).data, [1 / (1 + e), e / (1 + e)], FLOAT64, 'softmax([0, 1])');
});

test('softmax([1000, 0]) is [1, e^−1000] without overflow, and huge logits stay finite', () => {
	const y = softmax(fromRows([[1000, 0], [-1000, 0], [1e308, -1e308]]));
	expect(Array.from(y.data)).toEqual([1, 0, 0, 1, 1, 0]);
	expect(logSumExpRow(Float64Array.from([1000, 0]), 0, 2)).toBe(1000);
	expect(logSumExpRow(Float64Array.from([1000, 1000]), 0, 2)).toBeCloseTo(1000 + Math.log(2), 10);
});

test('adding a constant to a row changes nothing', () => {
	const x = fromRows([[0.3, -1.2, 2]]);
	const shifted = fromRows([[100.3, 98.8, 102]]);
	expectClose(softmax(shifted).data, softmax(x).data, { rtol: 1e-12, atol: 1e-13 }, 'shift invariance');
});

test('gradients match central differences', () => {
	fc.assert(
		fc.property(anyMatrix(), fc.integer(), (x, seed) => {
			const g = randomUpstream(x.data.length, seed);
			const dX = softmaxBackward(softmax(x), createMatrix(x.rows, x.cols, g));
			expectBackwardMatches(() => softmax(x).data, g, { X: x.data }, { X: dX.data });
		}),
		RUNS,
	);
});

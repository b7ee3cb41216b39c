import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	crossEntropy,
	crossEntropyBackward,
	mse,
	mseBackward,
	softmaxCrossEntropy,
	softmaxCrossEntropyBackward,
} from '../../../src/core/tensor/losses';
import { PROBABILITY_FLOOR } from '../../../src/core/math-constants';
import { createMatrix, fromRows } from '../../../src/core/tensor/matrix';
import { softmax } from '../../../src/core/tensor/softmax';
import { RUNS, matrixOf, size } from '../arbitraries';
import { FLOAT64, expectClose } from '../asserts';
import { numericGradient } from '../finite-difference';

/** Logits of random shape with one valid label per row. */
const classification = fc
	.tuple(size(), fc.integer({ min: 2, max: 5 }))
	.chain(([n, c]) => fc.tuple(matrixOf(n, c, { min: -4, max: 4 }), fc.array(fc.nat({ max: c - 1 }), { minLength: n, maxLength: n })));

describe('softmax cross-entropy', () => {
	test('a worked example: the mean of −log p(correct class)', () => {
		const logits = fromRows([
			[0, 0],
			[Math.log(3), 0],
		]);
		// Row 0: p = 1/2 for either class. Row 1: p = [3/4, 1/4], the label picks 1/4.
		expectClose(softmaxCrossEntropy(logits, [0, 1]), (Math.log(2) + Math.log(4)) / 2, FLOAT64, 'loss');
	});

	test('equals −log of the softmax probabilities', () => {
		fc.assert(
			fc.property(classification, ([logits, labels]) => {
				const p = softmax(logits);
				const expected = labels.reduce((s, y, i) => s - Math.log(p.data[i * logits.cols + y]), 0) / logits.rows;
				expectClose(softmaxCrossEntropy(logits, labels), expected, { rtol: 1e-12, atol: 1e-12 }, 'loss');
			}),
			RUNS,
		);
	});

	test('stays finite when the correct class has p ≈ e^−1000', () => {
		const logits = fromRows([[1000, 0]]);
		expect(softmaxCrossEntropy(logits, [1])).toBe(1000);
		expect(softmaxCrossEntropy(logits, [0])).toBe(0);
		expect(Array.from(softmaxCrossEntropyBackward(logits, [1]).data)).toEqual([1, -1]);
		expect(softmaxCrossEntropy(fromRows([[1e308, -1e308]]), [1])).toBe(Infinity); // 2e308 itself is not a float64
	});

	test('the gradient is (softmax − onehot) / rows and matches central differences', () => {
		fc.assert(
			fc.property(classification, fc.double({ min: 0.1, max: 3, noNaN: true }), ([logits, labels], upstream) => {
				const analytic = softmaxCrossEntropyBackward(logits, labels, upstream);
				const numeric = numericGradient(() => upstream * softmaxCrossEntropy(logits, labels), logits.data);
				expectClose(analytic.data, numeric, { rtol: 1e-5, atol: 1e-7 }, '∂L/∂logits');
			}),
			RUNS,
		);
	});

	test('label errors name the problem', () => {
		const logits = createMatrix(4, 10);
		expect(() => softmaxCrossEntropy(logits, [0, 1, 2])).toThrow(
			'Need one label per row: logits (4×10), labels 3.',
		);
		expect(() => softmaxCrossEntropy(logits, [0, 1, 12, 3])).toThrow(
			'Label is not a class index: row 2, label 12, classes 10.',
		);
		expect(() => softmaxCrossEntropy(logits, [0, 1, 0.5, 3])).toThrow('row 2, label 0.5,');
		expect(() => softmaxCrossEntropy(createMatrix(0, 3), [])).toThrow('Mean of an empty batch: op softmaxCrossEntropy, shape (0×3).');
	});
});

describe('cross-entropy from probabilities', () => {
	test('p = 0 costs −log(floor) instead of infinity, with a zero gradient', () => {
		const p = fromRows([[1, 0]]);
		const loss = crossEntropy(p, [1]);
		expect(loss).toBe(-Math.log(PROBABILITY_FLOOR));
		expect(Number.isFinite(loss)).toBe(true);
		expect(Array.from(crossEntropyBackward(p, [1]).data)).toEqual([0, 0]);
	});

	test('agrees with softmax cross-entropy on softmax outputs and matches central differences', () => {
		fc.assert(
			fc.property(classification, ([logits, labels]) => {
				const p = softmax(logits);
				expectClose(crossEntropy(p, labels), softmaxCrossEntropy(logits, labels), { rtol: 1e-10, atol: 1e-12 }, 'loss');
				const numeric = numericGradient(() => crossEntropy(p, labels), p.data, 1e-7);
				expectClose(crossEntropyBackward(p, labels).data, numeric, { rtol: 1e-5, atol: 1e-6 }, '∂L/∂p');
			}),
			RUNS,
		);
	});
});

describe('mean squared error', () => {
	test('a worked example: the mean over every entry', () => {
		expect(mse(fromRows([[1, 2], [3, 4]]), fromRows([[1, 0], [0, 4]]))).toBe((0 + 4 + 9 + 0) / 4);
	});

	test('the gradient matches central differences, for prediction and (negated) target', () => {
		const cases = fc.tuple(size(), size()).chain(([n, m]) => fc.tuple(matrixOf(n, m), matrixOf(n, m), fc.double({ min: 0.1, max: 3, noNaN: true })));
		fc.assert(
			fc.property(cases, ([prediction, target, upstream]) => {
				const analytic = mseBackward(prediction, target, upstream);
				const f = () => upstream * mse(prediction, target);
				expectClose(analytic.data, numericGradient(f, prediction.data), { rtol: 1e-5, atol: 1e-7 }, '∂L/∂prediction');
				expectClose(
					analytic.data.map((v) => -v),
					numericGradient(f, target.data),
					{ rtol: 1e-5, atol: 1e-7 },
					'∂L/∂target',
				);
			}),
			RUNS,
		);
	});

	test('the error names both shapes', () => {
		expect(() => mse(createMatrix(4, 3), createMatrix(4, 2))).toThrow(
			'Target shape ≠ prediction shape: prediction (4×3), target (4×2).',
		);
	});
});

import { describe, expect, test } from 'vitest';
import {
	bernoulliLogLikelihood,
	categoricalNegLogLikelihood,
	gaussianNegLogLikelihood,
} from '../../src/probability/likelihood';
import { mse, softmaxCrossEntropy } from '../../src/core/tensor/losses';
import { fromRows, toRows } from '../../src/core/tensor/matrix';
import { softmax } from '../../src/core/tensor/softmax';
import { FLOAT64, expectClose } from '../core/asserts';

describe('the Bernoulli likelihood', () => {
	test('is largest at the share of ones', () => {
		const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
		const best = grid.reduce((a, b) => (bernoulliLogLikelihood(7, 10, b) > bernoulliLogLikelihood(7, 10, a) ? b : a));
		expect(best).toBe(0.7);
		expectClose(bernoulliLogLikelihood(7, 10, 0.5), 10 * Math.log(0.5), FLOAT64, 'θ = 0.5');
	});

	test('treats 0·log 0 as 0', () => {
		expect(bernoulliLogLikelihood(0, 4, 0)).toBe(0);
	});
});

describe('the Gaussian negative log-likelihood is MSE up to constants', () => {
	test('NLL = (n/2) log 2πσ² + n·MSE / (2σ²)', () => {
		const y = [1, 2, 4];
		const yHat = [1.5, 2, 3];
		const n = y.length;
		for (const std of [1, 0.5, 2]) {
			const m = mse(fromRows([yHat]), fromRows([y]));
			const expected = (n / 2) * Math.log(2 * Math.PI * std * std) + (n * m) / (2 * std * std);
			expectClose(gaussianNegLogLikelihood(y, yHat, std), expected, { rtol: 1e-12, atol: 1e-12 }, `σ = ${std}`);
		}
	});
});

describe('the categorical negative log-likelihood is the cross-entropy loss', () => {
	test('summed over rows, it is n times the mean softmax cross-entropy', () => {
		const logits = fromRows([
			[2, 1, 0],
			[0.5, 2.5, 0],
			[1, 1, 3],
		]);
		const labels = [0, 1, 2];
		const probs = toRows(softmax(logits));
		expectClose(categoricalNegLogLikelihood(probs, labels), 3 * softmaxCrossEntropy(logits, labels), FLOAT64, 'NLL');
	});

	test('refuses a label outside the classes', () => {
		expect(() => categoricalNegLogLikelihood([[0.5, 0.5]], [2])).toThrow(expect.objectContaining({ details: { code: 'label-range', row: 0, label: 2, classes: 2 } }));
	});
});

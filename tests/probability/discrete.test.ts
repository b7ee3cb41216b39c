import { describe, expect, test } from 'vitest';
import {
	binomialCoefficient,
	binomialPmf,
	checkDistribution,
	cumulative,
	expectation,
	variance,
} from '../../src/probability/discrete';
import { FLOAT64, expectClose } from '../core/asserts';

describe('checkDistribution', () => {
	test('accepts probabilities that sum to 1 up to rounding', () => {
		expect(() => checkDistribution([0.1, 0.2, 0.7])).not.toThrow();
	});

	test('rejects a negative entry, a sum other than 1 and an empty list, saying what to fix', () => {
		expect(() => checkDistribution([1.2, -0.2])).toThrow(expect.objectContaining({ details: { code: 'not-a-probability', name: 'probabilities[0]', value: 1.2 } }));
		expect(() => checkDistribution([0.5, 0.4])).toThrow(expect.objectContaining({ details: { code: 'sum-not-one', name: 'probabilities', sum: 0.9 } }));
		expect(() => checkDistribution([])).toThrow(expect.objectContaining({ details: { code: 'empty-distribution', name: 'probabilities' } }));
	});
});

describe('expectation and variance', () => {
	test('a fair die has mean 3.5 and variance 35/12', () => {
		const faces = [1, 2, 3, 4, 5, 6];
		const p = faces.map(() => 1 / 6);
		expectClose(expectation(faces, p), 3.5, FLOAT64, 'mean');
		expectClose(variance(faces, p), 35 / 12, FLOAT64, 'variance');
	});

	test('a binomial table has mean np and variance np(1 − p)', () => {
		const n = 3;
		const k = [0, 1, 2, 3];
		const p = k.map((i) => binomialPmf(n, i, 0.8));
		expectClose(p, [0.008, 0.096, 0.384, 0.512], FLOAT64, 'pmf');
		expectClose(expectation(k, p), 2.4, FLOAT64, 'mean');
		expectClose(variance(k, p), 0.48, FLOAT64, 'variance');
	});

	test('refuses tables whose lengths differ', () => {
		expect(() => expectation([1, 2], [1])).toThrow(
			expect.objectContaining({ details: { code: 'count-mismatch', left: 'values', leftCount: 2, right: 'probabilities', rightCount: 1 } }),
		);
	});
});

describe('cumulative and binomial coefficients', () => {
	test('the running sum ends at 1', () => {
		expectClose(cumulative([0.25, 0.25, 0.5]), [0.25, 0.5, 1], FLOAT64, 'cdf');
	});

	test('C(n, k) matches Pascal’s triangle and is 0 outside 0 … n', () => {
		expect([0, 1, 2, 3, 4, 5].map((k) => binomialCoefficient(5, k))).toEqual([1, 5, 10, 10, 5, 1]);
		expect(binomialCoefficient(5, 6)).toBe(0);
		expect(binomialCoefficient(40, 20)).toBe(137846528820);
	});
});

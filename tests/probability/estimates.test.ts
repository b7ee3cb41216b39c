import { describe, expect, test } from 'vitest';
import {
	accuracy,
	permutation,
	sampleMean,
	sampleVariance,
	standardError,
	trainTestSplit,
} from '../../src/probability/estimates';
import { createRng } from '../../src/core/random';
import { FLOAT64, expectClose } from '../core/asserts';

describe('sample estimates', () => {
	const x = [2, 4, 4, 4, 5, 5, 7, 9];
	test('mean, both variances and the standard error, as NumPy computes them', () => {
		expectClose(sampleMean(x), 5, FLOAT64, 'mean');
		expectClose(sampleVariance(x, 0), 4, FLOAT64, 'np.var(x)');
		expectClose(sampleVariance(x, 1), 32 / 7, FLOAT64, 'np.var(x, ddof=1)');
		expectClose(standardError(x), Math.sqrt(32 / 7 / 8), FLOAT64, 'standard error');
	});

	test('the ddof = 1 variance is unbiased: its average over many samples is the true variance', () => {
		const rng = createRng(3);
		let biased = 0;
		let unbiased = 0;
		const runs = 20_000;
		for (let r = 0; r < runs; r++) {
			const s = Array.from({ length: 3 }, () => rng.normal(0, 1));
			biased += sampleVariance(s, 0) / runs;
			unbiased += sampleVariance(s, 1) / runs;
		}
		expect(Math.abs(unbiased - 1)).toBeLessThan(0.03);
		expect(Math.abs(biased - 2 / 3)).toBeLessThan(0.03);
	});

	test('refuses a sample too small for the estimate', () => {
		expect(() => sampleVariance([1], 1)).toThrow(expect.objectContaining({ details: { code: 'sample-too-small', size: 1, minimum: 2 } }));
	});
});

describe('splitting a data set', () => {
	test('a permutation holds every index once and depends only on the seed', () => {
		const a = permutation(50, createRng(1));
		expect([...a].sort((m, n) => m - n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
		expect(permutation(50, createRng(1))).toEqual(a);
	});

	test('train and test are disjoint and cover the data', () => {
		const { train, test: held } = trainTestSplit(10, 0.2, createRng(9));
		expect(held).toHaveLength(2);
		expect(train).toHaveLength(8);
		expect(new Set([...train, ...held]).size).toBe(10);
	});

	test('accuracy is the share of matches', () => {
		expect(accuracy([1, 0, 1, 1], [1, 1, 1, 0])).toBe(0.5);
	});
});

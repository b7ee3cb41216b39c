/**
 * Estimates computed from a sample, and the random split of a data set into parts.
 */
import { ProbabilityError } from './errors';
import type { Rng } from '../core/random';

function checkSample(x: readonly number[], minimum: number): void {
	if (x.length < minimum) throw new ProbabilityError({ code: 'sample-too-small', size: x.length, minimum });
}

/** The sample mean x̄ = (1/n) Σ xᵢ. */
export function sampleMean(x: readonly number[]): number {
	checkSample(x, 1);
	return x.reduce((s, v) => s + v, 0) / x.length;
}

/**
 * Σ (xᵢ − x̄)² / (n − ddof). ddof = 1 (Bessel's correction) gives the unbiased estimate, as in
 * pandas' default and `np.var(x, ddof=1)`; ddof = 0 gives NumPy's default.
 */
export function sampleVariance(x: readonly number[], ddof: 0 | 1 = 1): number {
	checkSample(x, ddof + 1);
	const mean = sampleMean(x);
	return x.reduce((s, v) => s + (v - mean) ** 2, 0) / (x.length - ddof);
}

/** The standard error of the mean, s / √n: how far x̄ typically lands from the true mean. */
export function standardError(x: readonly number[]): number {
	return Math.sqrt(sampleVariance(x, 1) / x.length);
}

/** Indices 0 … n−1 in a random order (Fisher–Yates), reproducible for a seeded rng. */
export function permutation(n: number, rng: Rng): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/** Shuffles 0 … n−1 and cuts it: the first ⌊n·testFraction⌉ indices are the test set, the rest the training set. */
export function trainTestSplit(n: number, testFraction: number, rng: Rng): { train: number[]; test: number[] } {
	if (!(testFraction > 0 && testFraction < 1)) throw new ProbabilityError({ code: 'test-fraction', testFraction });
	const order = permutation(n, rng);
	const cut = Math.round(n * testFraction);
	return { test: order.slice(0, cut), train: order.slice(cut) };
}

/** The share of positions where the two label lists agree. */
export function accuracy(predicted: readonly number[], actual: readonly number[]): number {
	if (predicted.length !== actual.length || actual.length === 0) {
		throw new ProbabilityError({ code: 'count-mismatch', left: 'labels', leftCount: actual.length, right: 'predictions', rightCount: predicted.length });
	}
	return predicted.reduce((s, p, i) => s + (p === actual[i] ? 1 : 0), 0) / actual.length;
}

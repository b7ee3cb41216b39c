/**
 * A discrete random variable given as a table: its values and their probabilities, in the same order.
 */
import { ProbabilityError } from './errors';

/** How far the probabilities may sum from 1: rounding in a softmax or in typed decimals, not a mistake. */
export const SUM_TOLERANCE = 1e-9;

/** Throws unless `probs` is a probability distribution: no negatives, and the sum is 1. */
export function checkDistribution(probs: readonly number[], what = 'probabilities'): void {
	if (probs.length === 0) throw new ProbabilityError({ code: 'empty-distribution', name: what });
	probs.forEach((p, i) => {
		if (!(p >= 0 && p <= 1)) throw new ProbabilityError({ code: 'not-a-probability', name: `${what}[${i}]`, value: p });
	});
	const sum = probs.reduce((s, p) => s + p, 0);
	if (Math.abs(sum - 1) > SUM_TOLERANCE) {
		throw new ProbabilityError({ code: 'sum-not-one', name: what, sum });
	}
}

function checkTable(values: readonly number[], probs: readonly number[]): void {
	if (values.length !== probs.length) {
		throw new ProbabilityError({ code: 'count-mismatch', left: 'values', leftCount: values.length, right: 'probabilities', rightCount: probs.length });
	}
	checkDistribution(probs);
}

/** E[X] = Σ x·p(x). */
export function expectation(values: readonly number[], probs: readonly number[]): number {
	checkTable(values, probs);
	return values.reduce((s, x, i) => s + x * probs[i]!, 0);
}

/** Var[X] = Σ (x − E[X])²·p(x): the definition, not E[X²] − E[X]², which loses digits when the mean is large. */
export function variance(values: readonly number[], probs: readonly number[]): number {
	const mean = expectation(values, probs);
	return values.reduce((s, x, i) => s + (x - mean) ** 2 * probs[i]!, 0);
}

/** P(X ≤ values[i]) for each i, with the values sorted ascending. */
export function cumulative(probs: readonly number[]): number[] {
	checkDistribution(probs);
	let total = 0;
	return probs.map((p) => (total += p));
}

/** n choose k, exact for the small n of the examples. */
export function binomialCoefficient(n: number, k: number): number {
	if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0) throw new ProbabilityError({ code: 'binomial-arguments', n, k });
	if (k < 0 || k > n) return 0;
	let c = 1;
	for (let i = 1; i <= Math.min(k, n - k); i++) c = (c * (n - i + 1)) / i;
	return Math.round(c);
}

/** P(X = k) for X ~ Binomial(n, p): k successes in n independent trials. */
export function binomialPmf(n: number, k: number, p: number): number {
	if (!(p >= 0 && p <= 1)) throw new ProbabilityError({ code: 'not-a-probability', name: 'p', value: p });
	return binomialCoefficient(n, k) * p ** k * (1 - p) ** (n - k);
}

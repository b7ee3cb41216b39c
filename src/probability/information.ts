/**
 * Entropy, cross-entropy and KL divergence of discrete distributions, in nats (natural logarithm)
 * unless a base is given: base 2 gives bits. A term with p = 0 counts as 0 (the limit of p·log p).
 */
import { ProbabilityError } from './errors';
import { checkDistribution } from './discrete';

function logIn(base: number | undefined): (x: number) => number {
	if (base === undefined) return Math.log;
	if (!(base > 0 && base !== 1)) throw new ProbabilityError({ code: 'log-base', base });
	const scale = Math.log(base);
	return (x) => Math.log(x) / scale;
}

function checkPair(p: readonly number[], q: readonly number[]): void {
	checkDistribution(p, 'p');
	checkDistribution(q, 'q');
	if (p.length !== q.length) throw new ProbabilityError({ code: 'count-mismatch', left: 'p', leftCount: p.length, right: 'q', rightCount: q.length });
}

/** −p·log q for each outcome: the terms that add up to H(p, q). Infinity where q = 0 but p > 0. */
export function crossEntropyTerms(p: readonly number[], q: readonly number[], base?: number): number[] {
	checkPair(p, q);
	const log = logIn(base);
	return p.map((pi, i) => (pi === 0 ? 0 : -pi * log(q[i]!)));
}

/** H(p) = −Σ p·log p. */
export function entropy(p: readonly number[], base?: number): number {
	return crossEntropyTerms(p, p, base).reduce((s, t) => s + t, 0);
}

/** H(p, q) = −Σ p·log q: the average cost of describing outcomes of p with a code built for q. */
export function crossEntropyOf(p: readonly number[], q: readonly number[], base?: number): number {
	return crossEntropyTerms(p, q, base).reduce((s, t) => s + t, 0);
}

/** p·log(p/q) for each outcome: the terms of KL(p ‖ q). */
export function klTerms(p: readonly number[], q: readonly number[], base?: number): number[] {
	checkPair(p, q);
	const log = logIn(base);
	return p.map((pi, i) => (pi === 0 ? 0 : pi * log(pi / q[i]!)));
}

/** KL(p ‖ q) = Σ p·log(p/q) = H(p, q) − H(p) ≥ 0, zero only when q = p. Not symmetric. */
export function klDivergence(p: readonly number[], q: readonly number[], base?: number): number {
	return klTerms(p, q, base).reduce((s, t) => s + t, 0);
}

/**
 * Bayes' rule over a finite set of hypotheses: P(h | e) = P(e | h)·P(h) / P(e),
 * with the evidence P(e) = Σ P(e | h)·P(h) from the law of total probability.
 */
import { checkDistribution } from './discrete';

export interface BayesTable {
	/** P(h)·P(e | h) for each hypothesis: the joint probability of h and the evidence. */
	joint: number[];
	/** P(e), the sum of the joint column. */
	evidence: number;
	/** P(h | e), the joint column divided by the evidence; it sums to 1. */
	posterior: number[];
}

export function bayesTable(prior: readonly number[], likelihood: readonly number[]): BayesTable {
	checkDistribution(prior, 'prior');
	if (likelihood.length !== prior.length) {
		throw new RangeError(`${prior.length} prior probabilities but ${likelihood.length} likelihoods: one of each per hypothesis.`);
	}
	likelihood.forEach((l, i) => {
		if (!(l >= 0 && l <= 1)) throw new RangeError(`likelihood[${i}] = ${l}: P(e | h) is a probability between 0 and 1.`);
	});
	const joint = prior.map((p, i) => p * likelihood[i]!);
	const evidence = joint.reduce((s, j) => s + j, 0);
	if (evidence === 0) throw new RangeError('The evidence has probability 0 under every hypothesis: nothing to update.');
	return { joint, evidence, posterior: joint.map((j) => j / evidence) };
}

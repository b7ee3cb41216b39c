/**
 * Bayes' rule over a finite set of hypotheses: P(h | e) = P(e | h)·P(h) / P(e),
 * with the evidence P(e) = Σ P(e | h)·P(h) from the law of total probability.
 */
import { ProbabilityError } from './errors';
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
		throw new ProbabilityError({ code: 'count-mismatch', left: 'prior', leftCount: prior.length, right: 'likelihood', rightCount: likelihood.length });
	}
	likelihood.forEach((l, i) => {
		if (!(l >= 0 && l <= 1)) throw new ProbabilityError({ code: 'not-a-probability', name: `likelihood[${i}]`, value: l });
	});
	const joint = prior.map((p, i) => p * likelihood[i]!);
	const evidence = joint.reduce((s, j) => s + j, 0);
	if (evidence === 0) throw new ProbabilityError({ code: 'zero-evidence', hypotheses: prior.length });
	return { joint, evidence, posterior: joint.map((j) => j / evidence) };
}

import { describe, expect, test } from 'vitest';
import { bayesTable } from '../../src/probability/bayes';
import { binomialCoefficient, binomialPmf, checkDistribution, expectation } from '../../src/probability/discrete';
import { ProbabilityError, type ProbabilityErrorCode, type ProbabilityErrorDetails } from '../../src/probability/errors';
import { accuracy, sampleMean, trainTestSplit } from '../../src/probability/estimates';
import { entropy, klDivergence } from '../../src/probability/information';
import { bernoulliLogLikelihood, categoricalNegLogLikelihood, gaussianNegLogLikelihood } from '../../src/probability/likelihood';
import { normalCdf } from '../../src/probability/normal';
import { CodedError } from '../../src/core/errors';
import { createRng } from '../../src/core/random';
import { thrown } from '../core/asserts';

/** A bad call of each helper, the details it must report, and its full one-line summary. */
const CASES: [string, () => unknown, ProbabilityErrorDetails, string][] = [
	['a probability above 1', () => checkDistribution([1.2, -0.2], 'prior'), { code: 'not-a-probability', name: 'prior[0]', value: 1.2 }, 'A probability lies between 0 and 1: name prior[0], value 1.2.'],
	['a likelihood below 0', () => bayesTable([0.5, 0.5], [0.3, -0.1]), { code: 'not-a-probability', name: 'likelihood[1]', value: -0.1 }, 'A probability lies between 0 and 1: name likelihood[1], value -0.1.'],
	['a binomial p of 2', () => binomialPmf(3, 1, 2), { code: 'not-a-probability', name: 'p', value: 2 }, 'A probability lies between 0 and 1: name p, value 2.'],
	['a θ of NaN', () => bernoulliLogLikelihood(1, 2, Number.NaN), { code: 'not-a-probability', name: 'θ', value: Number.NaN }, 'A probability lies between 0 and 1: name θ, value NaN.'],
	['an empty distribution', () => entropy([]), { code: 'empty-distribution', name: 'p' }, 'A distribution needs at least one outcome: name p.'],
	['a sum of 0.9', () => checkDistribution([0.5, 0.4]), { code: 'sum-not-one', name: 'probabilities', sum: 0.9 }, 'Probabilities must sum to 1: divide each by the sum, or add the missing outcome: name probabilities, sum 0.9.'],
	['3 priors, 2 likelihoods', () => bayesTable([0.2, 0.3, 0.5], [0.1, 0.2]), { code: 'count-mismatch', left: 'prior', leftCount: 3, right: 'likelihood', rightCount: 2 }, 'Need one right entry per left entry, and at least one: left prior, leftCount 3, right likelihood, rightCount 2.'],
	['values and probabilities', () => expectation([1, 2], [1]), { code: 'count-mismatch', left: 'values', leftCount: 2, right: 'probabilities', rightCount: 1 }, 'Need one right entry per left entry, and at least one: left values, leftCount 2, right probabilities, rightCount 1.'],
	['no labels at all', () => accuracy([], []), { code: 'count-mismatch', left: 'labels', leftCount: 0, right: 'predictions', rightCount: 0 }, 'Need one right entry per left entry, and at least one: left labels, leftCount 0, right predictions, rightCount 0.'],
	['targets and predictions', () => gaussianNegLogLikelihood([1, 2], [1]), { code: 'count-mismatch', left: 'targets', leftCount: 2, right: 'predictions', rightCount: 1 }, 'Need one right entry per left entry, and at least one: left targets, leftCount 2, right predictions, rightCount 1.'],
	['rows and labels', () => categoricalNegLogLikelihood([[1, 0]], [0, 1]), { code: 'count-mismatch', left: 'rows', leftCount: 1, right: 'labels', rightCount: 2 }, 'Need one right entry per left entry, and at least one: left rows, leftCount 1, right labels, rightCount 2.'],
	['p and q over different outcomes', () => klDivergence([1], [0.5, 0.5]), { code: 'count-mismatch', left: 'p', leftCount: 1, right: 'q', rightCount: 2 }, 'Need one right entry per left entry, and at least one: left p, leftCount 1, right q, rightCount 2.'],
	['evidence impossible under every hypothesis', () => bayesTable([0.5, 0.5], [0, 0]), { code: 'zero-evidence', hypotheses: 2 }, 'The evidence has probability 0 under every hypothesis, nothing to update: hypotheses 2.'],
	['C(2.5, 1)', () => binomialCoefficient(2.5, 1), { code: 'binomial-arguments', n: 2.5, k: 1 }, 'n and k must be whole numbers, n ≥ 0: n 2.5, k 1.'],
	['the mean of nothing', () => sampleMean([]), { code: 'sample-too-small', size: 0, minimum: 1 }, 'Too few numbers for this estimate: size 0, minimum 1.'],
	['a test share of 1', () => trainTestSplit(10, 1, createRng(0)), { code: 'test-fraction', testFraction: 1 }, 'The test share lies strictly between 0 and 1, such as 0.2: testFraction 1.'],
	['log base 1', () => entropy([0.5, 0.5], 1), { code: 'log-base', base: 1 }, 'Use a positive log base other than 1 (2 for bits, e for nats): base 1.'],
	['5 ones out of 3', () => bernoulliLogLikelihood(5, 3, 0.5), { code: 'count-range', ones: 5, n: 3 }, 'Need whole numbers with 0 ≤ ones ≤ n: ones 5, n 3.'],
	['label 2 of 2 classes', () => categoricalNegLogLikelihood([[0.5, 0.5]], [2]), { code: 'label-range', row: 0, label: 2, classes: 2 }, 'A label is a class index from 0 to classes − 1: row 0, label 2, classes 2.'],
	['a standard deviation of -1', () => normalCdf(0, 0, -1), { code: 'std-not-positive', std: -1 }, 'The standard deviation of a normal distribution must be positive: std -1.'],
];

describe('every probability error carries its code and the offending values', () => {
	test.each(CASES.map(([name, f, details, message]) => [name, f, details, message] as const))('%s', (_name, f, details, message) => {
		const e = thrown(f, ProbabilityError);
		expect(e).toBeInstanceOf(CodedError);
		expect(e.name).toBe('ProbabilityError');
		expect(e.code).toBe(details.code);
		expect(e.details).toEqual(details);
		expect(e.message).toBe(message);
	});

	test('every code is reached by some helper', () => {
		const codes: ProbabilityErrorCode[] = [
			'not-a-probability',
			'empty-distribution',
			'sum-not-one',
			'count-mismatch',
			'zero-evidence',
			'binomial-arguments',
			'sample-too-small',
			'test-fraction',
			'log-base',
			'count-range',
			'label-range',
			'std-not-positive',
		];
		expect(new Set(CASES.map(([, , d]) => d.code))).toEqual(new Set(codes));
	});
});

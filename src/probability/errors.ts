/**
 * Every error the probability helpers can raise, of the core's one kind (`CodedError`,
 * src/core/errors.ts): a machine-readable `code`, the offending values in `details`, and a one-line
 * English `message` made of the reason (with the fix) and each fact by name. The helpers run at build time, so a bad
 * argument in a worked example stops the build with this message.
 */
import { CodedError } from '../core/errors';

/** The facts behind each kind of error, one variant per code. `name` says which argument, e.g. `likelihood[1]`. */
export type ProbabilityErrorDetails =
	| { code: 'not-a-probability'; name: string; value: number }
	| { code: 'empty-distribution'; name: string }
	| { code: 'sum-not-one'; name: string; sum: number }
	| { code: 'count-mismatch'; left: string; leftCount: number; right: string; rightCount: number }
	| { code: 'zero-evidence'; hypotheses: number }
	| { code: 'binomial-arguments'; n: number; k: number }
	| { code: 'sample-too-small'; size: number; minimum: number }
	| { code: 'test-fraction'; testFraction: number }
	| { code: 'log-base'; base: number }
	| { code: 'count-range'; ones: number; n: number }
	| { code: 'label-range'; row: number; label: number; classes: number }
	| { code: 'std-not-positive'; std: number };

export type ProbabilityErrorCode = ProbabilityErrorDetails['code'];

/** Why each error happens and how to fix it; the facts follow it in the message. */
const REASONS: { readonly [C in ProbabilityErrorCode]: string } = {
	'not-a-probability': 'A probability lies between 0 and 1',
	'empty-distribution': 'A distribution needs at least one outcome',
	'sum-not-one': 'Probabilities must sum to 1: divide each by the sum, or add the missing outcome',
	'count-mismatch': 'Need one right entry per left entry, and at least one',
	'zero-evidence': 'The evidence has probability 0 under every hypothesis, nothing to update',
	'binomial-arguments': 'n and k must be whole numbers, n ≥ 0',
	'sample-too-small': 'Too few numbers for this estimate',
	'test-fraction': 'The test share lies strictly between 0 and 1, such as 0.2',
	'log-base': 'Use a positive log base other than 1 (2 for bits, e for nats)',
	'count-range': 'Need whole numbers with 0 ≤ ones ≤ n',
	'label-range': 'A label is a class index from 0 to classes − 1',
	'std-not-positive': 'The standard deviation of a normal distribution must be positive',
};

export class ProbabilityError extends CodedError<ProbabilityErrorDetails> {
	constructor(details: ProbabilityErrorDetails) {
		super('ProbabilityError', REASONS[details.code], details);
	}
}

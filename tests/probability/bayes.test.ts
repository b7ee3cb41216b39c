import { describe, expect, test } from 'vitest';
import { bayesTable } from '../../src/probability/bayes';
import { FLOAT64, expectClose } from '../core/asserts';

describe('bayesTable', () => {
	test('a rare defect and an alarm that is right 95% of the time', () => {
		const { joint, evidence, posterior } = bayesTable([0.01, 0.99], [0.95, 0.05]);
		expectClose(joint, [0.0095, 0.0495], FLOAT64, 'joint');
		expectClose(evidence, 0.059, FLOAT64, 'evidence');
		expectClose(posterior, [0.0095 / 0.059, 0.0495 / 0.059], FLOAT64, 'posterior');
		expectClose(posterior.reduce((s, p) => s + p, 0), 1, FLOAT64, 'sum');
	});

	test('refuses evidence that no hypothesis allows', () => {
		expect(() => bayesTable([0.5, 0.5], [0, 0])).toThrow(expect.objectContaining({ code: 'zero-evidence', details: { code: 'zero-evidence', hypotheses: 2 } }));
	});
});

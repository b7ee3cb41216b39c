import { describe, expect, test } from 'vitest';
import { recordAnswer } from '../../src/mastery/evidence';
import { levelOf } from '../../src/mastery/level';
import { MAX_ANSWERS, emptyEvidence, type Evidence } from '../../src/progress/store';

const T = 'calculus/chain-rule';
const P = 'calculus/derivative';
const ans = (seed: number, correct: boolean, day: number) => ({ kind: 'compose', seed, correct, day });

describe('recording an answer', () => {
	test('two generated problems right in a row: confident, with the first review tomorrow', () => {
		let e = recordAnswer(emptyEvidence(), T, ans(5, true, 100));
		expect(e.reviews[T]).toBeUndefined();
		e = recordAnswer(e, T, ans(6, true, 100));
		expect(e.reviews[T]).toEqual({ step: 1, due: 101 });
		expect(levelOf(e.answers[T]!, e.reviews[T])).toBe('confident');
	});

	test('a review passed on its day makes the topic mastered and credits its prerequisites', () => {
		let e: Evidence = { answers: {}, reviews: { [P]: { step: 3, due: 101 } }, placed: {} };
		e = recordAnswer(e, T, ans(5, true, 100));
		e = recordAnswer(e, T, ans(6, true, 100));
		// Before the review day, answers do not count as a review.
		e = recordAnswer(e, T, ans(7, true, 100));
		expect(e.reviews[T]).toEqual({ step: 1, due: 101 });
		e = recordAnswer(e, T, ans(8, true, 101), [P]);
		expect(e.reviews[T]).toEqual({ step: 2, due: 104 });
		expect(levelOf(e.answers[T]!, e.reviews[T])).toBe('mastered');
		// The prerequisite, due on 101 at step 3, is postponed by half its next interval (16 days).
		expect(e.reviews[P]).toEqual({ step: 3, due: 109 });
	});

	test('a missed review comes back tomorrow and credits nothing', () => {
		const e = recordAnswer({ answers: {}, reviews: { [T]: { step: 3, due: 50 }, [P]: { step: 1, due: 50 } }, placed: {} }, T, ans(9, false, 52), [P]);
		expect(e.reviews[T]).toEqual({ step: 1, due: 53 });
		expect(e.reviews[P]).toEqual({ step: 1, due: 50 });
	});

	test('keeps the last answers only, and never changes the evidence it was given', () => {
		let e = emptyEvidence();
		const first = e;
		for (let i = 1; i <= MAX_ANSWERS + 5; i++) e = recordAnswer(e, T, ans(i, i % 3 === 0, 10));
		expect(e.answers[T]).toHaveLength(MAX_ANSWERS);
		expect(e.answers[T]![0]!.seed).toBe(6);
		expect(first).toEqual(emptyEvidence());
	});
});

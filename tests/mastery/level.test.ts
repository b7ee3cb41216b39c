import { describe, expect, test } from 'vitest';
import { levelOf, twoInARow, type AnswerRecord } from '../../src/mastery/level';

const a = (kind: string, seed: number, correct: boolean, day = 1): AnswerRecord => ({ kind, seed, correct, day });

describe('mastery levels from answers', () => {
	test('nothing answered, or only wrong answers: not started', () => {
		expect(levelOf([])).toBe('none');
		expect(levelOf([a('slope', 3, false)])).toBe('none');
	});

	test('one right answer, a fixed exercise or a generated problem: familiar', () => {
		expect(levelOf([a('exercise', 0, true)])).toBe('familiar');
		expect(levelOf([a('slope', 3, true)])).toBe('familiar');
	});

	test('two generated problems right in a row on different seeds: confident; the same problem twice is not', () => {
		expect(levelOf([a('slope', 3, true), a('slope', 4, true)])).toBe('confident');
		expect(levelOf([a('slope', 3, true), a('slope', 3, true)])).toBe('familiar');
		expect(levelOf([a('slope', 3, true), a('slope', 5, false), a('slope', 4, true)])).toBe('familiar');
		// A fixed exercise in between does not break the run of generated problems.
		expect(twoInARow([a('slope', 3, true), a('exercise', 0, false), a('quotient', 3, true)])).toBe(true);
	});

	test('a passed spaced review: mastered', () => {
		expect(levelOf([a('slope', 3, true), a('slope', 4, true)], { step: 1, due: 5 })).toBe('confident');
		expect(levelOf([a('slope', 3, true), a('slope', 4, true)], { step: 2, due: 9 })).toBe('mastered');
	});
});

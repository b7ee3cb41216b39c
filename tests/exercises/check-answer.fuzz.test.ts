import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAnswer, type AnswerKind } from '../../src/exercises/check-answer';
import { MAX_TEXT } from '../../src/numbers/read';
import { fuzzSuite, hostileText, meter } from '../helpers/fuzz';

/**
 * Every answer box (exercises and practice problems) goes through checkAnswer with whatever a reader pastes.
 * Invariants: nothing throws; the verdict is one of the four; a text over the cap is `long`
 * whatever it holds; the regular-expression work is bounded by the input's size.
 */
const check = fuzzSuite('answer checkers');
const KINDS: [AnswerKind, string][] = [
	['number', '0,3439'],
	['number', '75264'],
	['vector', '[1, -2, 0,5]'],
	['shape', '(4, 3)'],
];
const VERDICTS = ['correct', 'wrong', 'unreadable', 'long'];

describe('answer checkers under hostile input', () => {
	test('never throw, always give a verdict, refuse over-long text, and do work bounded by its size', () => {
		check(
			fc.property(fc.constantFrom(...KINDS), hostileText(5000), fc.constantFrom('ru', 'en') as fc.Arbitrary<'ru' | 'en'>, ([kind, expected], given, lang) => {
				const m = meter();
				let verdict: string;
				try {
					verdict = checkAnswer(kind, given, expected, undefined, lang);
				} finally {
					m.stop();
				}
				expect(VERDICTS).toContain(verdict);
				if (given.length > MAX_TEXT) expect(verdict).toBe('long');
				expect(m.chars).toBeLessThanOrEqual(20 * (given.length + expected.length) + 200);
			}),
			400,
		);
	});

	test('the bound above tells linear work from quadratic (a checker that re-reads the text per character fails it)', () => {
		const text = '1 '.repeat(1000);
		const m = meter();
		for (let i = 0; i < text.length; i++) /x/.exec(text.slice(i));
		m.stop();
		expect(m.chars).toBeGreaterThan(20 * text.length + 200);
	});
});

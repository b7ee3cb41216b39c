import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPractice } from '../../src/practice/check';
import type { Answer } from '../../src/practice/types';
import { MAX_TEXT } from '../../src/numbers/read';
import { fuzzSuite, hostileText, meter } from '../helpers/fuzz';

/** The practice answer box under whatever a reader pastes: never throws, always a verdict, work bounded by the text's size. */
const check = fuzzSuite('practice checker');
const ANSWERS: Answer[] = [
	{ kind: 'number', value: -0.5 },
	{ kind: 'vector', value: [1, 2, 3] },
	{ kind: 'matrix', value: [[1, 2], [3, 4]] },
	{ kind: 'shape', value: [4, 16] },
	{ kind: 'choice', value: 'up', options: ['up', 'down'] },
];

describe('practice checker under hostile input', () => {
	test('never throws, gives a known verdict, refuses over-long text, works in time linear in the text', () => {
		check(
			fc.property(fc.constantFrom(...ANSWERS), hostileText(5000), fc.constantFrom('ru', 'en') as fc.Arbitrary<'ru' | 'en'>, (answer, given, lang) => {
				const m = meter();
				let verdict: string;
				try {
					verdict = checkPractice(answer, given, lang, [{ value: 1, say: 'x' }], { up: ['вверх'], down: ['вниз'] }).verdict;
				} finally {
					m.stop();
				}
				expect(['correct', 'wrong', 'unreadable', 'long', 'empty']).toContain(verdict);
				if (given.length > MAX_TEXT) expect(verdict).toBe('long');
				expect(m.chars).toBeLessThanOrEqual(20 * given.length + 400);
			}),
			300,
		);
	});
});

import { describe, expect, test } from 'vitest';
import { CATALOGUE, ERROR_IDS } from '../../src/errors/catalogue';
import { errorWords } from '../../src/errors/error-words';
import { errorQuery } from '../../src/search/error-query';
import { readVocabulary, vocabularyFile } from '../../src/search/vocabulary';
import { QUESTIONS } from '../browser/search-questions';

/** The words the build writes into the vocabulary, read back as the box reads them. */
const known = readVocabulary(vocabularyFile([], new Map(), '/', errorWords())).errorWords;

describe('errorQuery', () => {
	test('offers the error page for the messages readers paste, with their exception name or numbers', () => {
		expect(errorQuery('RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3 and 2x5)', known)).toBe('offer');
		expect(errorQuery('ValueError: shapes (2,3) and (2,3) not aligned', known)).toBe('offer');
		expect(errorQuery('mat1 and mat2 shapes cannot be multiplied (4x3 and 2x5)', known)).toBe('offer');
		expect(errorQuery('Traceback (most recent call last):', known)).toBe('offer');
	});

	test('reads every known message as an error, with or without its exception name', () => {
		for (const id of ERROR_IDS) {
			const example = CATALOGUE[id].example;
			expect(errorQuery(example, known), example).not.toBe('none');
			const bare = example.replace(/^[\w.]*(?:Error|Warning|Exception): /, '');
			expect(errorQuery(bare, known), bare).not.toBe('none');
		}
	});

	test('a message with neither a number nor an exception name is shown only if it matches', () => {
		expect(errorQuery('grad can be implicitly created only for scalar outputs', known)).toBe('match');
	});

	test('never offers the error page for the questions of issue #22, nor for ordinary English queries, unless they say «error»', () => {
		// A question about an error is offered the error page, above its ordinary results.
		expect(errorQuery('broadcasting error shapes', known)).toBe('offer');
		const ordinary = [...QUESTIONS.map((q) => q.q).filter((q) => !/\berror\b/i.test(q)), 'how to compute the gradient', 'expected value', 'numpy broadcasting', 'two-layer network', 'градиент', 'chain rule'];
		expect(ordinary.length).toBeGreaterThan(100);
		for (const q of ordinary) expect(errorQuery(q, known), q).not.toBe('offer');
		// Most are not even considered: the catalogue is loaded for a few English phrasings at most.
		expect(ordinary.filter((q) => errorQuery(q, known) === 'match').length).toBeLessThanOrEqual(12);
		expect(errorQuery('градиент', known)).toBe('none');
	});

	test('without the words (an old vocabulary file), only an exception name counts', () => {
		const none = readVocabulary({ pages: [] }).errorWords;
		expect(none.size).toBe(0);
		expect(errorQuery('mat1 and mat2 shapes cannot be multiplied (4x3 and 2x5)', none)).toBe('none');
		expect(errorQuery('ValueError: shapes (2,3) and (2,3) not aligned', none)).toBe('offer');
	});
});

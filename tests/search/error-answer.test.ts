import { describe, expect, test } from 'vitest';
import { CATALOGUE, ERROR_IDS, type ErrorId } from '../../src/errors/catalogue';
import { MEANING_EN } from '../../src/errors/i18n/meaning-en';
import { MEANING_RU } from '../../src/errors/i18n/meaning-ru';
import { MAX_URL_TEXT, matchErrors } from '../../src/errors/match';
import { SECTIONS_EN } from '../../src/errors/sections/en';
import { SECTIONS_RU } from '../../src/errors/sections/ru';
import { errorAnswer, firstSentence } from '../../src/search/error-answer';
import * as en from '../../src/search/error-answer-en';
import * as ru from '../../src/search/error-answer-ru';

const LANGS = {
	ru: { bound: ru, sections: SECTIONS_RU, meaning: MEANING_RU as Record<ErrorId, (f: unknown) => string>, href: '/errors/' },
	en: { bound: en, sections: SECTIONS_EN, meaning: MEANING_EN as Record<ErrorId, (f: unknown) => string>, href: '/en/errors/' },
} as const;

describe('errorAnswer', () => {
	test.each(Object.entries(LANGS))('%s: every known message leads to its section, titled, with what it means', (_lang, { bound, sections, meaning, href }) => {
		for (const id of ERROR_IDS) {
			const example = CATALOGUE[id].example;
			const answer = bound.answer(example, href, true);
			expect(answer, example).toMatchObject({ kind: 'known', id, title: sections[id].title, href: `${href}#${id}` });
			// The first sentence of the error page's own explanation, with the message's numbers.
			const full = meaning[id](matchErrors(example).found[0]!.facts);
			const shown = answer?.kind === 'known' ? answer.meaning : '';
			expect(shown.length).toBeGreaterThan(20);
			expect(full.startsWith(shown.replace(/…$/, ''))).toBe(true);
		}
	});

	test("explains with the reader's own numbers, in each language", () => {
		const pasted = 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3 and 2x5)';
		const r = ru.answer(pasted, '/errors/', true);
		const e = en.answer(pasted, '/en/errors/', true);
		expect(r).toMatchObject({ kind: 'known', id: 'mat1-mat2-shapes', title: 'Матрицы не перемножаются', href: '/errors/#mat1-mat2-shapes' });
		expect(e).toMatchObject({ kind: 'known', id: 'mat1-mat2-shapes', href: '/en/errors/#mat1-mat2-shapes' });
		expect(e?.kind === 'known' && e.meaning).toBe('Cannot multiply (4×3)·(2×5): the first matrix has 3 columns but the second has 2 rows; the number of columns of the first must equal the number of rows of the second.');
		expect(r?.kind === 'known' && r.meaning).toMatch(/3/);
	});

	test('a message it does not know: the error page opened on it, or nothing when not offered', () => {
		const pasted = 'ValueError: shapes (2,3) and (2,3) not aligned';
		expect(en.answer(pasted, '/en/errors/', true)).toEqual({ kind: 'offer', href: `/en/errors/?msg=${encodeURIComponent(pasted)}` });
		expect(ru.answer(pasted, '/nn-math/errors/', false)).toBeUndefined();
		const long = `ValueError: ${'x'.repeat(5000)}`;
		const offer = errorAnswer(long, { sections: SECTIONS_EN, meaning: MEANING_EN }, '/en/errors/', true);
		expect(decodeURIComponent(offer!.href.split('msg=')[1]!)).toHaveLength(MAX_URL_TEXT);
	});
});

describe('firstSentence', () => {
	test('ends at a full stop before a capital or the end, not inside a name or a number', () => {
		expect(firstSentence('np.dot sums products along axis 1. So those sizes must be equal.')).toBe('np.dot sums products along axis 1.');
		expect(firstSentence('A rate of 1.5 is big. Lower it.')).toBe('A rate of 1.5 is big.');
		expect(firstSentence('Размер 0.5 велик. Уменьшите его.')).toBe('Размер 0.5 велик.');
		expect(firstSentence('No stop at all')).toBe('No stop at all');
	});

	test('cuts a very long sentence with an ellipsis', () => {
		const s = firstSentence(`${'word '.repeat(100)}end.`, 50);
		expect(s).toHaveLength(50);
		expect(s.endsWith('…')).toBe(true);
	});
});

import { describe, expect, test } from 'vitest';
import { questions } from '../../../src/graph/checks/questions';
import { validateContent } from '../../../src/graph/validate';
import { contextOf } from './helpers';
import { patchTopic, validInput } from '../fixtures';

const ID = 'linear-algebra/dot-product';
const FILE = `content/topics/${ID}.yaml`;
const three = (at: string, lang = 'ru') =>
	[`Зачем нужно скалярное произведение?`, 'Как считать скалярное произведение?', 'Чем скалярное произведение отличается от поэлементного?'].map(
		(q, i) => ({ q: lang === 'ru' ? q : `Question ${i}?`, at }),
	);

/** The check's problems for the fixture, the dot product's pages having the headings `idea` and `numpy`. */
function check(patch: Record<string, unknown>) {
	const ctx = contextOf((input) => {
		for (const page of input.pages) if (page.slug === ID) page.anchors = ['idea', 'numpy'];
		patchTopic(input, ID, patch);
	});
	return questions(ID, ctx.topics.get(ID)!, ctx);
}

describe('questions', () => {
	test('accepts questions that point at headings of the page in each language', () => {
		expect(check({ questions: { ru: three('idea'), en: three('numpy', 'en') } })).toEqual([]);
	});

	test('reports a section the page does not have, with the file, the field, the headings there and the fix', () => {
		expect(check({ questions: { ru: three('idea'), en: [...three('numpy', 'en').slice(0, 2), { q: 'Why?', at: 'idae' }] } })).toEqual([
			{
				file: FILE,
				field: 'questions.en[2].at',
				message: 'The section `idae` is not a heading of `content/docs/en/linear-algebra/dot-product.mdx`, which has `idea`, `numpy`.',
				fix: 'Write the id of the heading that answers `Why?`, as the page gives it in `{#id}`.',
			},
		]);
	});

	test('reports a question asked twice in one language (case and ё do not make it new)', () => {
		const ru = [...three('idea'), { q: 'зачем нужно скалярное произведение?', at: 'numpy' }];
		expect(check({ questions: { ru, en: three('idea', 'en') } })).toEqual([
			{
				file: FILE,
				field: 'questions.ru[3].q',
				message: 'The question `зачем нужно скалярное произведение?` repeats `questions.ru[0].q`.',
				fix: 'Remove one of them, or ask a different question the page answers.',
			},
		]);
	});

	test('is part of the build-time validation', () => {
		const input = validInput();
		for (const page of input.pages) if (page.slug === ID) page.anchors = ['idea'];
		patchTopic(input, ID, { questions: { ru: three('idea'), en: three('nowhere', 'en') } });
		expect(validateContent(input).problems.map((p) => p.field)).toEqual(['questions.en[0].at', 'questions.en[1].at', 'questions.en[2].at']);
	});
});

describe('the schema', () => {
	const problemsFor = (patch: Record<string, unknown>) => {
		const input = validInput();
		patchTopic(input, ID, patch);
		return validateContent(input).problems;
	};

	test('wants 3 to 6 questions per language, each ending with a question mark and pointing at an id', () => {
		expect(problemsFor({ questions: { ru: three('idea').slice(0, 2), en: three('idea', 'en') } })[0]).toMatchObject({ file: FILE, field: 'questions.ru' });
		expect(problemsFor({ questions: { ru: three('idea'), en: three('idea', 'en') } })).toEqual([]);
		const noMark = problemsFor({ questions: { ru: [{ q: 'Зачем', at: 'idea' }, ...three('idea').slice(1)], en: three('idea', 'en') } });
		expect(noMark[0]).toMatchObject({ field: 'questions.ru[0].q' });
		expect(noMark[0]!.message).toContain('end the question with `?`');
		const hash = problemsFor({ questions: { ru: three('#idea'), en: three('idea', 'en') } });
		expect(hash[0]!.message).toContain('without `#`');
	});

	test('takes code names without spaces, and an empty list', () => {
		expect(problemsFor({ code: [] })).toEqual([]);
		expect(problemsFor({ code: ['nn.Linear', '@', '.backward()'] })).toEqual([]);
		const spaced = problemsFor({ code: ['nn.Linear np.dot'] });
		expect(spaced[0]).toMatchObject({ file: FILE, field: 'code[0]' });
	});
});

import { describe, expect, test } from 'vitest';
import { aliases, nameKey } from '../../../src/graph/checks/aliases';
import { contextOf } from './helpers';
import { patchTopic } from '../fixtures';

const FILE = 'content/topics/linear-algebra/dot-product.yaml';

/** The fixture with real titles on the dot product and matrices pages, and `names` on the dot product. */
function check(names: Record<string, unknown>) {
	return aliases(
		contextOf((input) => {
			for (const page of input.pages) {
				if (page.slug === 'linear-algebra/dot-product') page.frontmatter = { title: page.lang === 'ru' ? 'Скалярное произведение' : 'The dot product', description: 'D' };
				if (page.slug === 'linear-algebra/matrices') page.frontmatter = { title: page.lang === 'ru' ? 'Матрицы' : 'Matrices', description: 'D' };
			}
			patchTopic(input, 'linear-algebra/dot-product', names);
		}),
	);
}

describe('aliases', () => {
	test('compares names without case, ё/е, hyphens or extra spaces', () => {
		expect(nameKey('Кросс-Энтропия')).toBe(nameKey('кросс  энтропия'));
		expect(nameKey('перекрёстная')).toBe(nameKey('перекрестная'));
		expect(nameKey('dot product')).not.toBe(nameKey('dot products'));
	});

	test('accepts distinct names that are no topic title', () => {
		expect(check({ aliases: { ru: ['dot product', 'скалярное умножение'], en: ['inner product'] }, misspellings: { ru: ['скалярное произвидение'] } })).toEqual([]);
	});

	test('reports a name repeated within a language, across aliases and misspellings, quoting both', () => {
		expect(check({ aliases: { ru: ['dot product', 'Dot-Product'] } })).toEqual([
			{
				file: FILE,
				field: 'aliases.ru[1]',
				message: 'The name `Dot-Product` repeats `aliases.ru[0] dot product` of the same topic.',
				fix: 'Remove one of them (case, ё/е and hyphens do not make names different).',
			},
		]);
		expect(check({ aliases: { en: ['inner product'] }, misspellings: { en: ['inner  product'] } })[0]!.field).toBe('misspellings.en[0]');
		// The same name in the two languages' lists is fine: each list is for its own pages.
		expect(check({ aliases: { ru: ['inner product'], en: ['inner product'] } })).toEqual([]);
	});

	test("reports a name equal to another topic's title, in either language, naming that topic", () => {
		expect(check({ aliases: { en: ['матрицы'] } })).toEqual([
			{
				file: FILE,
				field: 'aliases.en[0]',
				message: 'The name `матрицы` is the title of another topic, `linear-algebra/matrices` (`Матрицы`).',
				fix: 'Remove it: a search for it must find `linear-algebra/matrices`. Name what only this topic is.',
			},
		]);
	});

	test("reports a name equal to the page's own title, and accepts its title in the other language", () => {
		expect(check({ aliases: { ru: ['the dot product'], en: ['скалярное произведение'] } })).toEqual([]);
		expect(check({ aliases: { en: ['the dot product'] } })).toEqual([
			{
				file: FILE,
				field: 'aliases.en[0]',
				message: "The name `the dot product` is the page's own title; search indexes the title already.",
				fix: 'Remove it, or write a different name readers use.',
			},
		]);
	});
});

describe('the schema', () => {
	test('refuses an empty name with the field', async () => {
		const { validateContent } = await import('../../../src/graph/validate');
		const { validInput } = await import('../fixtures');
		const input = validInput();
		patchTopic(input, 'linear-algebra/vectors', { aliases: { ru: ['  '] } });
		const problems = validateContent(input).problems;
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/topics/linear-algebra/vectors.yaml', field: 'aliases.ru[0]' });
		expect(problems[0]!.message).toContain('an alias is empty');
	});
});

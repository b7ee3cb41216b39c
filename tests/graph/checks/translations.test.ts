import { describe, expect, test } from 'vitest';
import { translations } from '../../../src/graph/checks/translations';
import { contextOf } from './helpers';

describe('translations', () => {
	test('returns nothing for a page that exists in both languages', () => {
		const ctx = contextOf();
		expect(translations(ctx.input.pages[0]!, ctx)).toEqual([]);
	});
	test('reports the missing language and the file to write, under the configured docs folder', () => {
		const ctx = contextOf((input) => {
			input.pages.splice(1, 1); // the English home page
			input.docsDir = 'site/docs';
		});
		expect(translations(ctx.input.pages[0]!, ctx)).toEqual([
			{
				file: 'content/docs/index.mdx',
				field: '(file)',
				message: 'The page `/` exists in `ru` but not in `en`.',
				fix: 'Add its translation as `site/docs/en/index.mdx`: every page is published in both languages.',
			},
		]);
	});
});

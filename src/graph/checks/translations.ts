import { LANGS } from '../../schemas/areas';
import type { PageCheck } from './context';
import { pagePath, quote } from './messages';

/** Every page is published in every language. */
export const translations: PageCheck = (page, { pagesByLang, docsDir }) =>
	LANGS.filter((other) => other !== page.lang && !pagesByLang.get(other)!.has(page.slug)).map((other) => ({
		file: page.file,
		field: '(file)',
		message: `The page ${quote(page.slug || '/')} exists in ${quote(page.lang)} but not in ${quote(other)}.`,
		fix: `Add its translation as \`${pagePath(docsDir, other, page.slug)}\`: every page is published in both languages.`,
	}));

/**
 * Text that exists only for the search index leaves the pages once Pagefind has indexed them.
 *
 * Formulas give the index their readable text (`∂L/∂w`, `x²`) through a hidden sibling of each KaTeX
 * span, and a topic gives it its common misspellings in a hidden paragraph (src/markdown/tex-text.ts,
 * src/components/TopicAliases.astro). A reader never sees either, yet on a page of formulas they
 * weighed over 1 KiB compressed of every first load. Starlight runs Pagefind in its own
 * `astro:build:done` hook; this integration is listed after Starlight, so its hook runs after the
 * index is written (Astro runs the hooks one after another, in the order of the list) and removes
 * every element marked `data-search-only` from the built HTML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../links/dist-files';
import { SEARCH_ONLY_ATTR } from '../markdown/tex-text';

/**
 * A marked element with text only inside (its text is escaped, so it holds no `<`): one pass, linear
 * in the page's length. An element of another shape keeps its place and fails the dist test instead.
 */
const MARKED = new RegExp(`<(span|p)\\b[^<>]*\\s${SEARCH_ONLY_ATTR}(?:="")?(?=[\\s>])[^<>]*>[^<]*</\\1>`, 'g');

/** The page without its search-only elements. */
export function stripSearchOnly(html: string): string {
	return html.replace(MARKED, '');
}

export function searchOnly(): AstroIntegration {
	return {
		name: 'nn-math:search-only',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let pages = 0;
				const root = fileURLToPath(dir);
				for (const file of htmlFiles(root).map((rel) => join(root, rel))) {
					const html = readFileSync(file, 'utf8');
					const stripped = stripSearchOnly(html);
					if (stripped !== html) {
						writeFileSync(file, stripped);
						pages++;
					}
				}
				logger.info(`search-only text removed from ${pages} pages after indexing`);
			},
		},
	};
}

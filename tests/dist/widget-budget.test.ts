import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closure, gzipSize, lazyImports, staticGraph } from '../helpers/script-graph';

/**
 * The JavaScript budget of the interactive widgets, measured on the built site: for every page, the
 * island scripts its HTML references (`<astro-island component-url=… renderer-url=…>`) and everything
 * they import statically, each file gzipped as a server would send it. Preact and Astro's island
 * loader are included: they are what a reader downloads to get a widget working. Every page is held
 * to it, with no exceptions: a page ships its widget's strings in its own language only
 * (`src/widgets/lib/entry.ts`). The core's own budget (all of src/core ≤ 4 KB gzip) is held by
 * tests/core/budget.test.ts.
 */
const BUDGET = 15 * 1024;


const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSize(f), 0);

function islandScripts(html: string): string[] {
	const urls = new Set<string>();
	for (const tag of html.match(/<astro-island\b[^>]*>/g) ?? []) {
		for (const attr of tag.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)) urls.add(attr[1].replace(/^\//, ''));
	}
	return [...urls];
}

const pages = builtPages().map((page) => {
	const entries = islandScripts(page.html);
	const files = staticGraph(entries);
	// A script loaded later on demand (the shape explorer's Russian error table): the page then holds
	// its static graph plus everything that script can bring in.
	const lazy = lazyImports(files);
	const withLazy = lazy.map((l) => ({ l, size: total(new Set([...files, ...closure(l)])) }));
	return { path: page.path, html: page.html, entries, files, size: total(files), withLazy };
});

describe('widget JavaScript budget', () => {
	test('the measurement sees the islands (a page with a widget has a component and a renderer)', () => {
		const withIslands = pages.filter((p) => p.entries.length > 0);
		expect(withIslands.length).toBeGreaterThan(0);
		for (const p of withIslands) expect(p.files.size).toBeGreaterThanOrEqual(2);
	});

	test.each(pages.filter((p) => p.entries.length > 0).map((p) => [p.path, p] as const))(
		'%s: all island JavaScript, Preact included, is at most 15 KB gzip, also after its lazy imports',
		(_, page) => {
			const report = [...page.files].map((f) => `${gzipSize(f)}\t${f}`).join('\n');
			const lazy = page.withLazy.map(({ l, size }) => `${page.path} + ${l}: ${size} B gzip`).join('\n');
			console.log(`${page.path}: ${page.size} B gzip\n${report}\n${lazy}`);
			expect(page.size, report).toBeLessThanOrEqual(BUDGET);
			for (const { l, size } of page.withLazy) expect(size, `${page.path} with ${l} loaded`).toBeLessThanOrEqual(BUDGET);
		},
	);

	test('pages without a widget reference no island JavaScript', () => {
		const islandFiles = new Set(pages.flatMap((p) => [...p.files]));
		for (const page of pages.filter((p) => p.entries.length === 0)) {
			expect(page.html, page.path).not.toContain('<astro-island');
			for (const src of page.html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/?([^"]+\.js)"/g)) {
				expect(islandFiles.has(src[1]), `${page.path} loads ${src[1]}`).toBe(false);
			}
		}
	});

	test('an English page downloads no Russian words with its widget (a module lives in one chunk, so a string shared with the Russian entry would ship to both)', () => {
		const english = pages.filter((p) => p.path.startsWith('/en/') && p.entries.length > 0);
		expect(english.length).toBeGreaterThan(0);
		for (const page of english) {
			// Two-letter words («на», «х» in «3 х 5») are what the answer reader accepts in either language.
			const words = [...page.files].flatMap((f) => readFileSync(join(DIST, f), 'utf8').match(/\p{Script=Cyrillic}{3,}/gu) ?? []);
			expect(words.slice(0, 5), `${page.path} ships Russian words`).toEqual([]);
		}
	});
});

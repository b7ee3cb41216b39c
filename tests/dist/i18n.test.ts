import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { contentPages } from '../helpers/dist';

const pages = contentPages();
const russian = pages.filter((p) => !p.path.startsWith('/en/'));
const english = new Map(pages.filter((p) => p.path.startsWith('/en/')).map((p) => [p.path, p]));

describe('both languages in the built site', () => {
	test('there are Russian pages to check', () => {
		expect(russian.length).toBeGreaterThanOrEqual(4);
	});

	test.each(russian.map((p) => [p.path, p] as const))('%s has an English twin and they point at each other', (path, page) => {
		const twinPath = `/en${path}`;
		const twin = english.get(twinPath);
		expect(twin, `missing ${twinPath}`).toBeDefined();
		expect(select('html', page.tree)?.properties.lang).toBe('ru');
		expect(select('html', twin!.tree)?.properties.lang).toBe('en');
		const alternates = (p: typeof page) =>
			Object.fromEntries(
				selectAll('link[rel="alternate"][hreflang]', p.tree).map((l) => [String(l.properties.hrefLang), new URL(String(l.properties.href)).pathname]),
			);
		expect(alternates(page)).toMatchObject({ ru: path, en: twinPath });
		expect(alternates(twin!)).toMatchObject({ ru: path, en: twinPath });
	});

	test('every English page has a Russian twin', () => {
		const ruPaths = new Set(russian.map((p) => p.path));
		const orphans = [...english.keys()].filter((p) => !ruPaths.has(p.replace(/^\/en/, '')));
		expect(orphans).toEqual([]);
	});
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { openSearch, typeQuery } from '../helpers/site-search';
import ruStrings from '../../content/i18n/ru.json';
import enStrings from '../../content/i18n/en.json';

/**
 * The search dialog speaks the page's language: every string it can show (Pagefind UI's and ours)
 * comes from content/i18n/, not from Starlight's English fallback (issue #18 saw «48 results for …»
 * and «Clear» next to «Отменить» on Russian pages).
 */
let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const LANGS = {
	ru: { path: '/', strings: ruStrings as Record<string, string>, label: 'Поиск', many: 'градиент', one: 'Кульбака', none: 'щщщщ' },
	// Pagefind answers a Latin nonsense word with its closest words, so the English page's empty result is Cyrillic.
	en: { path: '/en/', strings: enStrings as Record<string, string>, label: 'Search', many: 'gradient', one: 'Kullback', none: 'ъъъ' },
} as const;

/** A template with `[COUNT]` and `[SEARCH_TERM]` as a pattern for the line it renders. */
function line(template: string, term: string): RegExp {
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^${escape(template).replace('\\[COUNT\\]', '[\\d\\s,.]+').replace('\\[SEARCH_TERM\\]', escape(term))}$`);
}

/** Every status line the dialog shows while `query` is typed and answered, in order. */
async function statusLines(page: Page, query: string, searching: string[]) {
	await page.evaluate(() => {
		const seen: string[] = ((window as unknown as { seenStatus: string[] }).seenStatus = []);
		const record = () => {
			const text = document.querySelector('dialog[open] .sb-status')?.textContent?.trim();
			if (text && seen.at(-1) !== text) seen.push(text);
		};
		new MutationObserver(record).observe(document.querySelector('dialog')!, { subtree: true, childList: true, characterData: true });
	});
	const results = await typeQuery(page, query, searching);
	const seen = await page.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
	return { results, seen };
}

describe('the search dialog speaks the page language', () => {
	for (const [lang, { path, strings, label, many, one, none }] of Object.entries(LANGS)) {
		test(`${lang}: every string of the dialog`, async () => {
			const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
			await page.goto(site + path);
			const input = await openSearch(page);
			const s = (key: string) => strings[key]!;
			// The close button shows on phones only.
			expect((await page.locator('dialog[open] [data-close-modal]').innerText()).trim()).toBe(s('search.cancelLabel'));
			expect(await page.locator('dialog[open] form[role="search"]').getAttribute('aria-label')).toBe(s('pagefind.search_label'));
			expect(await input.getAttribute('placeholder')).toBe(label);
			const searching = [s('pagefind.searching')];

			const manyRun = await statusLines(page, many, searching);
			expect(manyRun.seen.at(-1)).toMatch(line(s('pagefind.many_results'), many));
			expect(manyRun.seen).toContainEqual(expect.stringMatching(line(s('pagefind.searching'), many)));
			expect((await page.locator('dialog[open] .sb-clear').innerText()).trim()).toBe(s('pagefind.clear_search'));
			expect((await page.locator('dialog[open] .sb-more').innerText()).trim()).toBe(s('pagefind.load_more'));

			const oneRun = await statusLines(page, one, searching);
			expect(oneRun.results).toHaveLength(1);
			expect(oneRun.seen.at(-1)).toMatch(line(s('pagefind.one_result'), one));

			const noneRun = await statusLines(page, none, searching);
			expect(noneRun.results).toHaveLength(0);
			expect(noneRun.seen.at(-1)).toMatch(line(s('pagefind.zero_results'), none));

			// Nothing of the dialog's own text is in the other language: on a Russian page no Latin
			// letter outside the results (the query typed is Cyrillic), on an English page no Cyrillic.
			await typeQuery(page, many, searching);
			const chrome = await page.locator('dialog[open]').evaluate((dialog) => {
				const copy = dialog.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('.sb-results').forEach((r) => r.remove());
				return copy.innerText || copy.textContent || '';
			});
			expect(chrome).not.toMatch(lang === 'ru' ? /[a-z]/i : /[а-яё]/i);
			await page.close();
		});
	}
});

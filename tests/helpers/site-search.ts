import type { Page } from 'playwright-core';

/** One search result as the dialog shows it: the link and the excerpt under it. */
export interface ShownResult {
	href: string;
	title: string;
	excerpt: string;
}

/** Opens the site's search dialog on the page already loaded (the header's button) and waits for its box. */
export async function openSearch(page: Page) {
	await page.locator('button[data-open-modal]').first().click();
	const input = page.locator('dialog[open] .sb-input');
	await input.waitFor();
	return input;
}

/**
 * Types `query` into the open dialog and waits until the dialog shows the answer to that query:
 * its status line names the query (a line left from the previous query does not), is not one of
 * the «searching…» lines in `searching` (templates with `[SEARCH_TERM]`, the caller knows the
 * language's strings), and every result shown has its link (Pagefind draws placeholders first).
 * Never waits for a fixed time.
 */
export async function typeQuery(page: Page, query: string, searching: readonly string[]): Promise<ShownResult[]> {
	const input = page.locator('dialog[open] .sb-input');
	await input.fill(query);
	const busy = searching.map((line) => line.replace('[SEARCH_TERM]', query));
	await page.waitForFunction(
		({ query, busy }) => {
			const status = document.querySelector('dialog[open] .sb-status')?.textContent?.trim() ?? '';
			if (!status.includes(query) || busy.includes(status)) return false;
			const shown = [...document.querySelectorAll('dialog[open] .sb-result')];
			return shown.every((r) => r.querySelector('a.sb-link[href]'));
		},
		{ query, busy },
		{ timeout: 15_000, polling: 'raf' },
	);
	return page.locator('dialog[open] .sb-result').evaluateAll((nodes) =>
		nodes.map((n) => ({
			href: n.querySelector('a.sb-link')?.getAttribute('href') ?? '',
			title: n.querySelector('a.sb-link')?.textContent?.trim() ?? '',
			excerpt: n.querySelector('.sb-excerpt')?.textContent ?? '',
		})),
	);
}

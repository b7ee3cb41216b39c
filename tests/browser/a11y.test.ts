import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { contentPages } from '../helpers/dist';

/**
 * axe-core over every page of the site, in the light and the dark theme, after the widgets have
 * hydrated: zero violations. A failure lists each rule with the offending elements.
 *
 * One tab visits every page and audits it twice, switching the colour scheme in place, so the
 * 200-odd audits cost one page load each rather than two fresh browser profiles.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
	page = await context.newPage();
});
afterAll(async () => browser?.close());

const pages = contentPages().map((p) => p.path);

/**
 * Legacy mode runs axe inside the page itself; the default opens a blank page per audit to merge
 * frames, which doubles the time and which a site without iframes does not need.
 * `empty-table-header` is off: a header that is a formula (`$x_k$`) is read from KaTeX's MathML,
 * which this best-practice rule does not count as text. tests/dist/table-headers.test.ts checks
 * instead that no header is empty, MathML included.
 */
async function audit(): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).disableRules(['empty-table-header']).analyze();
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
}

describe('accessibility (axe-core), light and dark', () => {
	test('the audit sees a violation when there is one (an unlabelled input)', async () => {
		await page.goto(`${site}/`, { waitUntil: 'load' });
		await page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
		expect((await audit()).join('\n')).toMatch(/^label /m);
	});

	test.each(pages)('%s has no axe violations', async (path) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(site + path, { waitUntil: 'load' });
		// Bring every lazily hydrated widget on screen so the audit sees its live state.
		await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
				window.scrollTo(0, y);
				await new Promise((r) => setTimeout(r, 10));
			}
			window.scrollTo(0, 0);
		});
		await page.waitForLoadState('networkidle');
		const light = await audit();
		// What a reader with a dark system theme gets: the media query for widget styles and Starlight's
		// `data-theme`, which its theme script sets from that query on load.
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
		const dark = await audit();
		const report = [...light.map((l) => `light: ${l}`), ...dark.map((d) => `dark: ${d}`)];
		expect(report, report.join('\n')).toEqual([]);
	});
});

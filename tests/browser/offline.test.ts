import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { OFFLINE_CACHE } from '../../src/offline/cache-name';
import { launchBrowser } from '../helpers/browser';

/**
 * Reading offline (src/offline/): a page the reader opened is kept by the service worker and reads
 * the same without a network, styles, formulas and all; a page never opened says so in both
 * languages; the path page saves a whole path on request. Every wait is on a condition.
 */
let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Waits until the worker is active and the page, with what it loaded, is in the cache. */
async function kept(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	await expect
		.poll(() => page.evaluate((name) => caches.open(name).then((c) => c.match(location.origin + location.pathname)).then(Boolean), OFFLINE_CACHE), { timeout: 30_000 })
		.toBe(true);
	// Everything the page loaded is stored too: the last resource is the slowest to arrive.
	await expect
		.poll(
			() =>
				page.evaluate(async (name) => {
					const cache = await caches.open(name);
					const loaded = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(location.origin));
					return (await Promise.all(loaded.map((u) => cache.match(u)))).every(Boolean);
				}, OFFLINE_CACHE),
			{ timeout: 30_000 },
		)
		.toBe(true);
}

describe('reading offline', () => {
	test('an opened page reloads without a network, with its styles and formulas; an unopened one says it was not saved', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(`${site}/calculus/derivative/`);
		const title = await page.locator('h1').first().textContent();
		await kept(page);

		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('h1').first().textContent()).toBe(title);
		// Styled (Starlight's layout, not the browser's defaults) and with KaTeX laid out by its stylesheet.
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).position)).toBe('fixed');
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.katex-mathml')!).position)).toBe('absolute');
		// The same page with a practice seed in its address is the same page.
		await page.goto(`${site}/calculus/derivative/?p=slope-7#practice`);
		expect(await page.locator('h1').first().textContent()).toBe(title);

		await page.goto(`${site}/calculus/gradient/`);
		expect(await page.locator('h1').first().textContent()).toBe('Нет сети');
		expect(await page.locator('body').textContent()).toContain('You have not opened this page before');
		await context.close();
	});

	test('the path page saves the pages of a path, says how much, and they read offline without having been opened', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(`${site}/en/path/?to=topic:calculus/chain-rule`);
		await kept(page);
		const steps = await page.locator('.path-steps li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')!));
		await page.locator('[data-action="save-offline"]').click();
		await expect.poll(() => page.locator('.path-offline-status').getAttribute('data-saved'), { timeout: 60_000 }).toBe(String(steps.length));
		expect(await page.locator('.path-offline-status').textContent()).toMatch(new RegExp(`^${steps.length} pages saved \\(\\d+\\.\\d MB\\)`));

		await context.setOffline(true);
		await page.goto(`${site}/en/${steps.at(-1)}/`);
		expect(await page.locator('h1').first().textContent()).not.toBe('Нет сети');
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).position)).toBe('fixed');
		await context.close();
	});
});

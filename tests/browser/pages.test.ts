import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, SCREENSHOTS, screenshotWholePage } from '../helpers/browser';

/** One page of each type, in both languages. */
const PAGES = [
	{ name: 'home-ru', path: '/' },
	{ name: 'home-en', path: '/en/' },
	{ name: 'matrix-multiplication-ru', path: '/linear-algebra/matrix-multiplication/' },
	{ name: 'matrix-multiplication-en', path: '/en/linear-algebra/matrix-multiplication/' },
	{ name: 'activation-functions-ru', path: '/neural-networks/activation-functions/' },
	{ name: 'activation-functions-en', path: '/en/neural-networks/activation-functions/' },
	{ name: 'dense-layer-ru', path: '/neural-networks/dense-layer/' },
	{ name: 'dense-layer-en', path: '/en/neural-networks/dense-layer/' },
	{ name: 'roadmap-ru', path: '/roadmap/' },
	{ name: 'roadmap-en', path: '/en/roadmap/' },
	{ name: 'path-ru', path: '/path/?to=track:internals' },
	{ name: 'path-en', path: '/en/path/' },
];

const VIEWPORTS = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 360, height: 740 },
];

let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

/** Opens a page and records console errors, failed requests and requests to other origins. */
async function visit(page: Page, path: string) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
	page.on('request', (r) => {
		if (!r.url().startsWith(site) && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	const response = await page.goto(site + path, { waitUntil: 'networkidle' });
	return { response, errors, foreign };
}

describe('every page type renders cleanly', () => {
	for (const viewport of VIEWPORTS) {
		test.each(PAGES)(`$name at ${viewport.name} width`, async ({ name, path }) => {
			const context = await browser.newContext({ viewport: viewport });
			const page = await context.newPage();
			const { response, errors, foreign } = await visit(page, path);
			expect(response?.status()).toBe(200);
			await screenshotWholePage(page, join(SCREENSHOTS, `${name}-${viewport.name}.png`));
			// Nothing wider than the screen: a formula or table that overflows must scroll inside itself.
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			await context.close();
			expect(errors).toEqual([]);
			expect(foreign, 'requests that left the site').toEqual([]);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
});

describe('the site title is shown whole on a phone', () => {
	// Starlight sets it on one line at heading size; at 360 px «Математика для нейросетей» was cut
	// mid-word (src/styles/site.css sets it smaller and lets it wrap).
	test.each([
		{ path: '/', width: 360 },
		{ path: '/', width: 320 },
		{ path: '/en/', width: 320 },
	])('$path at $width px', async ({ path, width }) => {
		const context = await browser.newContext({ viewport: { width, height: 640 } });
		const page = await context.newPage();
		await page.goto(site + path);
		const title = await page.evaluate(() => {
			const text = document.querySelector('.site-title span')!;
			const search = document.querySelector('nn-search button')!.getBoundingClientRect();
			const box = text.getBoundingClientRect();
			return { hidden: text.scrollWidth - text.clientWidth, right: box.right, searchLeft: search.left, text: text.textContent };
		});
		await context.close();
		expect(title.hidden, `${title.text}: ${title.hidden}px of it cut off`).toBeLessThanOrEqual(0);
		expect(title.right, 'the title runs under the search button').toBeLessThanOrEqual(title.searchLeft);
	});
});

describe("a topic's prerequisites", () => {
	// Each reason is a full sentence; after the title and a dash it read «Производная — Частная
	// производная — …», so it sits on its own line under the title (TopicBefore.astro, site.css).
	// The reasons are in the box's fold («Подробнее о теме»), opened here as a reader opens it.
	test.each(['/calculus/partial-derivatives/', '/en/calculus/partial-derivatives/'])('%s shows each reason under its title', async (path) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(site + path);
		await page.locator('.topic-more > summary').click();
		const items = await page.locator('.topic-before .prerequisites li').evaluateAll((lis) =>
			lis.map((li) => ({
				title: li.querySelector('a')!.getBoundingClientRect().bottom,
				why: li.querySelector('.prerequisite-why')?.getBoundingClientRect().top ?? -1,
				text: li.textContent!,
			})),
		);
		await context.close();
		expect(items.length).toBeGreaterThan(1);
		for (const item of items) {
			expect(item.title, `${item.text}: not shown`).toBeGreaterThan(0);
			expect(item.why, `${item.text}: the reason is not under the title`).toBeGreaterThanOrEqual(item.title);
			expect(item.text).not.toMatch(/^[^—]+ — [A-ZА-ЯЁ]/);
		}
	});
});

import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { serveStatic } from '../helpers/static-server';

/**
 * Nothing moves while a page is still arriving (issue #19: CLS 0 everywhere). Over a slow link the
 * browser paints the part of a page it has, and what the rest adds must not push what is already on
 * screen. The server here holds the rest of each page back at a chosen point (before the main column,
 * before the language menu), so that first paint happens every time, and the page's layout shifts are
 * summed as Chrome reports them (the same numbers Lighthouse's CLS adds up).
 * Found this way: on every desktop page with a table of contents, the table first filled the whole
 * content column and then jumped to the right (0.41); the header's menus slid left (0.0008).
 */
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const PAGES = ['/resources/', '/en/linear-algebra/vectors/', '/neural-networks/backpropagation/', '/roadmap/', '/'];
/** Where the rest of the page is held back: before the main column, and inside the header. */
const PAUSES = ['<div class="main-pane', '<starlight-lang-select'];

let browser: Browser;
const servers: Server[] = [];
const sites = new Map<string, string>();
beforeAll(async () => {
	browser = await launchBrowser();
	for (const before of PAUSES) {
		const { url, server } = await serveStatic(DIST, {}, '/', { before, ms: 300 });
		servers.push(server);
		sites.set(before, url);
	}
});
afterAll(async () => {
	await browser?.close();
	for (const s of servers) s.close();
});

/** The page's layout shifts once it has loaded, its fonts are in and `ready` (a selector) is there, with what moved. */
async function shifts(site: string, path: string, viewport: { width: number; height: number }, ready?: string): Promise<{ total: number; moved: string[] }> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: { value: number; moved: string[] }[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] }[]) {
				if (!e.hadRecentInput) w.shifts.push({ value: e.value, moved: e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName))) });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(site + path, { waitUntil: 'load' });
	if (ready) await page.waitForSelector(ready, { state: 'attached' });
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	});
	const list = await page.evaluate(() => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts);
	await context.close();
	return { total: list.reduce((s, e) => s + e.value, 0), moved: list.flatMap((e) => e.moved) };
}

describe('a page that arrives in parts does not move', () => {
	test('the held-back server does hold the page back: the first part is painted alone', async () => {
		const context = await browser.newContext({ viewport: DESKTOP });
		const page = await context.newPage();
		await page.goto(`${sites.get(PAUSES[0]!)}/resources/`, { waitUntil: 'commit' });
		await page.waitForSelector('header', { state: 'attached' });
		expect(await page.locator('.main-pane').count()).toBe(0);
		await page.waitForSelector('.main-pane', { state: 'attached' });
		await context.close();
	});

	for (const before of PAUSES) {
		test.each(PAGES.flatMap((path) => [DESKTOP, PHONE].map((viewport) => [path, viewport] as const)))(`held back at ${before}: %s at %o`, async (path, viewport) => {
			const { total, moved } = await shifts(sites.get(before)!, path, viewport);
			expect(total, `moved: ${moved.join(', ')}`).toBe(0);
		});
	}
});

/**
 * Pages whose content a script computes from the reader's saved progress: what a first visit shows is
 * in the server HTML, and the parts that need a script are removed only where scripts do not run.
 */
describe('a page filled in by its script does not move when the script runs', () => {
	test.each([
		['/placement/', '[data-placement][data-ready]'],
		['/en/placement/', '[data-placement][data-ready]'],
		['/review/', '.review-summary[data-due]'],
		['/path/', '.path-steps li'],
	] as const)('%s', async (path, ready) => {
		for (const viewport of [DESKTOP, PHONE]) {
			const { total, moved } = await shifts(inject('siteUrl'), path, viewport, ready);
			expect(total, `${viewport.width} px, moved: ${moved.join(', ')}`).toBe(0);
		}
	});
});

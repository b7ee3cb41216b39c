import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { DIST } from './dist';
import { scrollAndHydrate } from './hydration';

/**
 * First-load weight of a page as a browser sees it: every request it makes while loading and while
 * the reader scrolls to the end (so lazily hydrated widgets and every font the page uses count),
 * each measured as the gzip size of the file in `dist/` — what a host with compression sends. The
 * page is measured only once every widget on it has hydrated.
 * Bytes, not seconds: the result is the same on a busy machine.
 */
export interface PageWeight {
	total: number;
	byKind: Record<'html' | 'css' | 'js' | 'font' | 'image' | 'other', number>;
	requests: { path: string; bytes: number }[];
	/** Requests to any other origin (fonts, scripts, images from elsewhere): the site promises none. */
	foreign: string[];
}

function kindOf(path: string): keyof PageWeight['byKind'] {
	if (path.endsWith('/') || path.endsWith('.html')) return 'html';
	if (path.endsWith('.css')) return 'css';
	if (/\.m?js$/.test(path)) return 'js';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (/\.(png|svg|jpe?g|webp|avif|ico)$/.test(path)) return 'image';
	return 'other';
}

/**
 * Starts recording what `page` requests; `weigh()` stops and sizes it. Requests the page made before
 * (an earlier visit in the same tab) do not count.
 */
export function recordRequests(page: Page, site: string): { weigh(): PageWeight } {
	const paths = new Set<string>();
	const foreign: string[] = [];
	const onRequest = (r: Request) => {
		const url = new URL(r.url());
		if (url.origin === site) paths.add(url.pathname);
		else if (url.protocol !== 'data:') foreign.push(r.url());
	};
	page.on('request', onRequest);
	return {
		weigh() {
			page.off('request', onRequest);
			const byKind: PageWeight['byKind'] = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
			const requests = [...paths].map((p) => {
				const file = join(DIST, decodeURIComponent(p), p.endsWith('/') ? 'index.html' : '');
				const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
				byKind[kindOf(p)] += bytes;
				return { path: p, bytes };
			});
			return { total: requests.reduce((s, r) => s + r.bytes, 0), byKind, requests, foreign };
		},
	};
}

/**
 * Turns the browser's HTTP and memory caches off for this tab (DevTools' "Disable cache"), so one
 * tab can visit page after page and each still costs what a first visit costs.
 */
export async function disableCache(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
}

/**
 * Loads `path` in `page` (whose cache is off, see `disableCache`) as a first-time reader: load, scroll
 * to the end with every widget hydrated (tests/helpers/hydration.ts fails otherwise), network quiet.
 */
export async function visitAndWeigh(page: Page, site: string, path: string): Promise<PageWeight> {
	const recorder = recordRequests(page, site);
	await page.goto(site + path, { waitUntil: 'load' });
	await scrollAndHydrate(page);
	await page.waitForLoadState('networkidle');
	return recorder.weigh();
}

/** The first-load weight of one page in a fresh browser context (the benchmark's way). */
export async function measurePage(browser: Browser, site: string, path: string, viewport = { width: 1280, height: 900 }): Promise<PageWeight> {
	const context = await browser.newContext({ viewport });
	try {
		return await visitAndWeigh(await context.newPage(), site, path);
	} finally {
		await context.close();
	}
}

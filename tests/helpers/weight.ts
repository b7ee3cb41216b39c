import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DIST } from './dist';

/**
 * First-load weight of a page as a browser sees it: every request it makes while loading and while
 * the reader scrolls to the end (so lazily hydrated widgets and every font the page uses count),
 * each measured as the gzip size of the file in `dist/` — what a host with compression sends.
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

export async function measurePage(browser: Browser, site: string, path: string, viewport = { width: 1280, height: 900 }): Promise<PageWeight> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const paths = new Set<string>();
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin === site) paths.add(url.pathname);
		else if (url.protocol !== 'data:') foreign.push(r.url());
	});
	await page.goto(site + path, { waitUntil: 'networkidle' });
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 30));
		}
	});
	await page.waitForLoadState('networkidle');
	await context.close();
	const byKind: PageWeight['byKind'] = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
	const requests = [...paths].map((p) => {
		const file = join(DIST, decodeURIComponent(p), p.endsWith('/') ? 'index.html' : '');
		const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
		byKind[kindOf(p)] += bytes;
		return { path: p, bytes };
	});
	return { total: requests.reduce((s, r) => s + r.bytes, 0), byKind, requests, foreign };
}

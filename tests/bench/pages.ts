/**
 * First-load bytes per page type, measured as the browser tests measure budgets (tests/helpers/weight.ts):
 * every same-origin request a page makes while loading and scrolling, each counted as the gzip size
 * of its file in dist/. "Search opened" is the home page plus what opening the search dialog fetches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DIST, builtPages, contentPages, walk } from '../helpers/dist';
import { measurePage } from '../helpers/weight';
import { topicIds } from './synthetic';
import { ROOT, type Section } from './util';

export const PAGE_TYPES = ['home', 'roadmap', 'text_topic', 'math_topic', 'widget_topic', 'search_opened'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * One URL path per page type, chosen from the built HTML: a Russian topic page with KaTeX and no
 * island is the math topic, one with an `<astro-island>` the widget topic, one with neither the text
 * topic (the glossary or the resources page stand in while no topic is text-only).
 */
export function pickPages(): { picks: Partial<Record<PageType, string>>; notes: string[] } {
	const notes: string[] = [];
	const byPath = new Map(builtPages().map((p) => [p.path, p.html]));
	const topics = topicIds(ROOT)
		.map((id) => `/${id}/`)
		.filter((path) => byPath.has(path));
	const hasMath = (html: string) => html.includes('class="katex');
	const hasIsland = (html: string) => html.includes('<astro-island');
	const picks: Partial<Record<PageType, string>> = { home: '/', search_opened: '/' };
	if (byPath.has('/roadmap/')) picks.roadmap = '/roadmap/';
	picks.math_topic = topics.find((p) => hasMath(byPath.get(p)!) && !hasIsland(byPath.get(p)!));
	picks.widget_topic = topics.find((p) => hasIsland(byPath.get(p)!));
	picks.text_topic = topics.find((p) => !hasMath(byPath.get(p)!) && !hasIsland(byPath.get(p)!));
	if (!picks.text_topic) {
		picks.text_topic = ['/glossary/', '/resources/'].find((p) => byPath.has(p) && !hasMath(byPath.get(p)!) && !hasIsland(byPath.get(p)!));
		if (picks.text_topic) notes.push(`text topic: no topic page is text-only yet, ${picks.text_topic} stands in`);
	}
	for (const type of PAGE_TYPES) if (!picks[type]) notes.push(`${type}: no such page in the build`);
	return { picks, notes };
}

/** How many of the heaviest pages Lighthouse measures besides one page per type. */
export const HEAVIEST = 3;

/**
 * The Russian content pages with the most elements, heaviest first (the English twin of a page has
 * the same math, so it would only repeat it). Element count is what the issue found costs: style,
 * layout and the table-of-contents script all grow with it, and KaTeX makes most of it. Chosen
 * from the build, so a new heavy page is measured without anyone naming it.
 */
export function heaviestPages(count = HEAVIEST): { path: string; elements: number }[] {
	return contentPages()
		.filter((p) => !p.path.startsWith('/en/'))
		.map((p) => {
			let elements = 0;
			walk(p.tree, () => elements++);
			return { path: p.path, elements };
		})
		.sort((a, b) => b.elements - a.elements)
		.slice(0, count);
}

/** Gzip bytes a host sends for a file of dist/; Pagefind's files are gzip already and are sent as they are. */
function wireBytes(path: string): number {
	const file = join(DIST, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) return 0;
	const data = readFileSync(file);
	return data[0] === 0x1f && data[1] === 0x8b ? data.length : gzipSync(data, { level: 9 }).length;
}

/** Bytes fetched when the search dialog is opened on `path` (after the page has loaded), and their count. */
async function searchOpenDelta(browser: Browser, site: string, path: string): Promise<{ bytes: number; requests: number }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	const seen = new Set<string>();
	let opened = false;
	const extra = new Set<string>();
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin !== site) return;
		if (opened && !seen.has(url.pathname)) extra.add(url.pathname);
		seen.add(url.pathname);
	});
	await page.goto(site + path, { waitUntil: 'networkidle' });
	opened = true;
	await page.locator('button[data-open-modal]').first().click();
	await page.locator('dialog[open] .sb-input').waitFor({ timeout: 30_000 });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	await context.close();
	return { bytes: [...extra].reduce((s, p) => s + wireBytes(p), 0), requests: extra.size };
}

export async function measurePages(browser: Browser, site: string, picks: Partial<Record<PageType, string>>): Promise<Section> {
	const out: Section = {};
	for (const type of PAGE_TYPES) {
		const path = picks[type];
		if (!path) continue;
		const weight = await measurePage(browser, site, path);
		if (type === 'search_opened') {
			// The page's own load, plus what opening the dialog adds (the Pagefind UI, its CSS, wasm and metadata).
			const delta = await searchOpenDelta(browser, site, path);
			out[`${type}_bytes`] = weight.total + delta.bytes;
			out[`${type}_added_bytes`] = delta.bytes;
			out[`${type}_requests`] = weight.requests.length + delta.requests;
			continue;
		}
		out[`${type}_bytes`] = weight.total;
		out[`${type}_html_bytes`] = weight.byKind.html;
		out[`${type}_css_bytes`] = weight.byKind.css;
		out[`${type}_js_bytes`] = weight.byKind.js;
		out[`${type}_font_bytes`] = weight.byKind.font;
		out[`${type}_image_bytes`] = weight.byKind.image;
		out[`${type}_requests`] = weight.requests.length;
	}
	return out;
}

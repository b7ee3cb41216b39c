import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { openSearch, typeQuery } from '../helpers/site-search';
import ru from '../../content/i18n/ru.json';
import en from '../../content/i18n/en.json';

let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Opens the site's search dialog on `path`, types `query` and returns the results' links and excerpts. */
async function search(page: Page, path: string, query: string) {
	await page.goto(site + path);
	await page.locator('button[data-open-modal]').first().click();
	const input = page.locator('dialog[open] input[type="search"], dialog[open] .sb-input');
	await input.waitFor();
	await input.fill(query);
	const results = page.locator('dialog[open] .sb-result');
	await results.first().waitFor({ timeout: 15_000 });
	// Pagefind UI first draws each result as a grey placeholder with no link, then fills it once that
	// page's fragment has loaded; reading before then gives an empty href (a CI run failed that way).
	await page.waitForFunction(
		() => {
			const shown = [...document.querySelectorAll('dialog[open] .sb-result')];
			return shown.length > 0 && shown.every((r) => r.querySelector('a.sb-link[href]'));
		},
		undefined,
		{ timeout: 15_000 },
	);
	return results.evaluateAll((nodes) =>
		nodes.map((n) => ({
			href: n.querySelector('a')?.getAttribute('href') ?? '',
			// The page's excerpt and its sections' (the box shows both), one per line.
			excerpt: [...n.querySelectorAll('.sb-excerpt')].map((e) => e.textContent ?? '').join('\n'),
		})),
	);
}

/** The page's visible text, to prove a query form really is absent from it. */
async function pageText(page: Page, path: string) {
	await page.goto(site + path);
	return (await page.locator('main').innerText()).toLowerCase();
}

describe('search', () => {
	test('finds the Russian page from an inflected form that the page does not contain', async () => {
		const page = await browser.newPage();
		// «умножению» (dative) never appears on the page, which says «умножение», «умножения».
		expect(await pageText(page, '/linear-algebra/matrix-multiplication/')).not.toContain('умножению');
		const results = await search(page, '/', 'умножению');
		expect(results[0]!.href).toMatch(/\/linear-algebra\/matrix-multiplication\/(#.*)?$/);
		await page.close();
	});

	test('finds the English page by an English word, searching only the English index', async () => {
		const page = await browser.newPage();
		expect(await pageText(page, '/en/linear-algebra/matrix-multiplication/')).not.toContain('multiplying');
		const results = await search(page, '/en/', 'multiplying');
		expect(results[0]!.href).toMatch(/\/en\/linear-algebra\/matrix-multiplication\/(#.*)?$/);
		expect(results.every((r) => r.href.includes('/en/'))).toBe(true);
		await page.close();
	});

	test('keeps KaTeX markup out of the excerpts', async () => {
		const page = await browser.newPage();
		// The page's formulas are next to this word; their TeX source must not leak into the excerpt.
		const results = await search(page, '/', 'индекс');
		expect(results.length).toBeGreaterThan(0);
		for (const { excerpt } of results) expect(excerpt).not.toMatch(/\\[a-z]+|[_^]\{|\{ij\}/);
		await page.close();
	});

	test("keeps a sentence's formula in its excerpt as readable text", async () => {
		const page = await browser.newPage();
		// The page writes «угол ровно $90^\circ$ (векторы перпендикулярны)»: the excerpt must read «90°»,
		// not lose the formula («угол ровно  (векторы …») as it did while formulas were only kept out.
		const results = await search(page, '/', 'угол ровно перпендикулярны');
		const dot = results.find((r) => r.href.includes('/linear-algebra/dot-product/'));
		expect(dot?.excerpt).toMatch(/угол ровно 90° \(векторы перпендикулярны\)/);
		await page.close();
	});

	test('fetches the search box and index only on intent, and opening it costs at most 75 KiB', async () => {
		const page = await browser.newPage();
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto(`${site}/linear-algebra/matrix-multiplication/`, { waitUntil: 'networkidle' });
		// Starlight's own search component imports the UI on idle: wait for two idle periods of this
		// page (a condition, not a time), after which such an import would have been requested.
		for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
		await page.waitForLoadState('networkidle');
		const searchy = (p: string) => p.startsWith('/pagefind/') || /box|pagefind/i.test(p);
		expect(fetched.filter(searchy)).toEqual([]);
		const before = fetched.length;
		// Intent: the pointer over the button starts loading, before any click.
		// Listening before the hover: the request may be sent before hover() returns.
		const entry = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
		await page.locator('button[data-open-modal]').first().hover();
		await entry;
		// Opening loads the index's entry, metadata and WebAssembly (not yet any index chunk): wait for the last.
		const wasm = page.waitForResponse((r) => /\/pagefind\/wasm\.ru\.pagefind$/.test(new URL(r.url()).pathname));
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] .sb-input').waitFor();
		await wasm;
		const opened = [...new Set(fetched.slice(before))];
		// Our box, not Pagefind's bundled UI; no worker (noWorker); the vocabulary waits for the first query.
		expect(opened.filter((p) => /pagefind-ui|pagefind-worker|vocabulary/.test(p))).toEqual([]);
		expect(opened).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.ru.pagefind']));
		const bytes = opened.reduce((sum, p) => {
			const file = join(DIST, p);
			if (!existsSync(file)) return sum;
			const data = readFileSync(file);
			return sum + (data[0] === 0x1f && data[1] === 0x8b ? data.length : gzipSync(data, { level: 9 }).length);
		}, 0);
		console.log(`opening search fetched ${opened.length} files, ${(bytes / 1024).toFixed(1)} KiB gzip: ${opened.join(' ')}`);
		expect(bytes).toBeLessThanOrEqual(75 * 1024);
		await page.close();
	});

	test('the arrow keys walk from the box to the results and back; Enter follows a result', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/`);
		await page.keyboard.press('/');
		const input = page.locator('dialog[open] .sb-input');
		await input.waitFor();
		await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		await input.fill('градиент');
		await page.locator('dialog[open] .sb-result a').first().waitFor();
		await page.keyboard.press('ArrowDown');
		const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(first).toBe(await page.locator('dialog[open] .sb-result a').first().getAttribute('href'));
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === new URL(first!, site).pathname);
		// Escape closes the dialog (the native <dialog>).
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] .sb-input').waitFor();
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
		await page.close();
	});
});

test('a keystroke that leaves the query as it was (a space at its end) searches and redraws nothing', async () => {
	const page = await browser.newPage();
	await page.goto(`${site}/`);
	await openSearch(page);
	await typeQuery(page, 'градиент', [ru['pagefind.searching']]);
	const status = page.locator('dialog[open] .sb-status');
	const before = await status.innerText();
	await page.locator('dialog[open] .sb-result').first().evaluate((el) => el.setAttribute('data-kept', ''));
	await page.locator('dialog[open] .sb-input').fill('градиент ');
	// The box answers an input event at once (it sets «searching…» before any await), so the line is checked right after it.
	expect(await status.innerText()).toBe(before);
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	expect(await page.locator('dialog[open] .sb-result[data-kept]').count()).toBe(1);
	expect(await status.innerText()).toBe(before);
	await page.close();
});

/**
 * A pasted error message (src/search/error-query.ts, error-answer.ts): the known error comes first,
 * above the ordinary results, titled in the page's language and linked to its section on the error
 * page; the catalogue is fetched only for such a query.
 */
describe('search with a pasted error message', () => {
	const PASTED = 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3 and 2x5)';
	const LANGS = [
		{ lang: 'ru', path: '/', errors: '/errors/', searching: [ru['pagefind.searching']], ordinary: 'градиент' },
		{ lang: 'en', path: '/en/', errors: '/en/errors/', searching: [en['pagefind.searching']], ordinary: 'gradient' },
	] as const;
	/** The error-answer chunks: the catalogue, the matcher and one language's words. */
	const errorChunk = (p: string) => /\/_astro\/error-answer-(?:ru|en)\./.test(p);
	/** A page at `path` with its search dialog open, and every path it requests. */
	const dialogOn = async (path: string) => {
		const page = await browser.newPage();
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto(site + path);
		await openSearch(page);
		return { page, fetched };
	};

	for (const { lang, path, errors, searching, ordinary } of LANGS) {
		test(`${lang}: the known error first, with its section on the error page; the ordinary results below`, async () => {
			const { page, fetched } = await dialogOn(path);
			const results = await typeQuery(page, PASTED, searching);
			const block = page.locator('dialog[open] .sb-error');
			await block.locator('a').waitFor();
			expect(await block.getAttribute('data-error')).toBe('mat1-mat2-shapes');
			// One language's words only.
			expect(fetched.filter(errorChunk)).toEqual([expect.stringContaining(`/error-answer-${lang}.`)]);
			// First: above the results, in the dialog's order and on the screen.
			expect(results.length).toBeGreaterThan(0);
			const [blockBox, firstBox] = [await block.boundingBox(), await page.locator('dialog[open] .sb-result').first().boundingBox()];
			expect(blockBox!.y + blockBox!.height).toBeLessThanOrEqual(firstBox!.y);
			// What it means, with the pasted numbers.
			expect(await block.locator('.sb-excerpt').innerText()).toMatch(/4×3\)·\(2×5/);
			const link = block.locator('a');
			const title = (await link.innerText()).trim();
			expect(await link.getAttribute('href')).toBe(`${errors}#mat1-mat2-shapes`);
			// The arrow key reaches it first.
			await page.keyboard.press('ArrowDown');
			expect(await page.evaluate(() => document.activeElement?.closest('.sb-error') !== null)).toBe(true);
			await link.click();
			await page.waitForURL((url) => url.pathname === errors && url.hash === '#mat1-mat2-shapes');
			// The link lands on that error's section, whose heading is the title the box showed.
			expect((await page.locator('h3#mat1-mat2-shapes').innerText()).trim()).toBe(title);
			await page.close();
		});

		test(`${lang}: an ordinary query shows no error block and loads no catalogue; a message it does not know offers the error page`, async () => {
			const { page, fetched } = await dialogOn(path);
			const results = await typeQuery(page, ordinary, searching);
			expect(results.length).toBeGreaterThan(0);
			expect(await page.locator('dialog[open] .sb-error').isHidden()).toBe(true);
			expect(fetched.filter(errorChunk)).toEqual([]);

			const unknown = 'ValueError: shapes (2,3) and (2,3) not aligned';
			await typeQuery(page, unknown, searching);
			const offer = page.locator('dialog[open] .sb-error a.sb-error-offer');
			await offer.waitFor();
			expect(await page.locator('dialog[open] .sb-error').getAttribute('data-error')).toBe('');
			// Typing on to an ordinary query takes the block away again.
			await typeQuery(page, ordinary, searching);
			expect(await page.locator('dialog[open] .sb-error').isHidden()).toBe(true);
			await typeQuery(page, unknown, searching);
			await offer.click();
			// The error page opens on the message: its box holds it and answers with the closest known errors.
			await page.waitForURL((url) => url.pathname === errors && url.searchParams.get('msg') === unknown);
			await expect.poll(() => page.locator('[data-errors]').getAttribute('data-state')).toBe('unknown');
			expect(await page.locator('[data-errors] textarea').inputValue()).toBe(unknown);
			await page.close();
		});
	}
});

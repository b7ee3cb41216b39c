import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { keepFragment } from '../../src/links/redirect-pages';
import { launchBrowser, SCREENSHOTS } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';

/** Links into the site as a forum reader uses them: copy a section's link, land on a section, mistype an address. */

let browser: Browser;
const site = inject('siteUrl');
const RU = '/linear-algebra/matrix-multiplication/';
const EN = '/en/linear-algebra/matrix-multiplication/';

beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

async function desktop(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
	return { context, page: await context.newPage() };
}

const controls = (page: Page, id: string) => page.locator(`.hl-heading:has(> #${id}) .hl-controls`);
const opacity = (page: Page, id: string) => controls(page, id).evaluate((e) => getComputedStyle(e).opacity);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

describe('heading link controls', () => {
	test('appear on hover and on keyboard focus, and copy the link and a Markdown link by keyboard', async () => {
		const { context, page } = await desktop();
		await page.goto(site + RU);
		await page.locator('#idea').scrollIntoViewIfNeeded();
		expect(await opacity(page, 'idea')).toBe('0');
		await page.locator('#idea').hover();
		await expect.poll(() => opacity(page, 'idea'), { timeout: 5_000 }).toBe('1');
		await page.mouse.move(0, 0);
		await expect.poll(() => opacity(page, 'idea'), { timeout: 5_000 }).toBe('0');

		// Keyboard only: the self-link, then the two buttons, in tab order.
		await controls(page, 'idea').locator('a.hl-anchor').focus();
		await expect.poll(() => opacity(page, 'idea'), { timeout: 5_000 }).toBe('1');
		await page.keyboard.press('Tab');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(await focused()).toBe('Скопировать ссылку на раздел «Идея»');
		await page.keyboard.press('Enter');
		const url = `${await canonical(page)}#idea`;
		await expect.poll(() => clipboard(page), { timeout: 5_000 }).toBe(url);
		await expect.poll(() => page.locator('.hl-status').textContent(), { timeout: 5_000 }).toBe('Ссылка скопирована');
		await page.locator('.hl-heading:has(> #idea)').screenshot({ path: join(SCREENSHOTS, 'heading-controls-ru.png') });

		await page.keyboard.press('Tab');
		expect(await focused()).toBe('Скопировать ссылку на раздел «Идея» в формате Markdown для форума');
		await page.keyboard.press('Space');
		await expect.poll(() => clipboard(page), { timeout: 5_000 }).toBe(`[Умножение матриц — Идея](${url})`);
		await expect.poll(() => page.locator('.hl-status').textContent(), { timeout: 5_000 }).toBe('Ссылка в Markdown скопирована');
		await context.close();
	});

	test('are labelled in English on English pages, and the Markdown link escapes brackets', async () => {
		const { context, page } = await desktop();
		await page.goto(site + EN);
		const link = controls(page, 'shapes').locator('button[data-copy="link"]');
		const heading = (await page.locator('#shapes').textContent())!.trim();
		expect(await link.getAttribute('aria-label')).toBe(`Copy the link to the section “${heading}”`);
		expect(await controls(page, 'shapes').locator('a').getAttribute('aria-label')).toBe(`Link to the section “${heading}”`);
		await page.locator('#shapes').hover();
		await controls(page, 'shapes').locator('button[data-copy="markdown"]').click();
		await expect.poll(() => clipboard(page), { timeout: 5_000 }).toBe(`[Matrix multiplication — ${heading}](${await canonical(page)}#shapes)`);
		await expect.poll(() => page.locator('.hl-status').textContent(), { timeout: 5_000 }).toBe('Markdown link copied');
		await context.close();
	});

	test('are always visible on a touch screen', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto(site + RU);
		expect(await opacity(page, 'idea')).toBe('1');
		await page.locator('#shapes').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SCREENSHOTS, 'heading-controls-phone.png') });
		// Nothing wider than the screen, controls included.
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await context.close();
	});

	test('without JavaScript a heading keeps its plain self-link and shows no dead buttons', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site + RU);
		expect(await controls(page, 'idea').locator('button').first().isVisible()).toBe(false);
		const anchor = controls(page, 'idea').locator('a.hl-anchor');
		await anchor.focus();
		expect(await anchor.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.url(), { timeout: 5_000 }).toBe(`${site}${RU}#idea`);
		await context.close();
	});
});

describe('landing on a section', () => {
	test.each([RU, EN])('a link to %s#shapes scrolls the heading to the top, below the header', async (path) => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site}${path}#shapes`);
		await expect
			.poll(() => page.locator('#shapes').evaluate((h) => Math.round(h.getBoundingClientRect().top)), { timeout: 5_000 })
			.toBeGreaterThan(await page.locator('header').first().evaluate((h) => h.getBoundingClientRect().bottom - 1));
		expect(await page.locator('#shapes').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(250);
		await page.close();
	});
});

describe('a renamed page', () => {
	let server: Server;
	let origin = '';
	beforeAll(async () => {
		// Astro's redirect page, as the build writes it for `redirects`, with and without the fragment script.
		const dir = mkdtempSync(join(tmpdir(), 'redirect-'));
		const astroRedirect = (to: string) =>
			`<!doctype html><title>Redirecting to: ${to}</title><meta http-equiv="refresh" content="0;url=${to}"><meta name="robots" content="noindex"><body><a href="${to}">Redirecting to <code>${to}</code></a></body>`;
		for (const [path, html] of [
			['old/index.html', keepFragment(astroRedirect('/new/'))],
			['plain/index.html', astroRedirect('/new/')],
			['404.html', '<!doctype html><title>Not found</title>'],
			['new/index.html', `<!doctype html><title>New</title><body><div style="height:3000px"></div><h2 id="shapes">Shapes</h2><div style="height:3000px"></div></body>`],
		]) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), html);
		}
		({ server, url: origin } = await serveStatic(dir));
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	test('its redirect page carries the #fragment over to the new address', async () => {
		const page = await browser.newPage();
		await page.goto(`${origin}/old/#shapes`);
		await page.waitForURL(`${origin}/new/#shapes`);
		await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(2000);
		// Which is needed: the bare meta refresh drops it.
		await page.goto(`${origin}/plain/#shapes`);
		await page.waitForURL(`${origin}/new/`);
		await page.close();
	});
});

describe('the 404 page', () => {
	test('offers the closest topics and a search prefilled with the address’s words', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const response = await page.goto(`${site}/linear-algebra/matrix-multiplicaton/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Страница не найдена');
		expect(await page.locator('.nf-path').textContent()).toBe('/linear-algebra/matrix-multiplicaton/');
		const first = page.locator('.nf-closest li a').first();
		expect(await first.textContent()).toBe('Умножение матриц');
		expect(await first.getAttribute('href')).toBe(RU);
		expect(await page.locator('#nf-query').inputValue()).toBe('matrix multiplicaton');
		await page.screenshot({ path: join(SCREENSHOTS, '404-ru.png') });

		await page.locator('#nf-query').fill('матриц');
		await page.locator('#nf-query').press('Enter');
		const results = page.locator('dialog[open] .sb-result');
		await results.first().waitFor({ timeout: 15_000 });
		// Several topics are about matrices; the first result must be one of them.
		expect(await results.first().locator('a').first().getAttribute('href')).toMatch(/\/linear-algebra\/matri(ces|x-multiplication)\//);
		await page.close();
	});

	test('an English address gets the English 404 page, with the address kept in the address bar', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site}/en/linear-algebra/matrix-multiplicaton/#idea`);
		await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		await expect.poll(() => page.evaluate(() => location.pathname + location.search + location.hash), { timeout: 15_000 }).toBe('/en/linear-algebra/matrix-multiplicaton/#idea');
		const first = page.locator('.nf-closest li a').first();
		await first.waitFor();
		expect(await first.textContent()).toBe('Matrix multiplication');
		expect(await first.getAttribute('href')).toBe(EN);
		await page.screenshot({ path: join(SCREENSHOTS, '404-en.png') });
		await page.close();
	});

	test('opened on purpose, it shows no "not found" address, and without JavaScript it still lists every topic', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/en/404/`);
		expect(await page.locator('.nf-requested').isVisible()).toBe(false);
		await page.close();
		const context = await browser.newContext({ javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(`${site}/calculus/nothing/`);
		await noJs.locator('.nf-all summary').click();
		expect(await noJs.locator('.nf-all a[href="/linear-algebra/matrix-multiplication/"]').count()).toBe(1);
		await context.close();
	});
});

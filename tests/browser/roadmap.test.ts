import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROADMAP_UI } from '../../src/i18n/roadmap';
import { launchBrowser } from '../helpers/browser';

/**
 * The roadmap as a reader sees it: the whole map on a laptop screen at the default zoom with labels
 * at the body size; on a phone, the text view first and the drawing on request, with hints for touch;
 * and on the splash pages (home, roadmap), a phone menu where the theme and language can be switched.
 */
let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PAGES = [
	['ru', '/roadmap/'],
	['en', '/en/roadmap/'],
] as const;

/** Waits for the roadmap script: it shows the zoom toolbar. */
const ready = (page: Page) => page.waitForSelector('.roadmap-toolbar[data-ready]', { state: 'attached' });

describe.each(PAGES)('the %s roadmap on a 1280×800 laptop', (lang, path) => {
	test.each(['light', 'dark'])('shows every topic inside the window at the default zoom, labels at body size (%s)', async (theme) => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto(site + path);
		await ready(page);
		const result = await page.evaluate(() => {
			const body = parseFloat(getComputedStyle(document.querySelector('.sl-markdown-content p') ?? document.body).fontSize);
			const nodes = [...document.querySelectorAll<SVGAElement>('a.rm-node')].map((a) => {
				const r = a.querySelector('rect')!.getBoundingClientRect();
				const text = a.querySelector('text')!;
				// The size the label is drawn at: its font size times the drawing's scale on screen.
				const size = parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a;
				return { id: a.dataset.id!, left: r.left, top: r.top, right: r.right, bottom: r.bottom, size };
			});
			return { body, nodes, width: innerWidth, height: innerHeight, scrollY, theme: document.documentElement.dataset.theme };
		});
		expect(result.theme).toBe(theme);
		expect(result.scrollY).toBe(0);
		expect(result.nodes).toHaveLength(48);
		expect(result.body).toBeGreaterThanOrEqual(16);
		for (const n of result.nodes) {
			expect(n.left, `${n.id} left`).toBeGreaterThanOrEqual(0);
			expect(n.top, `${n.id} top`).toBeGreaterThanOrEqual(0);
			expect(n.right, `${n.id} right`).toBeLessThanOrEqual(result.width);
			expect(n.bottom, `${n.id} bottom`).toBeLessThanOrEqual(result.height);
			expect(n.size, `${n.id} label size`).toBeGreaterThanOrEqual(result.body - 0.01);
		}
		await page.close();
	});

	test('zoom enlarges the drawing for detail, and the toggles highlight progress and the short route', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(site + path);
		await ready(page);
		const width = () => page.locator('svg.roadmap-svg').evaluate((svg) => svg.getBoundingClientRect().width);
		const before = await width();
		await page.getByRole('button', { name: ROADMAP_UI[lang].zoomIn }).click();
		expect(await width()).toBeGreaterThan(before * 1.2);
		expect(await page.locator('.roadmap-scroll').evaluate((s) => s.scrollWidth > s.clientWidth)).toBe(true);

		const opacity = (id: string) => page.locator(`a.rm-node[data-id="${id}"]`).evaluate((a) => getComputedStyle(a).opacity);
		await page.getByLabel(ROADMAP_UI[lang].highlightShort).check();
		// On the short route to backpropagation: the chain rule; not on it: integrals.
		expect(await opacity('calculus/chain-rule')).toBe('1');
		expect(await opacity('calculus/integrals')).not.toBe('1');
		await expect.poll(() => page.locator('.rm-short-link').isVisible()).toBe(true);
		expect(await page.locator('.rm-short-link').getAttribute('href')).toContain('route=short');
		await page.getByLabel(ROADMAP_UI[lang].highlightShort).uncheck();
		expect(await opacity('calculus/integrals')).toBe('1');

		await page.evaluate(() => localStorage.setItem('nn-math:progress', JSON.stringify({ v: 3, topics: { 'linear-algebra/vectors': 'known' }, placed: {} })));
		await page.reload();
		await ready(page);
		await page.getByLabel(ROADMAP_UI[lang].highlightProgress).check();
		expect(await opacity('linear-algebra/vectors')).toBe('1');
		expect(await opacity('calculus/integrals')).not.toBe('1');
		await page.close();
	});
});

describe.each(PAGES)('the %s roadmap on a 360 px phone', (lang, path) => {
	test('shows the text view first, the drawing on request, and hints for touch', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(site + path);
		await ready(page);
		const drawing = page.locator('.roadmap-drawing');
		const toggle = page.getByRole('button', { name: ROADMAP_UI[lang].showDrawing });
		expect(await drawing.isVisible()).toBe(false);
		expect(await page.locator('.roadmap-text').isVisible()).toBe(true);
		await toggle.click();
		expect(await drawing.isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: ROADMAP_UI[lang].hideDrawing }).getAttribute('aria-expanded')).toBe('true');
		// The drawing keeps its natural size there, labels readable, and pans.
		expect(await page.locator('.roadmap-scroll').evaluate((s) => s.scrollWidth > s.clientWidth)).toBe(true);
		expect(await page.locator('.rm-hint-touch').isVisible()).toBe(true);
		expect(await page.locator('.rm-hint-pointer').isVisible()).toBe(false);
		await context.close();
	});
});

describe.each([
	['/', '/en/', 'ru'],
	['/roadmap/', '/en/roadmap/', 'ru'],
	['/en/', '/', 'en'],
	['/en/roadmap/', '/roadmap/', 'en'],
])('the splash page %s on a 360 px phone', (path, other) => {
	test('has a menu where the theme and the language can be switched', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(site + path);
		const menu = page.locator('details.splash-menu');
		expect(await menu.locator('summary').isVisible()).toBe(true);
		const theme = menu.locator('starlight-theme-select select');
		expect(await theme.isVisible()).toBe(false);
		await menu.locator('summary').click();
		expect(await theme.isVisible()).toBe(true);
		await theme.selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await theme.selectOption('light');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		const language = menu.locator('starlight-lang-select select');
		expect(await language.isVisible()).toBe(true);
		await Promise.all([page.waitForURL(new URL(other, site + '/').href), language.selectOption({ index: path.startsWith('/en/') ? 0 : 1 })]);
		// The theme chosen is kept on the other language's page.
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		await context.close();
	});
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { planPath, routeHours, targetTopics } from '../../src/graph/plan';
import { pathQuery, SHORT_ROUTE_GOAL } from '../../src/graph/targets';
import { validateContent } from '../../src/graph/validate';
import { formatHours } from '../../src/i18n/ui';
import { launchBrowser, SCREENSHOTS, screenshotWholePage } from '../helpers/browser';

/**
 * The home page's first action, the short route to backpropagation, is visible without scrolling on a
 * phone and on a laptop, and the path page it opens shows that route.
 */
let browser: Browser;
const site = inject('siteUrl');
const { graph } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
const goals = targetTopics(graph!, SHORT_ROUTE_GOAL);
const shortRoute = planPath(graph!, goals, new Set(), 'short');

beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

const VIEWPORTS = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 },
];
const CASES = ['/', '/en/'].flatMap((path) =>
	VIEWPORTS.flatMap((viewport) => (['light', 'dark'] as const).map((scheme) => ({ path, viewport, scheme }))),
);

describe('the home page’s short route link', () => {
	test.each(CASES)('is above the fold at $path, $viewport.width×$viewport.height, $scheme', async ({ path, viewport, scheme }) => {
		const context = await browser.newContext({ viewport, colorScheme: scheme });
		const page = await context.newPage();
		await page.goto(site + path);
		const link = page.locator('main a.home-short-route');
		await link.waitFor();
		const box = (await link.boundingBox())!;
		const firstInMain = await page.evaluate(() => document.querySelector('main a[href]')?.className ?? '');
		const name = `home-${path === '/' ? 'ru' : 'en'}-${viewport.width}x${viewport.height}-${scheme}.png`;
		await page.screenshot({ path: join(SCREENSHOTS, name) });
		await context.close();
		expect(box.y + box.height, `bottom of the link at ${box.y}+${box.height}`).toBeLessThanOrEqual(viewport.height);
		expect(box.y).toBeLessThan(viewport.height);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
		expect(firstInMain).toContain('home-short-route');
	});
});

describe('the path page on the short route', () => {
	test.each([
		{ lang: 'ru', prefix: '', viewport: VIEWPORTS[0]!, summary: 'Короткий путь: осталось' },
		{ lang: 'en', prefix: '/en', viewport: VIEWPORTS[1]!, summary: 'Short route:' },
	] as const)('shows the planner’s short route ($lang, $viewport.width px)', async ({ lang, prefix, viewport, summary }) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await page.goto(`${site}${prefix}/path/${pathQuery(SHORT_ROUTE_GOAL, 'short')}`);
		await page.waitForSelector('.path-progress:not([hidden])');
		const steps = await page.locator('.path-steps li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
		const text = await page.locator('.path-summary').textContent();
		const hint = await page.locator('.path-route-hint').isVisible();
		const share = await page.locator('.path-share-url').inputValue();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await screenshotWholePage(page, join(SCREENSHOTS, `path-short-${lang}-${viewport.width}.png`));
		await context.close();
		expect(steps).toEqual(shortRoute);
		expect(text).toContain(summary);
		expect(text).toContain(formatHours(routeHours(graph!, shortRoute, 'short'), lang));
		expect(hint).toBe(true);
		expect(new URL(share).searchParams.get('route')).toBe('short');
		expect(overflow, 'the page is wider than the screen').toBeLessThanOrEqual(0);
	});

	test('keeps an older link without a route on the full path, and switches routes in place', async () => {
		const context = await browser.newContext({ viewport: VIEWPORTS[1] });
		const page = await context.newPage();
		await page.goto(`${site}/path/${pathQuery(SHORT_ROUTE_GOAL, 'full')}`);
		await page.waitForSelector('.path-progress:not([hidden])');
		const ids = () => page.locator('.path-steps li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
		expect(await ids()).toEqual(planPath(graph!, goals));
		expect(await page.locator('.path-route-hint').isVisible()).toBe(false);
		await page.locator('select[name="route"]').selectOption('short');
		await expect.poll(ids).toEqual(shortRoute);
		expect(new URL(page.url()).searchParams.get('route')).toBe('short');
		await page.locator('select[name="route"]').selectOption('full');
		await expect.poll(ids).toEqual(planPath(graph!, goals));
		expect(new URL(page.url()).searchParams.has('route')).toBe(false);
		await context.close();
	});
});

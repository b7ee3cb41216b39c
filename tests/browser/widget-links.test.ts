import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { copyLink, openWidget } from '../widgets/browser-kit';
import { launchBrowser } from '../helpers/browser';

/**
 * Links that land where they point (issue #18): a link copied from a widget opens at that widget
 * (src/links/widget-landing.ts), and a code block's copy button copies the code (src/links/code-copy.ts).
 */
let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Where the widget's top is on screen, and how far the page is scrolled. */
const placement = (page: import('playwright-core').Page, cls: string) =>
	page.evaluate((c) => ({ top: document.querySelector(`.${c}`)!.closest('.widget')!.getBoundingClientRect().top, y: scrollY, h: innerHeight }), cls);

describe('a widget’s shared link', () => {
	test.each([
		['/calculus/derivative/#pitfalls', 'derivative', 'dv.f=sin'],
		['/en/neural-networks/training-loop/', 'training', 'tr.'],
	] as const)('copied on %s opens at the widget, whatever section the sharer was at', async (path, cls, param) => {
		const first = await openWidget(browser, `${site}${path}`, cls);
		if (cls === 'derivative') await first.widget.getByLabel('Функция').selectOption('sin');
		const link = await copyLink(first.widget);
		await first.close();
		expect(link).toContain(param);
		expect(new URL(link).hash).toBe('');

		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(link);
		// Waits for the landing itself (a condition, not a clock): the widget's top on the first screen.
		await page.waitForFunction((c) => {
			const top = document.querySelector(`.${c}`)?.closest('.widget')?.getBoundingClientRect().top ?? -1;
			return top >= 0 && top < innerHeight / 2;
		}, cls);
		const at = await placement(page, cls);
		expect(at.y).toBeGreaterThan(0);
		await context.close();
	});

	test('an address with a section keeps that section, and one without widget state stays at the top', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${site}/calculus/derivative/?dv.f=sin#pitfalls`);
		await page.waitForFunction(() => {
			const top = document.getElementById('pitfalls')?.getBoundingClientRect().top ?? -1;
			return top >= 0 && top < 200;
		});
		await page.goto(`${site}/calculus/derivative/?utm_source=habr`);
		await page.waitForLoadState('load');
		expect(await page.evaluate(() => scrollY)).toBe(0);
		await context.close();
	});
});

describe('a code block’s copy button', () => {
	test.each([
		['/linear-algebra/vectors/', 'Копировать', 'Код скопирован'],
		['/en/linear-algebra/vectors/', 'Copy', 'Code copied'],
	] as const)('%s: copies the snippet exactly and says so', async (path, label, done) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
		const page = await context.newPage();
		await page.goto(`${site}${path}`);
		const block = page.locator('.code-block').first();
		const button = block.locator('button.code-copy');
		await button.waitFor({ state: 'visible' });
		expect(await button.textContent()).toBe(label);
		// The button sits inside the block, not over the page's edge at phone width.
		const [b, box] = [await button.boundingBox(), await block.boundingBox()];
		expect(b!.x + b!.width).toBeLessThanOrEqual(box!.x + box!.width);
		await button.click();
		await expect.poll(() => button.textContent()).toBe(done);
		const code = await block.locator('pre').textContent();
		expect(code).toContain('import numpy');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		await expect.poll(() => page.locator('.hl-status').textContent()).toBe(done);
		await context.close();
	});
});

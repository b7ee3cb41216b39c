import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fmt } from '../../src/widgets/lib/format';
import { launchBrowser } from '../helpers/browser';

/**
 * A reader who types into a widget before it has hydrated keeps what they typed
 * (src/widgets/lib/adopt-early-edits.ts). The widget's script is held back by the test until the
 * reader has chosen a function and typed a point, so the typing surely comes first; then the script
 * is let through, and the widget must compute from what the boxes show, not from its defaults.
 */
let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('typing before a widget hydrates', () => {
	test.each([
		['ru', '/calculus/derivative/', 'Функция', 'Точка x₀', '0,5'],
		['en', '/en/calculus/derivative/', 'Function', 'Point x₀', '0.5'],
	] as const)('%s: the function chosen and the point typed early are what the widget computes', async (lang, path, fnLabel, xLabel, x) => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${site}${path}`);
		const island = page.locator('astro-island:has(.derivative)').first();
		const component = new URL((await island.getAttribute('component-url'))!, site).href;
		let requested!: () => void;
		const seen = new Promise<void>((r) => (requested = r));
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route(component, async (route) => {
			requested();
			await held;
			await route.continue();
		});

		const widget = page.locator('.derivative').first();
		await widget.scrollIntoViewIfNeeded();
		await seen;
		expect(await island.getAttribute('ssr')).not.toBeNull();
		await widget.getByLabel(fnLabel, { exact: true }).selectOption('sin');
		await widget.getByLabel(xLabel).fill(x);
		release();

		await page.waitForFunction((el) => !el.hasAttribute('ssr'), await island.elementHandle());
		await expect.poll(() => widget.locator('.wexact').textContent()).toBe(fmt(Math.cos(0.5), lang, 6));
		expect(await widget.locator('.wsec').textContent()).toBe(fmt(Math.sin(1.5) - Math.sin(0.5), lang, 6));
		expect(await widget.getByLabel(fnLabel, { exact: true }).inputValue()).toBe('sin');
		expect(await widget.getByLabel(xLabel).inputValue()).toBe(x);
		// It keeps working: the next edit after hydration is computed as usual.
		await widget.getByLabel(xLabel).fill('0');
		await expect.poll(() => widget.locator('.wexact').textContent()).toBe('1');
		expect(errors).toEqual([]);
		await context.close();
	});
});

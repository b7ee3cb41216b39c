import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';

let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the shape explorer island', () => {
	test('is server-rendered, hydrates, and recomputes the verdict as sizes change', async () => {
		const context = await browser.newContext({ javaScriptEnabled: true });
		const page = await context.newPage();
		await page.goto(`${site}/linear-algebra/matrix-multiplication/`);
		const widget = page.locator('.shape-explorer');
		await widget.scrollIntoViewIfNeeded();
		await expect.poll(() => widget.locator('.verdict').first().textContent()).toContain('(4×2)·(2×3) → (4×3)');
		// client:visible hydrates once the island is on screen; astro-island loses its `ssr` attribute then.
		await page.waitForSelector('astro-island:not([ssr]) .shape-explorer');
		const inputs = widget.locator('input');
		await inputs.nth(2).fill('3');
		await expect.poll(() => widget.locator('.verdict').first().textContent()).toContain('у первой матрицы 2 столбца, а у второй 3 строки');
		await context.close();
	});

	test('shows an inline message for nonsense and keeps the last good verdict', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/en/linear-algebra/matrix-multiplication/`);
		const widget = page.locator('.shape-explorer');
		await widget.scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr]) .shape-explorer');
		await widget.locator('input').nth(3).fill('-5');
		await expect.poll(() => widget.locator('[role="alert"]').textContent()).toContain('whole number from 1 to 16');
		expect(await widget.locator('.verdict').first().textContent()).toContain('(4×3)');
		await widget.locator('input').nth(3).fill('8');
		await expect.poll(() => widget.locator('.verdict').first().textContent()).toContain('(4×8)');
		expect(await widget.locator('[role="alert"]').count()).toBe(0);
		await page.close();
	});

	test('reads without JavaScript: the initial verdict is in the HTML', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site}/en/linear-algebra/matrix-multiplication/`);
		expect(await page.locator('.shape-explorer .verdict').first().textContent()).toContain('Result: a 4×3 matrix.');
		await context.close();
	});
});

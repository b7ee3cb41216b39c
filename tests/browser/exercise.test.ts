import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';

let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('self-check exercises', () => {
	test('check answers in either decimal notation and explain unreadable input', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/linear-algebra/matrix-multiplication/`);
		const exercises = page.locator('section.exercise');
		expect(await exercises.count()).toBeGreaterThanOrEqual(2);
		const shape = exercises.nth(0);
		const feedback = shape.locator('.exercise-feedback');
		await shape.locator('input').fill('5x3');
		await shape.locator('button[type="submit"]').click();
		expect(await feedback.getAttribute('data-verdict')).toBe('wrong');
		await shape.locator('input').fill('3 × 5');
		await shape.locator('input').press('Enter');
		expect(await feedback.textContent()).toBe('Верно!');
		const number = exercises.nth(1);
		await number.locator('input').fill('сорок семь');
		await number.locator('button[type="submit"]').click();
		expect(await number.locator('.exercise-feedback').textContent()).toContain('введите число');
		await number.locator('input').fill('47,0');
		await number.locator('button[type="submit"]').click();
		expect(await number.locator('.exercise-feedback').getAttribute('data-verdict')).toBe('correct');
		await page.close();
	});

	test('without JavaScript the answer box is hidden and the solution still opens', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site}/en/linear-algebra/matrix-multiplication/`);
		const first = page.locator('section.exercise').first();
		expect(await first.locator('form').isVisible()).toBe(false);
		await first.locator('.exercise-solution summary').click();
		expect(await first.locator('.exercise-solution').textContent()).toContain('three rows from the first matrix');
		await context.close();
	});
});

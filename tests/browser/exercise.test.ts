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

	test('a pasted megabyte is refused at once with a message, and the box keeps working', async () => {
		for (const [path, says] of [
			['/linear-algebra/matrix-multiplication/', 'Ответ слишком длинный'],
			['/en/linear-algebra/matrix-multiplication/', 'The answer is too long'],
		] as const) {
			const page = await browser.newPage();
			await page.goto(`${site}${path}`);
			const number = page.locator('section.exercise').nth(1);
			const input = number.locator('input');
			const feedback = number.locator('.exercise-feedback');
			await input.waitFor({ state: 'visible' });
			// The input that froze the tab for over 30 s: 2^20 digits and a letter at the end.
			await input.fill(`${'1'.repeat(1_048_576)}x`);
			await number.locator('button[type="submit"]').click();
			await page.waitForFunction((el) => el?.getAttribute('data-verdict') === 'long', await feedback.elementHandle());
			expect(await feedback.textContent()).toContain(says);
			expect(await input.getAttribute('aria-invalid')).toBe('true');
			await input.fill('47');
			await input.press('Enter');
			await page.waitForFunction((el) => el?.getAttribute('data-verdict') === 'correct', await feedback.elementHandle());
			await page.close();
		}
	});

	test('an English page accepts the answer as its solution prints it, with a thousands comma', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/en/linear-algebra/tensors-and-broadcasting/`);
		const exercise = page.locator('section.exercise').filter({ hasText: '(32, 3, 28, 28)' });
		const solution = exercise.locator('.exercise-solution');
		await solution.locator('summary').click();
		const printed = /\d+,\d{3}/.exec((await solution.textContent()) ?? '')?.[0];
		expect(printed).toBe('75,264');
		// Typed with Enter, as a reader copying the number would: the page's language reaches the checker.
		await exercise.locator('input').fill(printed!);
		await exercise.locator('input').press('Enter');
		await page.waitForFunction((el) => el?.getAttribute('data-verdict') === 'correct', await exercise.locator('.exercise-feedback').elementHandle());
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

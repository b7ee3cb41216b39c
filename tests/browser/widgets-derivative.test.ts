import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fmt } from '../../src/widgets/lib/format';
import { launchBrowser } from '../helpers/browser';
import { copyLink, expectLabelled, expectNoOverflow, openWidget } from '../widgets/browser-kit';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the derivative widget', () => {
	test('pick a function and a point, shrink h with the keyboard, break the input, copy and reopen the link', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/calculus/derivative/`, 'derivative');
		await expectLabelled(widget);
		await widget.getByLabel('Функция').selectOption('sin');
		await widget.getByLabel('Точка x₀').fill('0,5');
		await expect.poll(() => widget.locator('.wexact').textContent()).toBe(fmt(Math.cos(0.5), 'ru', 6));
		const secant = (h: number) => fmt((Math.sin(0.5 + h) - Math.sin(0.5)) / h, 'ru', 6);
		expect(await widget.locator('.wsec').textContent()).toBe(secant(1));

		// Ten presses of ← on the slider: h = 10^−1.
		const slider = widget.getByRole('slider');
		await slider.focus();
		for (let i = 0; i < 10; i++) await slider.press('ArrowLeft');
		await expect.poll(() => widget.locator('.wsec').textContent()).toBe(secant(0.1));
		expect(await widget.textContent()).toContain('Шаг h = 0,1');

		await widget.getByLabel('Точка x₀').fill('abc');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('Точка x₀: не число');
		expect(await widget.locator('.wsec').textContent()).toBe(secant(0.1));
		await widget.getByLabel('Функция').selectOption('ln');
		await widget.getByLabel('Точка x₀').fill('-1');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('больше нуля');
		await widget.getByLabel('Точка x₀').fill('2');
		await expect.poll(() => widget.locator('.wexact').textContent()).toBe('0,5');

		const link = await copyLink(widget);
		expect(link).toContain('dv.f=ln');
		const sec = await widget.locator('.wsec').textContent();
		await close();
		const again = await openWidget(browser, link, 'derivative');
		await expect.poll(() => again.widget.locator('.wsec').textContent()).toBe(sec);
		expect(await again.widget.getByLabel('Функция').inputValue()).toBe('ln');
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('a hostile link is refused, and the widget fits a phone', async () => {
		const { page, widget, problems, close } = await openWidget(
			browser,
			`${site}/en/calculus/derivative/?dv.f=__proto__&dv.e=%`,
			'derivative',
			360,
		);
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
		expect(await widget.locator('.wexact').textContent()).toBe('2');
		await expectNoOverflow(page);
		expect(problems).toEqual([]);
		await close();
	});
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fmt } from '../../src/widgets/lib/format';
import { checkDescent, DESCENT_DEFAULTS, descend } from '../../src/widgets/state/descent';
import { launchBrowser } from '../helpers/browser';
import { copyLink, expectLabelled, expectNoOverflow, openWidget } from '../widgets/browser-kit';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Where descent ends with these settings, as the widget words it, computed here with the core. */
function end(texts: Record<string, string>): string {
	const r = checkDescent({ ...DESCENT_DEFAULTS, ...texts });
	if (!('ok' in r)) throw new Error('refused');
	const p = descend(r.ok);
	const k = p.xs.length - 1;
	return `После ${k} шагов: x = ${fmt(p.xs[k], 'ru')}, f = ${fmt(p.fs[k], 'ru')}.`;
}

describe('the gradient-descent widget', () => {
	test('presets show the regimes, momentum and steps by keyboard, broken input, link round trip', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/calculus/gradient-descent/`, 'gradient-descent');
		await expectLabelled(widget);
		const result = widget.locator('.wresult');
		expect(await result.textContent()).toContain(end({}));
		for (const [name, says] of [
			['слишком большой (1,05)', 'Расходится'],
			['колебания (0,9)', 'Колеблется'],
			['крошечный (0,01)', 'Медленно'],
			['хороший (0,3)', 'Сходится'],
		]) {
			await widget.getByRole('button', { name }).click();
			await expect.poll(() => result.textContent()).toContain(says);
		}
		const momentum = widget.getByLabel('Моментум (β = 0,9)');
		await momentum.focus();
		await momentum.press('Space');
		await expect.poll(() => result.textContent()).toContain(end({ b: '1' }));
		const steps = widget.getByRole('slider');
		await steps.focus();
		await steps.press('End');
		await expect.poll(() => result.textContent()).toContain(end({ b: '1', n: '100' }));

		await widget.getByLabel('Скорость обучения η').fill('abc');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('Скорость обучения η: не число');
		await widget.getByLabel('Скорость обучения η').fill('0');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('больше нуля');
		expect(await result.textContent()).toContain(end({ b: '1', n: '100' }));

		// The bumpy curve: descent and annealing side by side.
		await widget.getByLabel('Функция потерь', { exact: true }).selectOption('bumpy');
		await expect.poll(() => widget.locator('figure').count()).toBe(2);
		await widget.getByLabel('Зерно отжига').fill('3');
		await expect.poll(() => result.count()).toBe(2);
		const texts = await result.allTextContents();

		const link = await copyLink(widget);
		expect(link).toContain('gd.m=bumpy');
		await close();
		const again = await openWidget(browser, link, 'gradient-descent');
		await expect.poll(() => again.widget.locator('.wresult').allTextContents()).toEqual(texts);
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('2-D contours at phone width, and a hostile link refused', async () => {
		const { page, widget, problems, close } = await openWidget(
			browser,
			`${site}/en/calculus/gradient-descent/?gd.m=2d&gd.r=0.095`,
			'gradient-descent',
			360,
		);
		await expect.poll(() => widget.locator('ellipse').count()).toBe(6);
		expect(await widget.locator('.wresult').textContent()).toContain('Oscillates');
		await expectNoOverflow(page);
		await close();
		const bad = await openWidget(browser, `${site}/en/calculus/gradient-descent/?gd.m=%00%ZZ&gd.n=1e9`, 'gradient-descent');
		await expect.poll(() => bad.widget.getByRole('alert').textContent()).toContain('invalid state');
		expect([...problems, ...bad.problems]).toEqual([]);
		await bad.close();
	});
});

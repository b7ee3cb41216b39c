import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { copyLink, expectLabelled, expectNoOverflow, openWidget, tableRows } from '../widgets/browser-kit';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the convolution widget', () => {
	test('slide, pick an output, stride and padding, 2-D, a kernel too large, broken input, link round trip', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/neural-networks/convolution/`, 'convolution');
		await expectLabelled(widget);
		expect(await tableRows(widget, 'y = x ⋆ w')).toEqual([['1', '3', '−3', '−2']]);
		expect(await tableRows(widget, '∂L/∂w')).toEqual([['2', '4', '3']]);

		const out = widget.locator('figure.wm').filter({ hasText: 'y = x ⋆ w' }).locator('td');
		await out.nth(1).focus();
		await expect.poll(() => widget.locator('.wsum').textContent()).toBe('y₂ = 2·1 + 0·0 + (−1)·(−1) = 3');
		expect(await widget.locator('figure.wm').first().locator('td.hl').allTextContents()).toEqual(['2', '0', '−1']);

		await widget.getByLabel('Шаг (stride)').fill('2');
		await widget.getByLabel('Дополнение нулями (padding)').fill('1');
		await expect.poll(() => tableRows(widget, 'y = x ⋆ w')).toEqual([['−2', '3', '−2']]);
		expect((await tableRows(widget, 'x с дополнением'))[0]).toEqual(['0', '1', '2', '0', '−1', '3', '1', '0']);

		await widget.getByLabel('Вход x').fill('1 2');
		await widget.getByLabel('Дополнение нулями (padding)').fill('0');
		await expect.poll(() => widget.locator('.wmsg').textContent()).toContain('не помещается');
		await widget.getByLabel('Шаг (stride)').fill('abc');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('Шаг (stride): не число');
		await widget.getByLabel('Шаг (stride)').fill('1');

		await widget.getByLabel('Размерность').selectOption('2');
		await expect.poll(async () => (await tableRows(widget, 'y = x ⋆ w')).length).toBe(3);
		expect(await tableRows(widget, '∂L/∂w')).toHaveLength(2);
		await widget.getByLabel('Ядро w').fill('1 1\n1 1\n1 1\n1 1\n1 1');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('слишком большая матрица');
		await widget.getByLabel('Ядро w').fill('0 1\n1 0');
		await expect.poll(() => widget.getByRole('alert').count()).toBe(0);
		const y = await tableRows(widget, 'y = x ⋆ w');

		const link = await copyLink(widget);
		expect(link).toContain('cv.d=2');
		await close();
		const again = await openWidget(browser, link, 'convolution');
		await expect.poll(() => tableRows(again.widget, 'y = x ⋆ w')).toEqual(y);
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('a hostile link is refused, and the widget fits a phone', async () => {
		const { page, widget, problems, close } = await openWidget(
			browser,
			`${site}/en/neural-networks/convolution/?cv.d=2&cv.x=%E0%A4%A&cv.s=-1`,
			'convolution',
			360,
		);
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
		expect(await tableRows(widget, 'y = x ⋆ w')).toEqual([['1', '3', '−3', '−2']]);
		await expectNoOverflow(page);
		expect(problems).toEqual([]);
		await close();
	});
});

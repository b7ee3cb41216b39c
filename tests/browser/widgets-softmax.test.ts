import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { copyLink, expectLabelled, expectNoOverflow, openWidget } from '../widgets/browser-kit';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const column = (widget: import('playwright-core').Locator, c: number) => widget.locator(`tbody tr td:nth-of-type(${c})`).allTextContents();

describe('the softmax widget', () => {
	test('type logits, pick the class, break the input, copy the link, reopen the same state', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/neural-networks/softmax/`, 'softmax');
		await expectLabelled(widget);
		expect(await column(widget, 2)).toEqual(['0,659', '0,242', '0,0986']);
		await widget.getByLabel('Логиты z', { exact: false }).fill('0 0 0 0');
		await widget.getByLabel('Правильный класс').selectOption('4');
		await expect.poll(() => column(widget, 2)).toEqual(['0,25', '0,25', '0,25', '0,25']);
		expect(await column(widget, 4)).toEqual(['0,25', '0,25', '0,25', '−0,75']);
		expect(await widget.locator('.wloss').textContent()).toContain('= 1,386');

		// Stable for huge logits; nonsense gives a message and keeps the table.
		await widget.getByLabel('Логиты z', { exact: false }).fill('1000 0');
		await expect.poll(() => column(widget, 4)).toEqual(['1', '−1']);
		expect(await widget.getByLabel('Правильный класс').inputValue()).toBe('2');
		expect(await widget.locator('.wloss').textContent()).toContain('= 1000');
		await widget.getByLabel('Логиты z', { exact: false }).fill('1 2 abc');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('не число');
		await widget.getByLabel('Логиты z', { exact: false }).fill('5');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('нужно 2 числа, а дано 1');
		expect(await column(widget, 4)).toEqual(['1', '−1']);
		await widget.getByLabel('Логиты z', { exact: false }).fill('3 1 −2');

		const link = await copyLink(widget);
		expect(link).toContain('sm.z=');
		const grad = await column(widget, 4);
		await close();
		const again = await openWidget(browser, link, 'softmax');
		await expect.poll(() => column(again.widget, 4)).toEqual(grad);
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('a hostile link is refused, and the widget fits a phone', async () => {
		const { page, widget, problems, close } = await openWidget(
			browser,
			`${site}/en/neural-networks/softmax/?sm.z=${'9%20'.repeat(400)}&sm.y=-1`,
			'softmax',
			360,
		);
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
		expect(await column(widget, 2)).toEqual(['0.659', '0.242', '0.0986']);
		await expectNoOverflow(page);
		expect(problems).toEqual([]);
		await close();
	});
});

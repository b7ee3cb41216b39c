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

describe('the shape explorer', () => {
	test('type matrices, see which row and column made a number, explain a mismatch, copy and reopen the link', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/linear-algebra/matrix-multiplication/`, 'shape-explorer');
		await expectLabelled(widget);
		await widget.getByLabel('Числа A').fill('1 2\n3 4');
		await widget.getByLabel('Числа W').fill('5 6 7\n8 9 10');
		await expect
			.poll(() => tableRows(widget, 'A·W'))
			.toEqual([
				['21', '24', '27'],
				['47', '54', '61'],
			]);
		expect(await widget.locator('.verdict').textContent()).toContain('(2×2)·(2×3) → (2×3)');
		expect(await widget.getByLabel('Столбцов в W').inputValue()).toBe('3');

		// Focus a number of the result: its row of A and column of W light up, and the sum is written out.
		const product = widget.locator('figure.wm').filter({ hasText: 'A·W' }).locator('td');
		await product.nth(3).focus();
		await expect.poll(() => widget.locator('.wsum').textContent()).toBe('c₂,₁ = 3·5 + 4·8 = 47');
		expect(await widget.locator('figure.wm').first().locator('td.hl').allTextContents()).toEqual(['3', '4']);
		await widget.page().keyboard.press('Tab');
		await expect.poll(() => widget.locator('.wsum').textContent()).toBe('c₂,₂ = 3·6 + 4·9 = 54');
		expect(await widget.locator('figure.wm').nth(1).locator('td.hl').allTextContents()).toEqual(['6', '9']);

		// A mismatch is explained, with the two sizes that disagree marked.
		await widget.getByLabel('Строк в W').fill('3');
		await expect.poll(() => widget.locator('.verdict').textContent()).toContain('у первой матрицы 2 столбца, а у второй 3 строки');
		expect(await widget.locator('.wbad input').count()).toBe(2);
		await widget.getByLabel('Строк в W').fill('2');

		// Broken input: a message; the tables keep the last good state.
		await widget.getByLabel('Числа A').fill('1 2\n3');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('Числа A: в строках разное количество чисел');
		await widget.getByLabel('Числа A').fill(Array.from({ length: 50 }, () => Array(50).fill('1').join(' ')).join('\n'));
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('слишком большая матрица');
		await widget.getByLabel('Столбцов в A').fill('');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('пусто');
		expect((await tableRows(widget, 'A·W'))[0]).toEqual(['21', '24', '27']);
		await widget.getByLabel('Числа A').fill('1 2\n3 4');
		await expect.poll(() => widget.getByRole('alert').count()).toBe(0);

		const link = await copyLink(widget);
		expect(link).toContain('se.a=');
		await close();
		const again = await openWidget(browser, link, 'shape-explorer');
		await expect
			.poll(() => tableRows(again.widget, 'A·W'))
			.toEqual([
				['21', '24', '27'],
				['47', '54', '61'],
			]);
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('on its topic page at phone width, with a hostile link refused', async () => {
		const { page, widget, problems, close } = await openWidget(
			browser,
			`${site}/en/linear-algebra/matrix-multiplication/?se.m=999999&se.a=%3Cscript%3Ealert(1)%3C%2Fscript%3E`,
			'shape-explorer',
			360,
		);
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
		expect(await widget.locator('.verdict').textContent()).toContain('(4×2)·(2×3) → (4×3)');
		await expectNoOverflow(page);
		expect(problems).toEqual([]);
		await close();
	});
});

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

describe('the chain-rule widget', () => {
	test('type, step backwards node by node, break the input, copy the link, reopen the same step', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/calculus/chain-rule/`, 'chain-rule');
		await expectLabelled(widget);
		const graph = widget.locator('svg.wgraph');
		expect(await graph.textContent()).toContain('m = w·x = 3');

		// w = 2: m = 4, z = 3, a = 3, e = 2, L = 4 (the site's letters, content/notation/letters.yaml).
		await widget.getByLabel('Вес w').fill('2');
		await expect.poll(() => graph.textContent()).toContain('L = e² = 4');
		expect(await graph.textContent()).toContain('w̄ = ?');

		// One step with the keyboard: the loss node passes L̄ · ∂L/∂e = 1 · 2e = 4 to e; the bar keeps the gradient apart from the local derivative.
		const next = widget.getByRole('button', { name: 'Шаг назад по графу →' });
		await next.focus();
		await next.press('Enter');
		await expect.poll(() => widget.locator('.wexplain').textContent()).toContain('ē = L̄ · ∂L/∂e = 1 · 4 = 4');
		await widget.getByRole('button', { name: 'Все шаги' }).click();
		await expect.poll(() => graph.textContent()).toContain('w̄ = 8');
		expect(await graph.textContent()).toContain('b̄ = 4');
		await widget.getByRole('button', { name: '← Назад' }).click();
		await widget.getByRole('button', { name: '← Назад' }).click();
		await expect.poll(() => widget.locator('.wexplain').textContent()).toContain('Шаг 3 из 5');

		// Broken input: a message, the graph keeps the last good numbers.
		await widget.getByLabel('Вход x').fill('abc');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('Вход x: не число');
		expect(await graph.textContent()).toContain('L = e² = 4');
		await widget.getByLabel('Вход x').fill('1e308');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('слишком большое число');
		await widget.getByLabel('Вход x').fill('2');

		const link = await copyLink(widget);
		expect(link).toContain('cr.s=3');
		await close();
		const again = await openWidget(browser, link, 'chain-rule');
		await expect.poll(() => again.widget.locator('.wexplain').textContent()).toContain('Шаг 3 из 5');
		const text = await again.widget.locator('svg.wgraph').textContent();
		expect(text).toContain('L = e² = 4');
		expect(text).toContain('z̄ = 4');
		expect(text).toContain('w̄ = ?');
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('a hostile link is refused and the widget fits a phone', async () => {
		const { page, widget, problems, close } = await openWidget(
			browser,
			`${site}/en/calculus/chain-rule/?cr.s=99999999&cr.x=%3Cscript%3Ealert(1)%3C/script%3E`,
			'chain-rule',
			360,
		);
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
		expect(await widget.locator('.wexplain').textContent()).toContain('Step 0 of 5');
		await expectNoOverflow(page);
		expect(problems).toEqual([]);
		await close();
	});
});

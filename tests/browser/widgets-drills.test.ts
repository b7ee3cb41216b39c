import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { makeDrill } from '../../src/widgets/state/drills';
import { launchBrowser } from '../helpers/browser';
import { copyLink, expectLabelled, expectNoOverflow, openWidget } from '../widgets/browser-kit';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the drills widget', () => {
	test('answer by keyboard, wrong and unreadable answers, hint and solution, other kinds, link round trip', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/neural-networks/backpropagation/`, 'drills');
		await expectLabelled(widget);
		const shape = makeDrill('shape', 1);
		if (shape.kind !== 'shape') throw new Error();
		const answer = widget.getByLabel('Ваш ответ');
		const verdict = widget.locator('p[aria-live="polite"]').last();
		await answer.fill('abc');
		await answer.press('Enter');
		await expect.poll(() => verdict.textContent()).toContain('Не получается прочитать ответ');
		await answer.fill(`${shape.answer[0] + 1}x${shape.answer[1]}`);
		await answer.press('Enter');
		await expect.poll(() => verdict.textContent()).toContain('Неверно');
		await answer.fill(`${shape.answer[0]}×${shape.answer[1]}`);
		await answer.press('Enter');
		await expect.poll(() => verdict.textContent()).toBe('Верно!');
		const hint = widget.locator('summary', { hasText: 'Подсказка' });
		await hint.focus();
		await hint.press('Enter');
		expect(await widget.locator('details').first().getAttribute('open')).not.toBeNull();

		// A derivative, answered with a decimal comma.
		await widget.getByLabel('Тип задачи').selectOption('derivative');
		await widget.getByLabel('Зерно (seed)').fill('5');
		const deriv = makeDrill('derivative', 5);
		if (deriv.kind !== 'derivative') throw new Error();
		await answer.fill(deriv.answer.toFixed(2).replace('.', ','));
		await answer.press('Enter');
		await expect.poll(() => verdict.textContent()).toBe('Верно!');

		// Backprop by hand: the solution draws the whole graph with its gradients.
		await widget.getByLabel('Тип задачи').selectOption('backprop');
		await widget.getByLabel('Зерно (seed)').fill('7');
		const back = makeDrill('backprop', 7);
		if (back.kind !== 'backprop') throw new Error();
		expect(await widget.locator('.wquestion').textContent()).toContain(`Найдите ∂L/∂${back.target}`);
		await answer.fill(String(back.answer));
		await answer.press('Enter');
		await expect.poll(() => verdict.textContent()).toBe('Верно!');
		await widget.locator('summary', { hasText: 'Решение' }).click();
		await expect.poll(() => widget.locator('svg.wgraph').isVisible()).toBe(true);

		await widget.getByLabel('Зерно (seed)').fill('abc');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('Зерно (seed): не число');
		expect(await widget.locator('.wquestion').textContent()).toContain(`Найдите ∂L/∂${back.target}`);
		await widget.getByRole('button', { name: 'Новая задача' }).click();
		await expect.poll(() => widget.getByLabel('Зерно (seed)').inputValue()).toBe('8');
		const question = await widget.locator('.wquestion').textContent();

		const link = await copyLink(widget);
		expect(link).toContain('dr.s=8');
		await close();
		const again = await openWidget(browser, link, 'drills');
		await expect.poll(() => again.widget.locator('.wquestion').textContent()).toBe(question);
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('a hostile link is refused, and the widget fits a phone', async () => {
		const { page, widget, problems, close } = await openWidget(
			browser,
			`${site}/en/neural-networks/backpropagation/?dr.k=%3Cscript%3E&dr.s=99999999999`,
			'drills',
			360,
		);
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
		expect(await widget.locator('.wquestion').textContent()).toContain('What is the shape of');
		await expectNoOverflow(page);
		expect(problems).toEqual([]);
		await close();
	});
});

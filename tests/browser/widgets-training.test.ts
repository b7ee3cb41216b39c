import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fmt } from '../../src/widgets/lib/format';
import { checkTraining, createNet, evaluate, TRAIN_DEFAULTS, trainStep } from '../../src/widgets/state/training';
import { launchBrowser } from '../helpers/browser';
import { copyLink, expectLabelled, expectNoOverflow, openWidget } from '../widgets/browser-kit';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The status line the widget should show after `steps` steps with these settings, computed here with the core. */
function status(texts: Record<string, string>, steps: number): string {
	const r = checkTraining({ ...TRAIN_DEFAULTS, ...texts });
	if (!('ok' in r)) throw new Error('refused');
	const net = createNet(r.ok);
	for (let i = 0; i < steps; i++) trainStep(net);
	const { loss, accuracy } = evaluate(net);
	return `Шаг ${steps}: потеря ${fmt(loss, 'ru', 4)}, верно ${Math.round(accuracy * 100)} %.`;
}

describe('the training widget', () => {
	test('step, run and pause, break the input, copy the link, reopen the same network', async () => {
		const { widget, page, problems, close } = await openWidget(browser, `${site}/neural-networks/training-loop/`, 'training');
		await expectLabelled(widget);
		const line = widget.locator('.wstatus');
		expect(await line.textContent()).toBe(status({}, 0));
		await widget.getByRole('button', { name: '+1 шаг' }).click();
		await expect.poll(() => line.textContent()).toBe(status({}, 1));

		// Run, let it train, pause: the step count grows and the loss curve is drawn.
		await widget.getByRole('button', { name: 'Пуск' }).click();
		await expect.poll(async () => Number((await line.textContent())?.match(/Шаг (\d+)/)?.[1]), { timeout: 10_000 }).toBeGreaterThan(60);
		await widget.getByRole('button', { name: 'Пауза' }).click();
		const paused = await line.textContent();
		// Running, the widget trains on every animation frame: twenty frames later a paused one has not moved.
		await page.evaluate(() => new Promise<void>((done) => {
			let frames = 0;
			const tick = () => (++frames >= 20 ? done() : requestAnimationFrame(tick));
			requestAnimationFrame(tick);
		}));
		expect(await line.textContent()).toBe(paused);
		expect(await widget.locator('polyline').getAttribute('points')).toMatch(/\d/);

		// Another data set and width start over; nonsense in a field shows a message and changes nothing.
		await widget.getByLabel('Данные', { exact: true }).selectOption('circle');
		await widget.getByLabel('Нейронов k').fill('8');
		await expect.poll(() => line.textContent()).toBe(status({ d: 'circle', k: '8' }, 0));
		await widget.getByLabel('Скорость обучения η').fill('abc');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('Скорость обучения η: не число');
		await widget.getByLabel('Скорость обучения η').fill('1e308');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('слишком большое число');
		expect(await line.textContent()).toBe(status({ d: 'circle', k: '8' }, 0));
		await widget.getByLabel('Скорость обучения η').fill('0,3');
		for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: '+1 шаг' }).click();
		const expected = status({ d: 'circle', k: '8', r: '0,3' }, 3);
		await expect.poll(() => line.textContent()).toBe(expected);

		const link = await copyLink(widget);
		expect(link).toContain('tr.n=3');
		await close();
		const again = await openWidget(browser, link, 'training');
		await expect.poll(() => again.widget.locator('.wstatus').textContent()).toBe(expected);
		expect(await again.widget.getByLabel('Данные', { exact: true }).inputValue()).toBe('circle');
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('a hostile link is refused, and the widget fits a phone', async () => {
		const { page, widget, problems, close } = await openWidget(
			browser,
			`${site}/en/neural-networks/training-loop/?tr.n=1000000000&tr.d=%3Csvg%20onload%3Dalert(1)%3E`,
			'training',
			360,
		);
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
		expect(await widget.locator('.wstatus').textContent()).toContain('Step 0:');
		await expectNoOverflow(page);
		expect(problems).toEqual([]);
		await close();
	});
});

import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { NodeStep, SumStep } from '../../src/topics/neural-networks/backpropagation/two-layer';
import { bar } from '../../src/widgets/TwoLayerBackprop';
import { factor, fmt } from '../../src/widgets/lib/format';
import { LAST, PASS } from '../../src/widgets/state/two-layer';
import { launchBrowser } from '../helpers/browser';
import { copyLink, expectLabelled, expectNoOverflow, openWidget } from '../widgets/browser-kit';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const explain = (widget: Locator) => widget.locator('.wexplain').textContent();

describe('the two-layer backprop widget', () => {
	test('steps by button and by keyboard, shows the products and the sum over two paths, and its link reopens the same step at the widget', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/neural-networks/backpropagation/`, 'two-layer');
		await expectLabelled(widget);
		expect(await explain(widget)).toContain(`Шаг 0 из ${LAST}.`);

		// Two steps by button: the output node ŷ hands ŷ̄ · v₁ to a₁, one path only.
		const next = widget.getByRole('button', { name: 'Дальше →' });
		await next.click();
		await next.click();
		const y = PASS.steps[1] as NodeStep;
		const a1 = y.handed.find((h) => h.to === 'a₁')!;
		await expect.poll(() => explain(widget)).toContain(`Шаг 2 из ${LAST}.`);
		// ŷ̄ is ŷ with an overline (a macron would sit on the hat): the text reads ŷ, the mark is the class.
		expect(await explain(widget)).toContain(`${bar('a₁')} = ŷ · ∂ŷ/∂a₁ = ${fmt(y.grad, 'ru')} · ${factor(a1.local, 'ru')} = ${fmt(a1.product, 'ru')}`);
		expect(await widget.locator('.wexplain .ov').first().textContent()).toBe('ŷ');
		expect(await explain(widget)).toContain('a₁ питает только ŷ');
		expect(await widget.locator('svg.wnet g.cur').textContent()).toContain('ŷ');

		// The keyboard, on the drawing: End, Home, then → to the second input's sum and ← back to z₂.
		const svg = widget.locator('svg.wnet');
		await svg.focus();
		await svg.press('End');
		await expect.poll(() => explain(widget)).toContain(`Шаг ${LAST} из ${LAST}.`);
		await svg.press('Home');
		await expect.poll(() => explain(widget)).toContain(`Шаг 0 из ${LAST}.`);
		for (let i = 0; i < 7; i++) await svg.press('ArrowRight');
		const x1 = PASS.steps[6] as SumStep;
		await expect.poll(() => explain(widget)).toContain(`Шаг 7 из ${LAST}.`);
		expect(await explain(widget)).toContain(
			`${bar('x₁')} = ${bar('z₁')}·∂z₁/∂x₁ + ${bar('z₂')}·∂z₂/∂x₁ = ${x1.terms.map((t) => `${fmt(t.viaGrad, 'ru')}·${factor(t.local, 'ru')}`).join(' + ')}`,
		);
		expect(await explain(widget)).toContain(`= ${fmt(x1.grad, 'ru')}`);
		await svg.press('ArrowLeft');
		await expect.poll(() => explain(widget)).toContain(`Шаг 6 из ${LAST}.`);
		// z₂ adds the second path to x₁: the running sum before and after.
		const z2 = PASS.steps[5] as NodeStep;
		const toX1 = z2.handed.find((h) => h.to === 'x₁')!;
		expect(await explain(widget)).toContain(`второй путь: ${fmt(toX1.before, 'ru')} + ${factor(toX1.product, 'ru')} = ${fmt(toX1.after, 'ru')}`);

		const link = await copyLink(widget);
		expect(link).toContain('tl.s=6');
		expect(new URL(link).hash).toBe('#two-layer-widget');
		await close();

		// A fresh browser: the link lands at the widget's heading and opens step 6.
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const more: string[] = [];
		page.on('pageerror', (e) => more.push(e.message));
		await page.goto(link);
		await page.waitForFunction(() => {
			const island = document.querySelector('.two-layer')?.closest('astro-island');
			return !!island && !island.hasAttribute('ssr');
		});
		const again = page.locator('.two-layer');
		await expect.poll(() => explain(again)).toContain(`Шаг 6 из ${LAST}.`);
		expect(await again.locator('svg.wnet g.cur').textContent()).toContain('z₂');
		const top = await page.evaluate(() => document.getElementById('two-layer-widget')!.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(-5);
		expect(top).toBeLessThan(300);
		expect([...problems, ...more]).toEqual([]);
		await context.close();
	});

	for (const [bad, what] of [
		['99', 'out of range'],
		['%3Cscript%3Ealert(1)%3C/script%3E', 'a script'],
		['1.5', 'not whole'],
	] as const) {
		test(`a hostile step (${what}) shows a message, falls back to step 0, and the widget fits a phone`, async () => {
			const { page, widget, problems, close } = await openWidget(browser, `${site}/en/neural-networks/backpropagation/?tl.s=${bad}`, 'two-layer', 360);
			await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
			expect(await explain(widget)).toContain(`Step 0 of ${LAST}.`);
			await expectNoOverflow(page);
			// The drawing is not squeezed below a readable size on a phone.
			const width = await widget.locator('svg.wnet').evaluate((s) => s.getBoundingClientRect().width);
			expect(width).toBeGreaterThanOrEqual(280);
			// A step by button clears the message.
			await widget.getByRole('button', { name: 'Next →' }).click();
			await expect.poll(() => widget.getByRole('alert').count()).toBe(0);
			expect(await explain(widget)).toContain(`Step 1 of ${LAST}.`);
			expect(problems).toEqual([]);
			await close();
		});
	}
});

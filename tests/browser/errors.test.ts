import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, SCREENSHOTS } from '../helpers/browser';
import { expectNoOverflow, openWidget } from '../widgets/browser-kit';

/**
 * The error page in Chromium: a pasted traceback is explained with the reader's numbers and opens the
 * shapes widget on the same matrices; junk gets the fallback; the page's own link reproduces the
 * explanation; a phone in the dark theme shows it without overflow; the site search finds an
 * error's section by the words of its message. Every step waits for the page's state
 * (`data-state` on the box: the ids found, or `unknown`), never for a time.
 */

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

/** A page in a fresh context that records script errors. */
async function open(path: string, options: { width?: number; dark?: boolean } = {}): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
	const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.dark ? 'dark' : 'light' });
	if (options.dark) await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	await page.goto(site + path);
	return { page, context, problems };
}

/** Waits until the box has explained its text: the ids it found, or `unknown`. */
const stateOf = (page: Page) => page.locator('[data-errors]').getAttribute('data-state');

const TRACEBACK = [
	'Traceback (most recent call last):',
	'  File "C:\\Users\\me\\train.py", line 41, in <module>',
	'    out = model(x)',
	'  File "C:\\Python311\\Lib\\site-packages\\torch\\nn\\modules\\linear.py", line 116, in forward',
	'    return F.linear(input, self.weight, self.bias)',
	'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16) <img src=x onerror="window.pwned=1">',
].join('\r\n');

describe('the error page', () => {
	test('a pasted traceback is explained with its numbers, never as HTML, and opens the shapes widget on the same matrices', async () => {
		const { page, context, problems } = await open('/errors/');
		await page.getByLabel('Вставьте сообщение об ошибке или весь traceback').fill(TRACEBACK);
		await expect.poll(() => stateOf(page)).toBe('mat1-mat2-shapes');
		const result = page.locator('.err-result');
		const text = await result.textContent();
		expect(text).toContain('Нельзя умножить (4×2)·(3×16): у первой матрицы 2 столбца, а у второй 3 строки');
		expect(text).toContain('nn.Linear(3, 16)');
		expect(text).toContain('Частые причины');
		expect(await result.locator('.err-topic a').getAttribute('href')).toBe('/linear-algebra/matrix-multiplication/#shapes');
		// The message found is shown as text; the markup pasted after it stays text in the box, and no element was made from it.
		expect(await result.locator('.err-yours').textContent()).toBe('mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16)');
		expect(await page.locator('textarea').inputValue()).toContain('<img src=x');
		expect(await page.locator('.err-result img').count()).toBe(0);
		expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
		// A textarea keeps line breaks as LF (the matcher reads CRLF too: tests/errors/match.test.ts).
		expect(new URL(page.url()).searchParams.get('msg')).toBe(TRACEBACK.replace(/\r\n/g, '\n'));

		const href = await result.locator('[data-widget-link]').getAttribute('href');
		expect(href).toMatch(/\/linear-algebra\/matrix-multiplication\/\?se\.m=4&se\.n=2&se\.p=3&se\.q=16/);
		await context.close();
		const { widget, page: widgetPage, problems: widgetProblems, close } = await openWidget(browser, href!, 'shape-explorer');
		for (const [label, value] of [['Строк в A', '4'], ['Столбцов в A', '2'], ['Строк в W', '3'], ['Столбцов в W', '16']])
			expect(await widget.getByLabel(label).inputValue(), label).toBe(value);
		await expect.poll(() => widget.locator('.verdict').textContent()).toContain('Нельзя умножить (4×2)·(3×16): у первой матрицы 2 столбца, а у второй 3 строки');
		expect(await widget.locator('.wbad input').count()).toBe(2);
		expect(await widgetPage.locator('.err-result').count()).toBe(0);
		expect([...problems, ...widgetProblems]).toEqual([]);
		await close();
	});

	test('junk gets the fallback; a reworded message gets its closest known errors and a site search', async () => {
		const { page, context, problems } = await open('/errors/');
		const box = page.getByLabel('Вставьте сообщение об ошибке или весь traceback');
		await box.fill('hello, my model is broken');
		await expect.poll(() => stateOf(page)).toBe('unknown');
		expect(await page.locator('.err-unknown').textContent()).toBe('Эту ошибку мы пока не знаем.');
		expect(await page.locator('.err-closest').count()).toBe(0);
		await box.fill('RuntimeError: linear(): input and weight.T shapes cannot be multiplied (77x768 and 4096x1536)');
		await expect.poll(() => page.locator('.err-closest a').first().getAttribute('href')).toBe('#mat1-mat2-shapes');
		expect(await page.locator('.err-search').textContent()).toContain('linear input weight shapes cannot multiplied');
		// Emptied, the box shows nothing and the address forgets the message.
		await box.fill('');
		await expect.poll(() => page.locator('.err-result').isHidden()).toBe(true);
		expect(new URL(page.url()).searchParams.has('msg')).toBe(false);
		expect(problems).toEqual([]);
		await context.close();
	});

	test('the page’s own link reproduces the explanation after a reload', async () => {
		const first = await open('/en/errors/');
		await first.page.getByLabel('Paste an error message or the whole traceback').fill(
			'UserWarning: Using a target size (torch.Size([32])) that is different to the input size (torch.Size([32, 1])). This will likely lead to incorrect results due to broadcasting.\nRuntimeError: Target 10 is out of bounds.',
		);
		await expect.poll(() => stateOf(first.page)).toBe('mse-target-size target-out-of-bounds');
		const link = await first.page.locator('.err-share').getAttribute('href');
		await first.context.close();

		const again = await open(new URL(link!).pathname + new URL(link!).search);
		await expect.poll(() => stateOf(again.page)).toBe('mse-target-size target-out-of-bounds');
		const text = await again.page.locator('.err-result').textContent();
		expect(text).toContain('stretches both to (32×32)');
		expect(text).toContain('at most 10 outputs');
		expect(await again.page.locator('textarea').inputValue()).toContain('Target 10 is out of bounds.');
		expect(again.problems).toEqual([]);
		await again.context.close();
	});

	test('at 360 px in the dark theme: explained, nothing wider than the screen', async () => {
		for (const path of ['/errors/', '/en/errors/']) {
			const { page, context, problems } = await open(`${path}?msg=${encodeURIComponent('ValueError: operands could not be broadcast together with shapes (4,2) (3,) ')}`, { width: 360, dark: true });
			await expect.poll(() => stateOf(page)).toBe('numpy-broadcast');
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			await expectNoOverflow(page);
			await page.locator('.err-result').screenshot({ path: join(SCREENSHOTS, `errors${path === '/errors/' ? '' : '-en'}-360-dark.png`) });
			expect(problems).toEqual([]);
			await context.close();
		}
	});

	test('the 404 page offers the error page for an address that reads like an error message, and only for one', async () => {
		const { page, context, problems } = await open('/RuntimeError-mat1-and-mat2-shapes-cannot-be-multiplied/');
		const offer = page.locator('.nf-errors a');
		await expect.poll(() => offer.isVisible()).toBe(true);
		const href = await offer.getAttribute('href');
		// The 404 page reads addresses in lower case.
		expect(href).toBe(`/errors/?msg=${encodeURIComponent('runtimeerror mat1 and mat2 shapes cannot be multiplied')}`);
		await page.goto(site + href!);
		// Without its numbers the message is not a known one: the closest known errors are offered.
		await expect.poll(() => stateOf(page)).toBe('unknown');
		expect(await page.locator('.err-closest a').first().getAttribute('href')).toBe('#mat1-mat2-shapes');
		await page.goto(`${site}/calculus/nope/`);
		await page.locator('.nf-requested').waitFor();
		expect(await page.locator('.nf-errors').isHidden()).toBe(true);
		expect(problems).toEqual([]);
		await context.close();
	});

	test('the site search finds an error’s own section by the words of its message', async () => {
		const { page, context } = await open('/en/errors/');
		// Pagefind's own API rather than the search dialog, which is being redesigned; a string, so the test runner leaves its import alone.
		const hits = (await page.evaluate(`(async () => {
			const pagefind = await import(location.origin + '/pagefind/pagefind.js');
			const found = await pagefind.search('mat1 and mat2 shapes cannot be multiplied');
			const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
			return data.flatMap((d) => d.sub_results.map((s) => s.url));
		})()`)) as string[];
		expect(hits).toContain('/en/errors/#mat1-mat2-shapes');
		await context.close();
	});
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fromRows } from '../../src/core/tensor/matrix';
import { fmt } from '../../src/widgets/lib/format';
import { layer, seeded, SQUARE } from '../../src/widgets/state/dense-layer';
import { launchBrowser } from '../helpers/browser';
import { copyLink, expectLabelled, expectNoOverflow, openWidget, tableRows } from '../widgets/browser-kit';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** relu(A·W + b) on the square as the widget should print it, computed here with the core. */
function expected(w: number[][], b: number[], lang: 'ru' | 'en'): string[][] {
	const { h } = layer(fromRows(SQUARE), fromRows(w), Float64Array.from(b));
	return SQUARE.map((_, i) => Array.from(h.data.subarray(i * h.cols, (i + 1) * h.cols), (x) => fmt(x, lang)));
}

const parse = (text: string) => text.split('\n').map((r) => r.split(' ').map(Number));

describe('the dense-layer widget', () => {
	test('type, get numbers, break the input, see the message, copy the link, reopen the same state', async () => {
		const { widget, problems, close } = await openWidget(browser, `${site}/neural-networks/dense-layer/`, 'dense-layer');
		await expectLabelled(widget);
		const fields = {
			k: widget.getByLabel('Нейронов k'),
			w: widget.getByLabel('Веса W', { exact: false }),
			b: widget.getByLabel('Смещения b'),
		};

		// Three neurons from seed 3: W and b are the seeded ones, and the output table matches the core.
		await fields.k.fill('3');
		const s3 = seeded(3, 3);
		await expect.poll(() => fields.w.inputValue()).toBe(s3.w);
		await expect.poll(() => tableRows(widget, 'relu(A·W + b)')).toEqual(expected(parse(s3.w), s3.b.split(' ').map(Number), 'ru'));

		// Typed weights and biases, with a decimal comma.
		await fields.w.fill('1 -1 0,5\n1 1 -1');
		await fields.b.fill('-1 0 1');
		await expect
			.poll(() => tableRows(widget, 'relu(A·W + b)'))
			.toEqual([
				['0', '0', '1'],
				['1', '2', '0'],
				['3', '0', '0'],
				['1', '0', '2'],
			]);

		// Broken input: a message, the tables keep the last good state.
		await fields.w.fill('1 -1 abc\n1 1 -1');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('не число');
		expect(await tableRows(widget, 'relu(A·W + b)')).toHaveLength(4);
		expect((await tableRows(widget, 'relu(A·W + b)'))[2]).toEqual(['3', '0', '0']);
		await fields.w.fill('1 2\n3 4\n5 6');
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('нужно 2 строки, а дано 3');
		await fields.w.fill(Array.from({ length: 50 }, () => Array(50).fill('1').join(' ')).join('\n'));
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('слишком большая матрица');
		await fields.w.fill('1 -1 0.5\n1 1 -1');
		await expect.poll(() => widget.getByRole('alert').count()).toBe(0);

		// The link reproduces the state in a fresh page.
		const link = await copyLink(widget);
		expect(link).toContain('dl.w=');
		await close();
		const again = await openWidget(browser, link, 'dense-layer');
		await expect
			.poll(() => tableRows(again.widget, 'relu(A·W + b)'))
			.toEqual([
				['0', '0', '1'],
				['1', '2', '0'],
				['3', '0', '0'],
				['1', '0', '2'],
			]);
		expect(await again.widget.getByLabel('Смещения b').inputValue()).toBe('-1 0 1');
		expect([...problems, ...again.problems]).toEqual([]);
		await again.close();
	});

	test('width 2 draws the square before and after; a hostile link is refused safely', async () => {
		const hostile = `${site}/en/neural-networks/dense-layer/?dl.k=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&dl.w=%E0%A4%A`;
		const { page, widget, problems, close } = await openWidget(browser, hostile, 'dense-layer', 360);
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('invalid state');
		expect(await widget.locator('svg.wplot').count()).toBe(2);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		await expectNoOverflow(page);
		expect(problems).toEqual([]);
		await close();
	});
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';

/**
 * The table of contents with our script (src/client/toc.ts, which watches the headings only), on
 * the heaviest math page, where blocks below the first screen skip rendering (content-visibility in
 * src/styles/site.css): the highlight follows the reader, links land on their heading, the mobile
 * dropdown opens, closes and works with the keyboard, find-in-page reaches skipped text.
 */
const site = inject('siteUrl');
const RU = '/neural-networks/backprop-matrix-form/';
const EN = '/en/neural-networks/backprop-matrix-form/';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The highlighted link of a table of contents (`starlight-toc` or `mobile-starlight-toc`). */
const current = (page: Page, toc: string) => page.locator(`${toc} a[aria-current="true"]`).getAttribute('href');

/** The heading's top against the header's bottom: a landed heading sits just under the header. */
async function landed(page: Page, id: string): Promise<boolean> {
	return page.evaluate((id) => {
		const top = document.getElementById(id)!.getBoundingClientRect().top;
		const header = document.querySelector('header')!.getBoundingClientRect().bottom;
		const bar = document.querySelector('mobile-starlight-toc summary')?.getBoundingClientRect().bottom ?? 0;
		return top >= Math.max(header, bar) - 1 && top < Math.max(header, bar) + 80;
	}, id);
}

describe('the table of contents', () => {
	test.each([RU, EN])('%s: the highlight follows the headings as the reader scrolls, down and back up', async (path) => {
		const page = await browser.newPage({ viewport: DESKTOP });
		await page.goto(site + path);
		await expect.poll(() => current(page, 'starlight-toc')).toBe('#_top');
		const ids = await page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
		expect(ids.length).toBeGreaterThan(5);
		for (const id of [ids[3]!, ids.at(-2)!, ids[2]!]) {
			// The reader's wheel, not a jump, a screen at most at a time (blocks render on the way and
			// move what is below them), until the heading is just under the line.
			await page.mouse.move(640, 500);
			for (;;) {
				const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
				if (top > 90 && top < 120) break;
				await page.mouse.wheel(0, Math.max(-800, Math.min(800, top - 100)));
				await page.waitForFunction((y) => Math.abs(window.scrollY - y) > 0.5, await page.evaluate(() => window.scrollY), { timeout: 2_000 }).catch(() => undefined);
			}
			await expect.poll(() => current(page, 'starlight-toc')).toBe(`#${id}`);
		}
		await page.close();
	});

	test.each([DESKTOP, PHONE])('a link from another page lands on a heading deep in the page, and it is highlighted (%o)', async (viewport) => {
		const page = await browser.newPage({ viewport });
		await page.goto(`${site}${RU}#exercises`);
		const toc = viewport === PHONE ? 'mobile-starlight-toc' : 'starlight-toc';
		await expect.poll(() => current(page, toc)).toBe('#exercises');
		await expect.poll(() => landed(page, 'exercises')).toBe(true);
		if (viewport === PHONE) expect(await page.locator('.display-current').textContent()).toBe('Упражнения');
		await page.close();
	});

	// The two-layer section follows a long worked example whose formulas render only when near: it
	// pushed the heading 270 px down after the browser's jump until the landing was corrected.
	test.each([
		['/neural-networks/backpropagation/', DESKTOP],
		['/en/neural-networks/backpropagation/', DESKTOP],
		['/neural-networks/backpropagation/', PHONE],
	] as const)('%s#two-layers lands on its heading after the blocks above render (%o)', async (path, viewport) => {
		const page = await browser.newPage({ viewport });
		await page.goto(`${site}${path}#two-layers`);
		await expect.poll(() => current(page, viewport === PHONE ? 'mobile-starlight-toc' : 'starlight-toc')).toBe('#two-layers');
		await expect.poll(() => landed(page, 'two-layers')).toBe(true);
		await page.close();
	});

	test('a click in the desktop table jumps to its heading from the top of the page, however much renders on the way', async () => {
		const page = await browser.newPage({ viewport: DESKTOP });
		await page.goto(site + RU);
		for (const id of ['practice', 'numpy', 'formulas']) {
			await page.locator(`starlight-toc a[href="#${id}"]`).click();
			await expect.poll(() => landed(page, id)).toBe(true);
			await expect.poll(() => current(page, 'starlight-toc')).toBe(`#${id}`);
		}
		await page.close();
	});

	test('the mobile dropdown: opens, a link jumps and closes it; Escape closes it and gives focus back', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		await page.goto(site + EN);
		const details = page.locator('#starlight__mobile-toc');
		const summary = page.locator('#starlight__on-this-page--mobile');
		await summary.click();
		expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
		await page.locator('mobile-starlight-toc a[href="#exercises"]').click();
		expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		await expect.poll(() => landed(page, 'exercises')).toBe(true);
		await expect.poll(() => page.locator('.display-current').textContent()).toBe('Exercises');
		// Keyboard: Enter on the bar opens it, Tab reaches a link, Escape closes and returns focus to the bar.
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('mobile-starlight-toc') !== null)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('starlight__on-this-page--mobile');
		await page.close();
	});

	test('find-in-page reaches text in blocks that have not rendered yet', async () => {
		const page = await browser.newPage({ viewport: DESKTOP });
		await page.goto(site + RU);
		// Plain words from the last paragraph that skips rendering (a text node of its own, no formula in it).
		const text = await page.evaluate(() => {
			const skipped = [...document.querySelectorAll('.sl-markdown-content > p')].filter((p) => getComputedStyle(p).contentVisibility === 'auto');
			const node = skipped
				.flatMap((p) => [...p.childNodes])
				.filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length >= 25)
				.at(-1);
			// As the page shows it: a line break in the source is a space on screen.
			return node?.textContent!.replace(/\s+/g, ' ').trim().slice(0, 25) ?? '';
		});
		expect(text).not.toBe('');
		// The paragraph is far below the viewport, so its content is skipped when the search starts.
		expect(await page.evaluate((t) => [...document.querySelectorAll('.sl-markdown-content > p')].find((p) => p.textContent!.replace(/\s+/g, ' ').includes(t))!.getBoundingClientRect().top > 2 * innerHeight, text)).toBe(true);
		expect(await page.evaluate((t) => (window as unknown as { find(s: string): boolean }).find(t), text)).toBe(true);
		const shown = await page.evaluate(() => {
			const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
			return r.top >= 0 && r.bottom <= innerHeight;
		});
		expect(shown).toBe(true);
		await page.close();
	});
});

describe('scripted controls take their space in the server HTML', () => {
	/** Tops of the page's first-screen blocks, with the page's own scripts allowed or not. */
	async function tops(path: string, viewport: { width: number; height: number }, scripts: boolean): Promise<number[]> {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		// Scripts blocked at the network, not disabled: the CSS still sees a browser with scripting on.
		if (!scripts) await page.route(/\.m?js(\?|$)/, (route) => route.abort());
		await page.goto(site + path, { waitUntil: 'load' });
		if (scripts && path.includes('roadmap')) await page.waitForSelector('.roadmap-toolbar[data-ready]', { state: 'attached' });
		if (scripts && (await page.locator('.progress-control').count()) > 0) await page.waitForSelector('.progress-control[data-ready]');
		const out = await page.evaluate(() =>
			[...document.querySelectorAll('main h1, .sl-markdown-content > *, .progress-control, .roadmap-drawing-toggle, .roadmap-drawing')]
				.map((el) => Math.round(el.getBoundingClientRect().top))
				.filter((top) => top < innerHeight),
		);
		await context.close();
		return out;
	}

	test.each([
		['/', PHONE],
		['/roadmap/', PHONE],
		['/roadmap/', DESKTOP],
		['/en/roadmap/', PHONE],
		[RU, PHONE],
		[RU, DESKTOP],
		['/neural-networks/dense-layer/', PHONE],
		['/glossary/', PHONE],
	] as const)('%s at %o: nothing on the first screen moves when the scripts run', async (path, viewport) => {
		const without = await tops(path, viewport, false);
		expect(without.length).toBeGreaterThan(1);
		expect(await tops(path, viewport, true)).toEqual(without);
	});

	test('without JavaScript the controls that need it are not shown', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
		const page = await context.newPage();
		await page.goto(site + RU);
		expect(await page.locator('.progress-control').isVisible()).toBe(false);
		await page.goto(`${site}/roadmap/`);
		expect(await page.locator('.roadmap-drawing-toggle').isVisible()).toBe(false);
		expect(await page.locator('.roadmap-toolbar').isVisible()).toBe(false);
		// The drawing itself is there: on a phone without scripts it cannot be opened on request.
		expect(await page.locator('.roadmap-svg').isVisible()).toBe(true);
		// Pages a script fills in say why they need one, and show no controls that would not work.
		await page.goto(`${site}/placement/`);
		expect(await page.locator('.placement-nojs').isVisible()).toBe(true);
		expect(await page.locator('.placement-start').isVisible()).toBe(false);
		await page.goto(`${site}/en/review/`);
		expect(await page.locator('.review-nojs').isVisible()).toBe(true);
		expect(await page.locator('.review-body').isVisible()).toBe(false);
		await context.close();
		// With scripts, the other way round.
		const withScripts = await browser.newPage({ viewport: PHONE });
		await withScripts.goto(`${site}/placement/`);
		expect(await withScripts.locator('.placement-nojs').isVisible()).toBe(false);
		expect(await withScripts.locator('.placement-start').isVisible()).toBe(true);
		await withScripts.close();
	});
});

describe('blocks that skip rendering keep the page as it was', () => {
	/** Each content block's height and offset from the first, once every block has rendered. */
	async function layout(path: string, containment: boolean): Promise<string[]> {
		const page = await browser.newPage({ viewport: DESKTOP });
		await page.goto(site + path);
		if (!containment) await page.addStyleTag({ content: '.sl-markdown-content > * { content-visibility: visible !important; }' });
		const out = await page.evaluate(async () => {
			const blocks = [...document.querySelectorAll('.sl-markdown-content > *')];
			for (const b of blocks) {
				b.scrollIntoView();
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			}
			const first = blocks[0]!.getBoundingClientRect().top;
			return blocks.map((b) => {
				const r = b.getBoundingClientRect();
				return `${b.tagName.toLowerCase()}.${b.classList[0] ?? ''}: top ${Math.round(r.top - first)}, height ${Math.round(r.height)}`;
			});
		});
		await page.close();
		return out;
	}

	test.each([RU, '/neural-networks/backpropagation/', '/en/calculus/jacobian-and-matrix-calculus/'])('%s: every block where it is without content-visibility (margins, heights)', async (path) => {
		const contained = await layout(path, true);
		expect(contained.length).toBeGreaterThan(20);
		expect(contained).toEqual(await layout(path, false));
	});
});

/**
 * Steps shared by the browser tests of the widgets (`tests/browser/widgets-*.test.ts`): open a widget,
 * read its link, check its labels and its width. Not a test file itself.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Opened {
	page: Page;
	widget: Locator;
	/** Script errors and dialogs seen on the page (a hostile link must never run anything). */
	problems: string[];
	close(): Promise<void>;
}

/** Opens `path` (relative to the site) and waits until the widget with class `cls` is interactive. */
export async function openWidget(browser: Browser, url: string, cls: string, width = 1280): Promise<Opened> {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	await page.goto(url);
	const widget = page.locator(`.${cls}`).first();
	await widget.waitFor();
	await widget.scrollIntoViewIfNeeded();
	// An island is interactive once Astro has hydrated it (the `ssr` attribute goes away): on a topic
	// page that happens when the widget scrolls into view (`client:visible`).
	await page.waitForFunction((c) => {
		const island = document.querySelector(`.${c}`)?.closest('astro-island');
		return !!island && !island.hasAttribute('ssr');
	}, cls);
	return { page, widget, problems, close: () => context.close() };
}

/** Presses the share button and reads the link from the field it fills. */
export async function copyLink(widget: Locator): Promise<string> {
	await widget.locator('.wshare button').click();
	const field = widget.locator('.wshare .wlink input');
	await field.waitFor();
	const link = await field.inputValue();
	expect(link).toMatch(/^http/);
	return link;
}

/** Every control of the widget has a label a screen reader can announce. */
export async function expectLabelled(widget: Locator): Promise<void> {
	const unlabelled = await widget.evaluate((root) =>
		[...root.querySelectorAll('input, textarea, select, button')]
			.filter((el) => {
				const hasLabel = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
				const isButtonWithText = el.tagName === 'BUTTON' && (el.textContent ?? '').trim() !== '';
				return !hasLabel && !isButtonWithText;
			})
			.map((el) => el.outerHTML.slice(0, 80)),
	);
	expect(unlabelled).toEqual([]);
}

/** Nothing on the page is wider than the screen (the widget scrolls inside itself if it must). */
export async function expectNoOverflow(page: Page): Promise<void> {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
}

/** The texts of a widget's table cells, row by row, for the table whose caption starts with `name`. */
export async function tableRows(widget: Locator, name: string): Promise<string[][]> {
	return widget.evaluate((root, n) => {
		const fig = [...root.querySelectorAll('figure.wm')].find((f) =>
			f.querySelector('figcaption')?.textContent?.trim().startsWith(`${n} (`),
		);
		if (!fig) return [];
		return [...fig.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
	}, name);
}

/** Replaces a field's text the way a reader would (select all, type). */
export async function typeInto(field: Locator, text: string): Promise<void> {
	await field.fill(text);
}

import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { contentPages } from '../helpers/dist';

/**
 * The box at the top of a topic page (src/components/TopicBefore.astro) leaves room for the lesson:
 * on a 360×740 phone the first line of the lesson's first paragraph is on the first screen, on every
 * topic page in both languages. A newcomer's main stumble on phones was a screen or more of other
 * names, questions, code and reasons before the first sentence (before this test: 922–1756 px down,
 * every one of the 96 pages below the screen). "On the first screen" is the line's bottom at or above
 * the viewport's: a paragraph whose top edge is at 739 px shows nothing a reader can read.
 *
 * The reference parts fold into a closed `<details>` and stay in the HTML: printed, found by
 * find-in-page, opened by a link to an anchor inside.
 */
const site = inject('siteUrl');
/**
 * A phone as Chromium emulates one: touch, and overlay scrollbars that take no width. (A desktop
 * window 360 px wide keeps a 15 px gutter for a classic scrollbar, `scrollbar-gutter: stable` in
 * site.css, which no phone has.)
 */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const TOPICS = contentPages()
	.filter((p) => p.html.includes('class="topic-before'))
	.map((p) => p.path);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** How far down the lesson's first paragraph ends its first line, against the viewport's height. */
async function firstLine(page: Page, path: string): Promise<{ bottom: number; height: number }> {
	await page.goto(site + path);
	// The progress control takes its space before its script runs; measured once it has run all the same.
	await page.waitForSelector('.progress-control[data-ready]');
	return page.evaluate(() => {
		const p = document.querySelector<HTMLElement>('.sl-markdown-content > .topic-before ~ p');
		if (!p) return { bottom: Infinity, height: innerHeight };
		const line = parseFloat(getComputedStyle(p).lineHeight);
		return { bottom: Math.round(p.getBoundingClientRect().top + scrollY + line), height: innerHeight };
	});
}

describe('the lesson starts on the first screen', () => {
	test.each([
		['a phone', PHONE],
		['a laptop', DESKTOP],
	] as const)('on %s, on every topic page in both languages', async (_, device) => {
		expect(TOPICS.length).toBeGreaterThanOrEqual(96);
		const context = await browser.newContext(device);
		const page = await context.newPage();
		const late: string[] = [];
		for (const path of TOPICS) {
			const { bottom, height } = await firstLine(page, path);
			if (bottom > height) late.push(`${path}: the first line of the lesson ends ${bottom} px down, below the ${height} px screen`);
		}
		await context.close();
		expect(late).toEqual([]);
	}, 300_000);
});

describe('the fold of reference parts', () => {
	const PAGE = '/neural-networks/backpropagation/';
	/** Whether the fold is open and whether its questions are drawn, under the given media. */
	const state = (page: Page) =>
		page.evaluate(() => ({
			open: document.querySelector<HTMLDetailsElement>('.topic-before details.topic-more')?.open ?? null,
			questions: document.querySelector('.topic-more .topic-questions')?.checkVisibility() ?? null,
			path: document.querySelector('.topic-more .topic-path ol')?.checkVisibility() ?? null,
		}));

	test('is closed on load, and print shows everything in it', async () => {
		const page = await browser.newPage(PHONE);
		await page.goto(site + PAGE);
		expect(await state(page)).toEqual({ open: false, questions: false, path: false });
		await page.emulateMedia({ media: 'print' });
		expect(await state(page)).toEqual({ open: false, questions: true, path: true });
		await page.close();
	});

	test('opens for a link to text or an anchor inside it, as find-in-page opens it', async () => {
		const page = await browser.newPage(PHONE);
		// A text fragment goes through the browser's find-in-page matching, which opens a closed <details>.
		const question = 'Почему градиенты надо обнулять?';
		await page.goto(`${site}${PAGE}#:~:text=${encodeURIComponent(question)}`);
		await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('.topic-more')!.open);
		expect(await page.locator('.topic-more .topic-questions a', { hasText: question }).isVisible()).toBe(true);
		// An anchor inside (none is published there today; one added later must still land).
		await page.goto(site + PAGE);
		expect((await state(page)).open).toBe(false);
		await page.evaluate(() => {
			const target = document.createElement('span');
			target.id = 'inside-the-fold';
			document.querySelector('.topic-more .topic-code')!.append(target);
			location.hash = 'inside-the-fold';
		});
		await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('.topic-more')!.open);
		await page.close();
	});
});

describe('the box, folded and open, on a phone', () => {
	// tests/browser/every-page.test.ts audits every page at 1280 px with the fold closed; axe skips what
	// a closed <details> hides, so the open fold and the phone layout (touch targets) are audited here.
	test.each(['/neural-networks/backpropagation/', '/en/calculus/jacobian-and-matrix-calculus/'])(
		'%s has no axe violations in the box, light and dark, closed and open',
		async (path) => {
			const page = await browser.newPage(PHONE);
			await page.goto(site + path);
			await page.waitForSelector('.progress-control[data-ready]');
			const report: string[] = [];
			for (const theme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: theme });
				await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), theme);
				for (const open of [false, true]) {
					await page.evaluate((open) => (document.querySelector<HTMLDetailsElement>('.topic-more')!.open = open), open);
					const { violations } = await new AxeBuilder({ page }).include('.topic-before').setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
					for (const v of violations) report.push(`${theme}, ${open ? 'open' : 'closed'}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
				}
			}
			await page.close();
			expect(report, report.join('\n')).toEqual([]);
		},
	);
});

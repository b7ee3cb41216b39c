import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { problemFor } from '../../src/practice/render';
import { seedParam } from '../../src/practice/seed';
import { topicModule } from '../../src/topics/registry';
import { launchBrowser } from '../helpers/browser';
import { typed } from '../helpers/typed-answer';

/**
 * Answers become evidence, in Chromium with a fake clock: two generated problems right in a row make
 * the topic «уверенно» in its topic box with a review due tomorrow; a day later the box says it is time
 * to review, a right answer then makes it «освоено» and moves the review further out; a reload keeps
 * all of it (local storage, format 2). Each step waits for the box's text, never for a time.
 */

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const TOPIC = 'calculus/derivative';
const slope = topicModule(TOPIC).practice.find((k) => k.id === 'slope')!;
const DAY = 86_400_000;

async function solve(page: Page, seed: number): Promise<void> {
	await page.goto(`${site}/${TOPIC}/?p=${seedParam('slope', seed)}#practice`);
	const block = page.locator('section.practice');
	await expect.poll(() => block.getAttribute('data-problem')).toBe(seedParam('slope', seed));
	const answer = problemFor(slope, seed, 'ru').answer;
	await block.locator('input[name="answer"]').fill(typed(answer, 'ru', {}));
	await block.locator('input[name="answer"]').press('Enter');
	await expect.poll(() => block.locator('.practice-feedback').getAttribute('data-verdict')).toBe('correct');
}

describe('mastery from answers, in the topic box', () => {
	test('familiar → confident → due → mastered, with a fake clock, kept across reloads', async () => {
		const context = await browser.newContext();
		// Noon local time, so adding whole days never crosses a date line by accident.
		const start = new Date(2026, 11, 5, 12, 0, 0).getTime();
		await context.clock.install({ time: start });
		const page = await context.newPage();
		const box = page.locator('.progress-mastery').first();

		await solve(page, 3);
		await expect.poll(() => box.textContent()).toBe('По вашим ответам: знакомо (верно 1 из 1).');
		await solve(page, 4);
		await expect.poll(() => box.textContent()).toBe('По вашим ответам: уверенно (верно 2 из 2). Повторение через 1 день.');
		await expect.poll(() => box.getAttribute('data-level')).toBe('confident');

		// A day later the topic is due; a right answer to a generated problem is the review.
		await context.clock.setSystemTime(start + DAY);
		await page.reload();
		await expect.poll(() => box.textContent()).toBe('По вашим ответам: уверенно (верно 2 из 2). Пора повторить: решите задачу из практики.');
		expect(await box.locator('a').getAttribute('href')).toMatch(/\/review\/$/);
		await solve(page, 5);
		await expect.poll(() => box.textContent()).toBe('По вашим ответам: освоено (верно 3 из 3). Повторение через 3 дня.');

		// The stored value is format 3 with the three answers, and a reload reads it back.
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('nn-math:progress') ?? '{}'));
		expect(stored.v).toBe(3);
		expect(stored.answers[TOPIC].map((a: unknown[]) => a.slice(0, 3))).toEqual([['slope', 3, 1], ['slope', 4, 1], ['slope', 5, 1]]);
		await page.reload();
		await expect.poll(() => box.getAttribute('data-level')).toBe('mastered');

		// The roadmap outlines the topic as mastered, in the map and in its text view, and nothing else.
		await page.goto(`${site}/roadmap/`);
		const node = page.locator(`a.rm-node[data-id="${TOPIC}"]`);
		await expect.poll(() => node.getAttribute('class')).toContain('mastery-mastered');
		expect(await page.locator(`.roadmap-text li[data-id="${TOPIC}"]`).getAttribute('class')).toContain('mastery-mastered');
		expect(await page.locator('.mastery-mastered[data-id], .mastery-confident[data-id]').count()).toBe(2);
		await context.close();
	});

	test('the review page lists what is due, links to a fresh problem, and the answer there moves the review', async () => {
		const context = await browser.newContext();
		const start = new Date(2026, 11, 5, 12, 0, 0).getTime();
		await context.clock.install({ time: start });
		const page = await context.newPage();
		await page.goto(`${site}/review/`);
		const summary = page.locator('.review-summary');
		await expect.poll(() => summary.textContent()).toContain('Повторений пока нет');
		// The derivative was due yesterday (step 2); the chain rule comes in 5 days.
		const today = await page.evaluate(() => Math.floor((Date.now() - new Date().getTimezoneOffset() * 60_000) / 86_400_000));
		const stored = { v: 2, topics: {}, answers: { [TOPIC]: [['slope', 1, 1, today - 4], ['slope', 2, 1, today - 4]] }, reviews: { [TOPIC]: [2, today - 1], 'calculus/chain-rule': [1, today + 5] } };
		await page.evaluate((v) => localStorage.setItem('nn-math:progress', v), JSON.stringify(stored));
		await page.reload();
		await expect.poll(() => summary.getAttribute('data-due')).toBe('1');
		// The path page says how many are due, with a link here.
		await page.goto(`${site}/path/`);
		await expect.poll(() => page.locator('.path-reviews').textContent()).toBe('Сегодня пора повторить 1 тему');
		await page.goto(`${site}/review/`);
		await expect.poll(() => summary.getAttribute('data-due')).toBe('1');
		const link = page.locator(`.review-due li[data-id="${TOPIC}"] a`);
		const href = (await link.getAttribute('href'))!;
		expect(await page.locator('.review-next li[data-id="calculus/chain-rule"]').textContent()).toContain('через 5 дней');

		// Answer the linked problem right on the topic's page: that is the review.
		const [kind, seed] = /\?p=([a-z0-9-]+)-(\d+)#practice$/.exec(href)!.slice(1);
		await link.click();
		const block = page.locator('section.practice');
		await expect.poll(() => block.getAttribute('data-problem')).toBe(`${kind}-${seed}`);
		const k = topicModule(TOPIC).practice.find((x) => x.id === kind)!;
		await block.locator('input[name="answer"]').fill(typed(problemFor(k, Number(seed), 'ru').answer, 'ru', {}));
		await block.locator('input[name="answer"]').press('Enter');
		await expect.poll(() => block.locator('.practice-feedback').getAttribute('data-verdict')).toBe('correct');
		// The answer is saved by a script loaded on demand: leave only once it is stored (it once raced the navigation).
		await expect.poll(() => page.evaluate((t) => JSON.parse(localStorage.getItem('nn-math:progress') ?? '{}').answers?.[t]?.length, TOPIC)).toBe(3);
		await page.goto(`${site}/review/`);
		await expect.poll(() => summary.getAttribute('data-due')).toBe('0');
		// Step 2 → 3: the next review is 7 days out (intervals 1, 3, 7, …).
		expect(await page.locator(`.review-next li[data-id="${TOPIC}"]`).textContent()).toContain('через 7 дней');
		await context.close();
	});

	test('a topic with no answers shows no mastery line, in either language', async () => {
		const page = await browser.newPage();
		for (const path of [`/${TOPIC}/`, `/en/${TOPIC}/`]) {
			await page.goto(`${site}${path}`);
			await page.waitForSelector('.progress-control[data-ready]');
			expect(await page.locator('.progress-mastery').isHidden()).toBe(true);
		}
		await page.close();
	});

	test('the path lists a topic’s mark and its mastery from answers as words, both, and not for someone else’s shared marks', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${site}/path/?to=topic:calculus/chain-rule`);
		const today = await page.evaluate(() => Math.floor((Date.now() - new Date().getTimezoneOffset() * 60_000) / 86_400_000));
		// The derivative: marked «изучаю», and two right answers in a row on different seeds (confident);
		// the rules of differentiation: one right answer (familiar).
		const stored = {
			v: 2,
			topics: { [TOPIC]: 'learning' },
			answers: { [TOPIC]: [['slope', 1, 1, today], ['slope', 2, 1, today]], 'calculus/differentiation-rules': [['product', 7, 1, today]] },
			reviews: {},
		};
		await page.evaluate((v) => localStorage.setItem('nn-math:progress', v), JSON.stringify(stored));
		for (const [path, words] of [
			['/path/', ['изучаю', 'уверенно (по ответам)', 'знакомо (по ответам)']],
			['/en/path/', ['learning', 'confident (from answers)', 'familiar (from answers)']],
		] as const) {
			await page.goto(`${site}${path}?to=topic:calculus/chain-rule`);
			const item = (id: string) => page.locator(`.path-steps li[data-id="${id}"] .path-tag`);
			await expect.poll(() => item(TOPIC).allTextContents()).toEqual([words[0], words[1]]);
			expect(await item('calculus/differentiation-rules').allTextContents()).toEqual([words[2]]);
			expect(await page.locator('.path-steps li[data-level]').count()).toBe(2);
		}
		// Someone's shared marks: their «изучаю» shows, the reader's own answers do not.
		await page.goto(`${site}/path/?to=topic:calculus/chain-rule#learning=${TOPIC}`);
		await expect.poll(() => page.locator(`.path-steps li[data-id="${TOPIC}"] .path-tag`).allTextContents()).toEqual(['изучаю']);
		expect(await page.locator('.path-steps li[data-level]').count()).toBe(0);
		await context.close();
	});

	test('a shared link carries the answers, reviews and placements, and loading it in a fresh browser keeps them', async () => {
		const mine = await browser.newContext();
		const page = await mine.newPage();
		await page.goto(`${site}/path/`);
		const today = await page.evaluate(() => Math.floor((Date.now() - new Date().getTimezoneOffset() * 60_000) / 86_400_000));
		const stored = {
			v: 3,
			topics: { 'linear-algebra/vectors': 'known' },
			answers: { [TOPIC]: [['slope', 1, 0, today], ['slope', 2, 1, today], ['slope', 3, 1, today]] },
			reviews: { [TOPIC]: [1, today + 1] },
			placed: { 'foundations/summation': [93, today] },
		};
		await page.evaluate((v) => localStorage.setItem('nn-math:progress', v), JSON.stringify(stored));
		await page.goto(`${site}/path/?to=topic:calculus/chain-rule`);
		await expect.poll(() => page.locator('.path-share-url').inputValue()).toContain('placed=');
		const link = await page.locator('.path-share-url').inputValue();
		expect(link).toContain('answers=');
		await mine.close();

		// Another browser, nothing stored: the link shows the sharer's plan and offers to load it.
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(link);
		await expect.poll(() => other.locator('.path-import-link').isVisible()).toBe(true);
		await other.locator('[data-action="apply-link"]').click();
		await expect.poll(() => other.evaluate(() => JSON.parse(localStorage.getItem('nn-math:progress') ?? '{}').placed)).toEqual({ 'foundations/summation': [93, today] });
		const loaded = await other.evaluate(() => JSON.parse(localStorage.getItem('nn-math:progress')!));
		expect(loaded.topics).toEqual({ 'linear-algebra/vectors': 'known' });
		// The link keeps the last two answers (what the mastery rules read) and the review date.
		expect(loaded.answers[TOPIC]).toEqual([['slope', 2, 1, today], ['slope', 3, 1, today]]);
		expect(loaded.reviews[TOPIC]).toEqual([1, today + 1]);
		// Without a reload the path shows the evidence: the derivative is «уверенно», the placed topic is skipped.
		await expect.poll(() => other.locator(`.path-steps li[data-id="${TOPIC}"] .path-tag`).allTextContents()).toEqual(['уверенно (по ответам)']);
		expect(await other.locator('.path-steps li[data-id="foundations/summation"]').count()).toBe(0);
		await fresh.close();
	});
});

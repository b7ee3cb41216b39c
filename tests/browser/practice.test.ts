import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { problemFor } from '../../src/practice/render';
import { seedParam } from '../../src/practice/seed';
import type { Answer } from '../../src/practice/types';
import { AREAS, type Lang } from '../../src/schemas/areas';
import { TOPIC_MODULES, topicText } from '../../src/topics/registry';
import { launchBrowser } from '../helpers/browser';
import { typed } from '../helpers/typed-answer';
import { expectNoOverflow } from '../widgets/browser-kit';

/**
 * The practice block in Chromium, on one topic of each area: a link to a problem opens exactly that
 * problem; a wrong answer gets a message and a right one (decimal comma in Russian) is accepted; the
 * solution opens; «new problem» brings another; the copied link, reloaded, brings the same problem
 * back. Then on every topic page, «new problem» loads that topic's own generator. Each step waits for
 * the block's state (`data-problem`, `data-verdict`), never for a time.
 */

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const SEED = 42;
/** One topic per area that has modules: the first of the area in the graph's file order. */
const sampled = AREAS.map((area) => [...TOPIC_MODULES.keys()].find((id) => id.startsWith(`${area}/`))).filter((id): id is string => !!id);

/** As typed into a one-line box: a matrix's rows separated by `;`. */
const oneLine = (answer: Answer, lang: Lang, words: Record<string, string[]>) =>
	answer.kind === 'matrix' ? answer.value.map((r) => typed({ kind: 'vector', value: r }, lang, words).slice(1, -1).replace(/;/g, ' ')).join('; ') : typed(answer, lang, words);

/** An answer that is surely wrong and readable: the right one shifted by 7 (or another option). */
function wrongOf(answer: Answer): Answer {
	switch (answer.kind) {
		case 'number':
			return { ...answer, value: answer.value + 7 };
		case 'vector':
			return { ...answer, value: answer.value.map((v) => v + 7) };
		case 'matrix':
			return { ...answer, value: answer.value.map((r) => r.map((v) => v + 7)) };
		case 'shape':
			return { ...answer, value: answer.value.map((v) => v + 7) };
		case 'choice':
			return { ...answer, value: answer.options.find((o) => o !== answer.value)! };
	}
}

async function openBlock(page: Page, url: string): Promise<Locator> {
	await page.goto(url);
	const block = page.locator('section.practice');
	await expect.poll(() => block.getAttribute('data-ready')).toBe('true');
	return block;
}

const verdictOf = (block: Locator) => block.locator('.practice-feedback').getAttribute('data-verdict');

async function answer(block: Locator, text: string): Promise<void> {
	await block.locator('input[name="answer"]').fill(text);
	await block.locator('input[name="answer"]').press('Enter');
}

describe('practice in the browser', () => {
	test('there is a sampled topic in every area', () => {
		expect(sampled.length).toBeGreaterThanOrEqual(2);
	});

	for (const id of sampled) {
		test(`${id}: link, wrong and right answers, solution, new problem, link round trip`, async () => {
			const lang: Lang = 'ru';
			const mod = TOPIC_MODULES.get(id)!;
			const kind = mod.practice[mod.practice.length - 1]!;
			const text = topicText(id, lang).practice[kind.id]!;
			const problem = problemFor(kind, SEED, lang);
			const words = text.choices ?? {};
			const page = await browser.newPage();
			const block = await openBlock(page, `${site}/${id}/?p=${seedParam(kind.id, SEED)}#practice`);
			await expect.poll(() => block.getAttribute('data-problem')).toBe(seedParam(kind.id, SEED));

			await answer(block, oneLine(wrongOf(problem.answer), lang, words));
			await expect.poll(() => verdictOf(block)).toBe('wrong');
			expect((await block.locator('.practice-feedback').textContent())!.length).toBeGreaterThan(10);
			await answer(block, oneLine(problem.answer, lang, words));
			await expect.poll(() => verdictOf(block)).toBe('correct');

			await block.locator('.practice-solution summary').click();
			await expect.poll(() => block.locator('.practice-solution-body math').first().isVisible()).toBe(true);

			const question = await block.locator('.practice-question').innerHTML();
			await block.locator('.practice-next').click();
			await expect.poll(() => block.getAttribute('data-problem')).not.toBe(seedParam(kind.id, SEED));
			await expect.poll(() => verdictOf(block)).toBe('ready');
			const shown = await block.getAttribute('data-problem');
			const shownQuestion = await block.locator('.practice-question').innerHTML();
			expect(shownQuestion).not.toBe(question);

			// The link to the problem now shown, opened fresh, shows that same problem.
			const href = await block.locator('.practice-link').getAttribute('href');
			expect(href).toBe(`?p=${shown}#practice`);
			const again = await openBlock(page, `${site}/${id}/${href}`);
			await expect.poll(() => again.getAttribute('data-problem')).toBe(shown);
			expect(await again.locator('.practice-question').innerHTML()).toBe(shownQuestion);
			await page.close();
		});
	}

	test('on a phone in the dark theme (English): the block fits 360 px and the answer box works', async () => {
		const id = sampled[sampled.length - 1]!;
		const page = await browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
		const block = await openBlock(page, `${site}/en/${id}/#practice`);
		await expectNoOverflow(page);
		await answer(block, 'not a number at all');
		await expect.poll(() => verdictOf(block)).not.toBe(null);
		expect(await verdictOf(block)).not.toBe('correct');
		await page.close();
	});

	test('on every topic page, «new problem» loads the topic’s own generator', async () => {
		const page = await browser.newPage();
		const failed: string[] = [];
		for (const id of TOPIC_MODULES.keys()) {
			const block = await openBlock(page, `${site}/${id}/`);
			const before = await block.getAttribute('data-problem');
			await block.locator('.practice-next').click();
			await expect.poll(async () => (await verdictOf(block)) === 'ready' || (await verdictOf(block)) === 'failed').toBe(true);
			if ((await verdictOf(block)) !== 'ready' || (await block.getAttribute('data-problem')) === before) failed.push(id);
		}
		expect(failed).toEqual([]);
		await page.close();
	});
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/graph/load';
import { planPath, routeHours } from '../../src/graph/plan';
import { validateContent } from '../../src/graph/validate';
import { MASTERY_UI } from '../../src/i18n/mastery';
import { PLACEMENT_UI } from '../../src/i18n/placement';
import { ROADMAP_UI } from '../../src/i18n/roadmap';
import { formatHours } from '../../src/i18n/ui';
import { problemFor } from '../../src/practice/render';
import { LANGS } from '../../src/schemas/areas';
import { topicModule, topicText } from '../../src/topics/registry';
import { launchBrowser } from '../helpers/browser';
import { typed } from '../helpers/typed-answer';

/**
 * The placement test in Chromium: it asks the topics' own generated problems one at a time (the test
 * reads which from the page and solves it with the same module), stops by itself within 20 questions,
 * places the reader, says how sure it is, keeps each answer as evidence, and marks the topics found
 * when asked. Each step waits for the page's state (`data-question`, `data-finished`).
 */

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * Waits for a question other than `last` to be on screen (or for the result), then answers it: right
 * (typed as a reader would, from the same module) or with «не знаю». Returns the question, or
 * undefined when the quiz had finished.
 */
async function answerNext(page: Page, last: string | null, right: boolean, lang: 'ru' | 'en'): Promise<string | undefined> {
	const root = page.locator('[data-placement]');
	await expect
		.poll(async () => (await root.getAttribute('data-finished')) !== null || ((await root.getAttribute('data-busy')) === null && ![null, last].includes(await root.getAttribute('data-question'))))
		.toBe(true);
	if ((await root.getAttribute('data-finished')) !== null) return undefined;
	const q = (await root.getAttribute('data-question'))!;
	const [topic, problem] = q.split('|') as [string, string];
	const [, kind, seed] = /^(.+)-(\d+)$/.exec(problem)!;
	if (right) {
		const k = topicModule(topic).practice.find((x) => x.id === kind)!;
		const words = topicText(topic, lang).practice[kind!]!.choices ?? {};
		const p = problemFor(k, Number(seed), lang);
		const text = p.answer.kind === 'matrix' ? p.answer.value.map((r) => r.map(String).join(' ')).join('; ') : typed(p.answer, lang, words);
		await root.locator('input[name="answer"]').fill(text);
		await root.locator('input[name="answer"]').press('Enter');
	} else await root.locator('[data-action="dont-know"]').click();
	return q;
}

describe('the placement test', () => {
	test('a reader who knows everything: at most 20 questions, all topics placed, answers kept, the placement saved on request and shown apart from marks', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/placement/`);
		const root = page.locator('[data-placement]');
		await expect.poll(() => root.getAttribute('data-ready')).toBe('true');
		await root.locator('[data-action="start"]').click();
		const asked: string[] = [];
		for (let q = await answerNext(page, null, true, 'ru'); q !== undefined && asked.length < 25; q = await answerNext(page, q, true, 'ru')) asked.push(q);
		expect(Number(await root.getAttribute('data-finished'))).toBeLessThanOrEqual(20);
		expect(await root.locator('.placement-known li').count()).toBe(48);
		expect(await root.locator('.placement-honesty').textContent()).toMatch(/Уверенность оценки в среднем \d+\s%/);
		// Every answer was kept as evidence on its topic.
		await expect.poll(async () => Object.values((await page.evaluate(() => JSON.parse(localStorage.getItem('nn-math:progress') ?? '{}'))).answers ?? {}).flat().length).toBe(asked.length);
		await root.locator('[data-action="apply"]').click();
		await expect.poll(() => root.locator('.placement-applied').isVisible()).toBe(true);
		// Kept as placements (format 3), apart from the reader's own marks, which stay empty.
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('nn-math:progress') ?? '{}'));
		expect(stored.v).toBe(3);
		expect(stored.topics).toEqual({});
		expect(Object.keys(stored.placed)).toHaveLength(48);
		// Shown as such where marks show: the topic box, the roadmap, and the path, which skips them.
		// A topic the quiz did not ask about (one it asked about shows the answers, which are stronger evidence).
		const quiet = Object.keys(stored.placed).find((id) => !asked.some((q) => q.startsWith(`${id}|`)))!;
		const [sure] = stored.placed[quiet] as [number, number];
		await page.goto(`${site}/${quiet}/`);
		await expect.poll(() => page.locator('.progress-mastery').textContent()).toBe(MASTERY_UI.ru.placedLine(sure));
		await page.goto(`${site}/roadmap/`);
		await expect.poll(() => page.locator('a.rm-node.placed').count()).toBe(48);
		await page.goto(`${site}/path/`);
		await expect.poll(() => page.locator('.path-summary').textContent()).toBe(ROADMAP_UI.ru.allDone);
		await page.close();
	});

	test('a reader who stops after two «не знаю»: a result at once, nothing kept as evidence, in both languages', async () => {
		for (const lang of LANGS) {
			const page = await browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
			await page.goto(`${site}${lang === 'en' ? '/en' : ''}/placement/`);
			const root = page.locator('[data-placement]');
			await expect.poll(() => root.getAttribute('data-ready')).toBe('true');
			await root.locator('[data-action="start"]').click();
			const first = await answerNext(page, null, false, lang);
			const second = await answerNext(page, first!, false, lang);
			// Wait for the third question, so the two answers have been counted, then stop.
			await expect.poll(async () => ![first, second].includes((await root.getAttribute('data-question')) ?? undefined)).toBe(true);
			await root.locator('[data-action="finish"]').click();
			await expect.poll(() => root.getAttribute('data-finished')).toBe('2');
			expect(await root.locator('.placement-unknown li').count()).toBeGreaterThan(0);
			expect(await page.evaluate(() => localStorage.getItem('nn-math:progress'))).toBeNull();
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
			await page.close();
		}
	});

	test('a goal from the address: only what it needs is asked, and the result is the path to it with its hours', async () => {
		const { graph } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
		const goal = 'calculus/chain-rule';
		const needed = new Set(planPath(graph!, [goal]));
		for (const lang of LANGS) {
			const page = await browser.newPage({ viewport: { width: lang === 'ru' ? 360 : 1280, height: 800 } });
			await page.goto(`${site}${lang === 'en' ? '/en' : ''}/placement/?to=topic:${goal}`);
			const root = page.locator('[data-placement]');
			await expect.poll(() => root.getAttribute('data-ready')).toBe('true');
			expect(await root.locator('select[name="to"]').inputValue()).toBe(`topic:${goal}`);
			await root.locator('[data-action="start"]').click();
			const asked: string[] = [];
			for (let q = await answerNext(page, null, false, lang); q !== undefined && asked.length < 25; q = await answerNext(page, q, false, lang)) asked.push(q);
			expect(asked.length).toBeGreaterThan(0);
			for (const q of asked) expect(needed, q).toContain(q.split('|')[0]);
			// Knowing nothing, the path to the goal is all it needs.
			const title = (await root.locator('select[name="to"] option:checked').textContent())!.trim();
			const hours = formatHours(routeHours(graph!, [...needed], 'full'), lang);
			expect(await root.locator('.placement-goal-path').textContent()).toBe(PLACEMENT_UI[lang].goalPath(needed.size, hours, title));
			expect(await root.locator('.placement-path').getAttribute('href')).toMatch(new RegExp(`/path/\\?to=topic:${goal}$`));
			expect(await root.locator('.placement-unknown li').first().getAttribute('data-id')).toBe(graph!.order.find((id) => needed.has(id)));
			await page.close();
		}
	});
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { requiredClasses, unusedCssReport } from '../../src/integrations/unused-css';
import { launchBrowser } from '../helpers/browser';
import { scrollAndHydrate } from '../helpers/hydration';

/**
 * The unused-CSS cut (src/integrations/unused-css.ts) decides from the built files which classes can
 * occur; scripts set classes after load, and a class a script builds in a way the cut did not foresee
 * would lose its styles. Here Chromium does what readers do — search, mark progress, open the roadmap
 * with its highlights and the path, solve a practice problem, use widgets, paste an error, hit a missing page — while an
 * observer records every class any element ever carries. No selector the cut removed may be one those
 * elements could match: each must require a class never seen.
 */
const site = inject('siteUrl');
const report = unusedCssReport(join(import.meta.dirname, '..', '..', '.astro', 'cache'));
let browser: Browser;
let page: Page;
const seen = new Set<string>();

beforeAll(async () => {
	browser = await launchBrowser();
	page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
	// Every class on every element, from the first parse to the last change, kept across the visit.
	await page.addInitScript(() => {
		const classes = new Set<string>();
		(window as unknown as { __classes: Set<string> }).__classes = classes;
		const note = (el: Element) => {
			for (const c of el.classList) classes.add(c);
			for (const child of el.querySelectorAll('[class]')) for (const c of child.classList) classes.add(c);
		};
		new MutationObserver((records) => {
			for (const r of records) {
				if (r.type === 'attributes' && r.target instanceof Element) for (const c of r.target.classList) classes.add(c);
				for (const n of r.addedNodes) if (n instanceof Element) note(n);
			}
		}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
	});
});
afterAll(async () => browser?.close());

/** Adds what the page's elements carried so far to `seen`. */
async function collect(): Promise<void> {
	const classes = await page.evaluate(() => {
		const all = (window as unknown as { __classes: Set<string> }).__classes;
		for (const el of document.querySelectorAll('[class]')) for (const c of el.classList) all.add(c);
		return [...all];
	});
	for (const c of classes) seen.add(c);
}

describe('no selector the cut removed could match what scripts draw', () => {
	test('search, progress, roadmap, path, practice, widgets, errors and a missing page', async () => {
		// Search with results.
		await page.goto(`${site}/`);
		await page.locator('button[data-open-modal]').first().click();
		await page.locator('dialog[open] .sb-input').fill('градиент');
		await page.locator('dialog[open] .sb-result').first().waitFor();
		await collect();

		// A topic marked known, its widgets hydrated, a practice answer checked.
		await page.goto(`${site}/linear-algebra/matrix-multiplication/`);
		await page.getByRole('button', { name: 'Знаю', exact: true }).click();
		await scrollAndHydrate(page);
		const practice = page.locator('section.practice[data-ready="true"]');
		await practice.locator('input[name="answer"]').fill('1');
		await practice.locator('input[name="answer"]').press('Enter');
		await practice.locator('.practice-feedback[data-verdict]').waitFor();
		await practice.getByRole('button', { name: /Новая задача/ }).click();
		await practice.locator('.practice-question').waitFor();
		await collect();
		await page.goto(`${site}/linear-algebra/vectors/`);
		await page.getByRole('button', { name: 'Пропускаю', exact: true }).click();
		await page.getByRole('button', { name: 'Изучаю', exact: true }).first().waitFor();
		await collect();

		// The roadmap and the path draw that progress with classes of their own.
		await page.goto(`${site}/roadmap/`);
		await page.locator('a.rm-node.state-known').first().waitFor();
		await page.locator('a.rm-node.state-skipped').first().waitFor();
		for (const highlight of ['short', 'progress']) {
			await page.locator(`input[data-highlight="${highlight}"]`).check();
			await page.locator(`.roadmap.rm-show-${highlight}`).waitFor();
			await collect();
			await page.locator(`input[data-highlight="${highlight}"]`).uncheck();
		}
		await page.goto(`${site}/path/`);
		await page.locator('.path-steps li').first().waitFor();
		await collect();

		// An error pasted on the errors page, the review page, and a missing address.
		await page.goto(`${site}/errors/`);
		await page.getByLabel('Вставьте сообщение об ошибке или весь traceback').fill('RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16)');
		await page.locator('.err-result').waitFor();
		await collect();
		await page.goto(`${site}/review/`);
		await collect();
		await page.goto(`${site}/en/no-such-page-gradient/`);
		await collect();

		// The observer saw classes that only scripts set, so it would see a class the cut did not foresee.
		for (const scripted of ['sb-result', 'state-known', 'state-skipped', 'rm-show-short', 'rm-show-progress', 'err-result']) expect(seen, `never saw «${scripted}»`).toContain(scripted);

		expect(existsSync(report), `no report at ${report}: build the site first`).toBe(true);
		const removed = Object.values(JSON.parse(readFileSync(report, 'utf8')) as Record<string, string[]>).flat();
		expect(removed.length).toBeGreaterThan(0);
		const couldMatch = removed.filter((selector) => requiredClasses(selector).every((c) => seen.has(c)));
		expect(couldMatch, 'removed selectors whose every required class an element carried').toEqual([]);
	});
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';

let browser: Browser;
const site = inject('siteUrl');
const MATMUL = '/linear-algebra/matrix-multiplication/';
const DENSE = 'neural-networks/dense-layer';

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function markKnown(context: BrowserContext, path: string, label: string) {
	const page = await context.newPage();
	await page.goto(site + path);
	await page.getByRole('button', { name: label, exact: true }).click();
	return page;
}

const pathSteps = (context: BrowserContext, query: string, hash = '') =>
	context.newPage().then(async (page) => {
		await page.goto(`${site}/path/?to=${query}${hash}`);
		await page.waitForSelector('.path-progress:not([hidden])');
		return { page, steps: await page.locator('.path-steps li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id'))) };
	});

describe('progress without an account', () => {
	test('a mark survives a reload, colours the roadmap and prunes the path', async () => {
		const context = await browser.newContext();
		const before = await pathSteps(context, `topic:${DENSE}`);
		expect(before.steps).toContain('linear-algebra/matrix-multiplication');

		const page = await markKnown(context, MATMUL, 'Знаю');
		await page.reload();
		expect(await page.getByRole('button', { name: 'Знаю', exact: true }).getAttribute('aria-pressed')).toBe('true');

		await page.goto(`${site}/roadmap/`);
		expect(await page.locator('a.rm-node[data-id="linear-algebra/matrix-multiplication"]').getAttribute('class')).toContain('state-known');

		const after = await pathSteps(context, `topic:${DENSE}`);
		expect(after.steps).not.toContain('linear-algebra/matrix-multiplication');
		expect(after.steps).toContain(DENSE);
		expect(await after.page.locator('.path-progress-label').textContent()).toMatch(/Пройдено [1-9]\d* из/);
		await context.close();
	});

	test('a shared link carries the marks into a fresh profile and can be loaded', async () => {
		const sender = await browser.newContext();
		await markKnown(sender, MATMUL, 'Знаю');
		const { page } = await pathSteps(sender, `topic:${DENSE}`);
		const link = await page.locator('.path-share-url').inputValue();
		expect(link).toContain('known=');
		await sender.close();

		const mentor = await browser.newContext();
		const view = await mentor.newPage();
		await view.goto(link);
		await view.waitForSelector('.path-progress:not([hidden])');
		const steps = await view.locator('.path-steps li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
		expect(steps).not.toContain('linear-algebra/matrix-multiplication');
		expect(await view.locator('.path-import-link').isVisible()).toBe(true);
		await view.getByRole('button', { name: 'Загрузить их вместо моих' }).click();
		await view.goto(site + MATMUL);
		expect(await view.getByRole('button', { name: 'Знаю', exact: true }).getAttribute('aria-pressed')).toBe('true');
		await mentor.close();
	});

	test('export to a file, then import it into a fresh profile', async () => {
		const first = await browser.newContext({ acceptDownloads: true });
		await markKnown(first, '/en/neural-networks/activation-functions/', 'Learning');
		const { page } = await pathSteps(first, 'track:practitioner');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Сохранить прогресс в файл' }).click()]);
		const file = join(mkdtempSync(join(tmpdir(), 'nn-math-export-')), 'progress.json');
		await download.saveAs(file);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'nn-math-progress', topics: { 'neural-networks/activation-functions': 'learning' } });
		await first.close();

		const second = await browser.newContext();
		const fresh = await second.newPage();
		await fresh.goto(`${site}/en/path/`);
		await fresh.locator('input[type="file"][data-action="import"]').setInputFiles(file);
		await expect.poll(() => fresh.locator('.path-notice').textContent()).toBe('Progress loaded.');
		await fresh.goto(`${site}/en/neural-networks/activation-functions/`);
		expect(await fresh.getByRole('button', { name: 'Learning', exact: true }).getAttribute('aria-pressed')).toBe('true');
		await second.close();
	});

	test('corrupt storage is reported, never rewritten on a read, and kept when a mark replaces it', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(site + MATMUL);
		const corrupt = '{"v":1,"topics":{"linear-algebra/matrix-multiplication":"known","<b>":"x"';
		await page.evaluate((text) => localStorage.setItem('nn-math:progress', text), corrupt);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.reload();
		expect(await page.locator('.progress-message').textContent()).toContain('повреждён');
		expect(await page.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(corrupt);
		await page.goto(`${site}/roadmap/`);
		await expect.poll(() => page.locator('.roadmap-notice').textContent()).toContain('повреждён');
		await page.goto(`${site}/path/`);
		await expect.poll(() => page.locator('.path-notice').textContent()).toContain('повреждён');
		expect(await page.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(corrupt);
		await page.goto(site + MATMUL);
		await page.getByRole('button', { name: 'Изучаю', exact: true }).click();
		expect(await page.evaluate(() => localStorage.getItem('nn-math:progress'))).toContain('learning');
		expect(await page.evaluate(() => localStorage.getItem('nn-math:progress-unreadable'))).toBe(corrupt);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('progress of a newer format version is shown read-only on every page and never rewritten', async () => {
		const context = await browser.newContext();
		const newer = JSON.stringify({ v: 4, topics: { 'linear-algebra/matrix-multiplication': 'known' }, answers: { x: [1, 2] } });
		await context.addInitScript((text) => {
			if (!sessionStorage.getItem('seeded')) localStorage.setItem('nn-math:progress', text), sessionStorage.setItem('seeded', '1');
		}, newer);
		const page = await context.newPage();
		await page.goto(`${site}/en${MATMUL}`);
		const known = page.getByRole('button', { name: 'I know it', exact: true });
		await expect.poll(() => known.getAttribute('aria-pressed')).toBe('true');
		expect(await known.isDisabled()).toBe(true);
		expect(await page.locator('.progress-message').textContent()).toContain('newer version');
		await page.goto(`${site}/roadmap/`);
		await expect.poll(() => page.locator('.roadmap-notice').textContent()).toContain('более новой версией');
		expect(await page.locator('a.rm-node[data-id="linear-algebra/matrix-multiplication"]').getAttribute('class')).toContain('state-known');
		const { page: path, steps } = await pathSteps(context, `topic:${DENSE}`);
		expect(steps).not.toContain('linear-algebra/matrix-multiplication');
		expect(await path.locator('.path-notice').textContent()).toContain('более новой версией');
		expect(await path.locator('input[type="file"][data-action="import"]').isDisabled()).toBe(true);
		expect(await path.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(newer);
		await context.close();
	});

	test('/path/ keeps marks for topics this build does not know', async () => {
		const context = await browser.newContext();
		const stored = JSON.stringify({ v: 1, topics: { 'calculus/added-later': 'known', 'linear-algebra/matrix-multiplication': 'known' } });
		const page = await context.newPage();
		await page.goto(`${site}/path/`);
		await page.evaluate((text) => localStorage.setItem('nn-math:progress', text), stored);
		const { page: path, steps } = await pathSteps(context, `topic:${DENSE}`);
		expect(steps).not.toContain('linear-algebra/matrix-multiplication');
		expect(await path.locator('.path-notice').isHidden()).toBe(true);
		expect(await path.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(stored);
		await path.goto(site + MATMUL);
		await path.getByRole('button', { name: 'Изучаю', exact: true }).click();
		expect(JSON.parse((await path.evaluate(() => localStorage.getItem('nn-math:progress')))!).topics).toEqual({
			'calculus/added-later': 'known',
			'linear-algebra/matrix-multiplication': 'learning',
		});
		await context.close();
	});

	test('an import that removes marks shows the change and waits; a confirmed import can be undone', async () => {
		const context = await browser.newContext();
		const page = await markKnown(context, MATMUL, 'Знаю');
		const before = await page.evaluate(() => localStorage.getItem('nn-math:progress'));
		const file = join(mkdtempSync(join(tmpdir(), 'nn-math-import-')), 'other.json');
		writeFileSync(file, JSON.stringify({ kind: 'nn-math-progress', v: 1, topics: { 'calculus/derivative': 'learning' } }));
		const { page: path } = await pathSteps(context, `topic:${DENSE}`);
		await path.locator('input[type="file"][data-action="import"]').setInputFiles(file);
		const preview = path.locator('.path-import-preview');
		await preview.waitFor({ state: 'visible' });
		expect(await preview.locator('[data-list="removed"] li').allTextContents()).toEqual(['Умножение матриц: знаю']);
		expect(await preview.locator('[data-list="added"] li').allTextContents()).toEqual([expect.stringContaining(': изучаю')]);
		expect(await path.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(before);

		await path.getByRole('button', { name: 'Отмена', exact: true }).click();
		expect(await path.locator('.path-notice').textContent()).toContain('Загрузка отменена');
		expect(await path.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(before);

		await path.locator('input[type="file"][data-action="import"]').setInputFiles(file);
		await path.getByRole('button', { name: 'Загрузить', exact: true }).click();
		await expect.poll(() => path.locator('.path-notice').textContent()).toBe('Прогресс загружен.');
		expect(await path.evaluate(() => localStorage.getItem('nn-math:progress'))).toContain('calculus/derivative');
		await path.getByRole('button', { name: 'Вернуть прогресс, каким он был до загрузки' }).click();
		await expect.poll(() => path.locator('.path-notice').textContent()).toContain('возвращён');
		expect(await path.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(before);
		await context.close();
	});

	test('a file with nothing usable is refused with a reason and changes nothing', async () => {
		const context = await browser.newContext();
		const page = await markKnown(context, MATMUL, 'Знаю');
		const before = await page.evaluate(() => localStorage.getItem('nn-math:progress'));
		const dir = mkdtempSync(join(tmpdir(), 'nn-math-bogus-'));
		const { page: path } = await pathSteps(context, 'track:practitioner');
		for (const [name, topics, reason] of [
			['bogus', { bogus: 'known' }, 'нет ни одной отметки'],
			['unknown', { 'calculus/not-here': 'known' }, 'которых на этом сайте нет'],
		] as const) {
			writeFileSync(join(dir, `${name}.json`), JSON.stringify({ kind: 'nn-math-progress', v: 1, topics }));
			await path.locator('input[type="file"][data-action="import"]').setInputFiles(join(dir, `${name}.json`));
			await expect.poll(() => path.locator('.path-notice').textContent()).toContain(reason);
		}
		expect(await path.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(before);
		await context.close();
	});

	test('when storage refuses to save, marks work for the visit and the page says so', async () => {
		const context = await browser.newContext();
		// Safari's private mode and a full quota behave like this: reading works, writing throws.
		await context.addInitScript(() => {
			Storage.prototype.setItem = (key: string) => {
				throw new DOMException(`The quota has been exceeded (${key}).`, 'QuotaExceededError');
			};
		});
		const page = await context.newPage();
		const errors: string[] = [];
		// Starlight's own theme script stored the theme without a try/catch and threw here; the override must not.
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${site}/en${MATMUL}`);
		await page.getByRole('button', { name: 'I know it', exact: true }).click();
		expect(await page.getByRole('button', { name: 'I know it', exact: true }).getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('.progress-message').textContent()).toContain('does not let the site save progress');
		expect(errors, errors.join('\n')).toEqual([]);
		await context.close();
	});

	test('when storage cannot even be read, our controls still work', async () => {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		const page = await context.newPage();
		await page.goto(`${site}${MATMUL}`);
		expect(await page.locator('.progress-message').textContent()).toContain('не даёт сохранить прогресс');
		await page.getByRole('button', { name: 'Пропускаю', exact: true }).click();
		expect(await page.getByRole('button', { name: 'Пропускаю', exact: true }).getAttribute('aria-pressed')).toBe('true');
		await context.close();
	});

	test('hovering a roadmap node lights its prerequisites and what it unlocks', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/en/roadmap/`);
		await page.locator('a.rm-node[data-id="linear-algebra/matrix-multiplication"]').focus();
		expect(await page.locator(`a.rm-node[data-id="${DENSE}"]`).getAttribute('class')).toContain('rm-after');
		expect(await page.locator('polyline.rm-lit').count()).toBeGreaterThan(0);
		await page.close();
	});

	test('marking steps on the path itself: «знаю» and «пропускаю» take a step off, only «знаю» counts as done, «изучаю» shows, and the last change can be undone', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		const { page, steps } = await pathSteps(context, 'topic:calculus/chain-rule');
		const [first, second, third] = steps as [string, string, string];
		const mark = (id: string, label: string) => page.locator(`.path-steps li[data-id="${id}"] button[data-mark]`, { hasText: label }).click();
		const label = () => page.locator('.path-progress-label').textContent();

		await mark(first, 'Знаю');
		await expect.poll(() => page.locator(`.path-steps li[data-id="${first}"]`).count()).toBe(0);
		expect(await page.locator('.path-mark-status span').textContent()).toContain('знаю');
		// The keyboard lands on «Вернуть», since the marked step left the list.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('undo-mark');
		expect(await label()).toBe(`Пройдено 1 из ${steps.length}`);

		await mark(second, 'Пропускаю');
		await expect.poll(() => label()).toBe(`Пройдено 1 из ${steps.length}, пропущено 1`);

		await mark(third, 'Изучаю');
		await expect.poll(() => page.locator(`.path-steps li[data-id="${third}"] .path-tag`).allTextContents()).toEqual(['изучаю']);
		expect(await page.locator(`.path-steps li[data-id="${third}"] button[data-mark="learning"]`).getAttribute('aria-pressed')).toBe('true');
		await page.locator('[data-action="undo-mark"]').click();
		await expect.poll(() => page.locator(`.path-steps li[data-id="${third}"] .path-tag`).count()).toBe(0);

		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('nn-math:progress')!).topics);
		expect(stored).toEqual({ [first]: 'known', [second]: 'skipped' });
		// The topic page agrees, and nothing on the phone is wider than the screen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		const topic = await context.newPage();
		await topic.goto(`${site}/${first}/`);
		await expect.poll(() => topic.getByRole('button', { name: 'Знаю', exact: true }).getAttribute('aria-pressed')).toBe('true');
		await context.close();
	});

	test('the path never shows the server\'s default list in place of the reader\'s goal, and shows itself if its script never comes', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		// Scripts are held back until the page has painted, as on a slow first visit from the home page.
		const held: Array<() => Promise<void>> = [];
		await page.route(/\/_astro\/.*\.js$/, (route) => void held.push(() => route.continue()));
		await page.goto(`${site}/path/?to=topic:neural-networks/backpropagation&route=short`, { waitUntil: 'commit' });
		await page.waitForFunction(() => !!document.querySelector('.path-steps li') && new Promise((done) => requestAnimationFrame(() => done(true))));
		expect(await page.locator('.path-steps').evaluate((ol) => getComputedStyle(ol).visibility)).toBe('hidden');
		await Promise.all(held.splice(0).map((go) => go()));
		await page.unroute(/\/_astro\/.*\.js$/);
		await expect.poll(() => page.locator('.path-steps').evaluate((ol) => getComputedStyle(ol).visibility)).toBe('visible');
		const short = await page.locator('.path-steps li').count();
		expect(short).toBeLessThan(12);
		expect(await page.locator('select[name="route"]').inputValue()).toBe('short');

		// Without its script the server's list is the best there is: it appears rather than stay hidden.
		const bare = await context.newPage();
		await bare.route(/\/_astro\/.*\.js$/, (route) => route.abort());
		await bare.goto(`${site}/path/`);
		expect(await bare.locator('[data-path-planner]').getAttribute('data-pending')).toBe('');
		await expect.poll(() => bare.locator('.path-steps').evaluate((ol) => getComputedStyle(ol).visibility), { timeout: 15_000 }).toBe('visible');
		expect(await bare.locator('.path-steps li').count()).toBeGreaterThan(short);
		await context.close();
	});
});

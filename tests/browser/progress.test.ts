import { mkdtempSync, readFileSync } from 'node:fs';
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

	test('corrupt storage is reported and replaced without breaking the page', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(site + MATMUL);
		await page.evaluate(() => localStorage.setItem('nn-math:progress', '{"v":1,"topics":{"linear-algebra/matrix-multiplication":"known","<b>":"x"'));
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.reload();
		expect(await page.locator('.progress-message').textContent()).toContain('повреждён');
		expect(await page.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe('{"v":1,"topics":{}}');
		await page.getByRole('button', { name: 'Изучаю', exact: true }).click();
		expect(await page.evaluate(() => localStorage.getItem('nn-math:progress'))).toContain('learning');
		expect(errors).toEqual([]);
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
		// Starlight's own theme script stores the theme without a try/catch and throws here; ours must not.
		page.on('pageerror', (e) => e.message.includes('(starlight-theme)') || errors.push(e.message));
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
});

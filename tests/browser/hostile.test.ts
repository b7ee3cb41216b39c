import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { policyFromHeaders } from '../../src/links/csp';
import { launchBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { serveStatic } from '../helpers/static-server';

/**
 * A sample of the unit fuzz suites' hostile inputs, driven against the built site under the CSP from
 * `dist/_headers`: malformed and prototype fragments, 404 addresses and `?from=`, stored progress of
 * every kind, share links, import files, widget links, and storage that throws. Every page must show
 * no console error, no uncaught exception and no CSP violation, and no payload may run (each sets
 * `window.__pwned`, which must stay unset). Waits are on conditions: a script's visible effect.
 */

const policy = policyFromHeaders(readFileSync(join(DIST, '_headers'), 'utf8'))!;
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
let browser: Browser;
let server: Server;
let site: string;

beforeAll(async () => {
	browser = await launchBrowser();
	({ url: site, server } = await serveStatic(DIST, { 'content-security-policy': policy }));
});
afterAll(async () => {
	await browser?.close();
	await new Promise<void>((resolve) => server?.close(() => resolve()));
});

interface Watched {
	context: BrowserContext;
	page: Page;
	/** Console errors, uncaught exceptions, CSP violations and dialogs, as they happen. */
	problems: string[];
	/** Asserts that nothing went wrong and no payload ran, then closes the context. */
	done(): Promise<void>;
}

async function watched(init?: (context: BrowserContext) => Promise<void>, width = 1280): Promise<Watched> {
	const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
	await init?.(context);
	const page = await context.newPage();
	const problems: string[] = [];
	await page.exposeFunction('__violation', (v: string) => problems.push(`csp: ${v}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __violation(v: string): void }).__violation(`${e.violatedDirective} ${e.blockedURI || e.sample}`),
		);
	});
	page.on('console', (m) => {
		// A 404 status for the page itself is the server answering, not a script failing.
		if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console: ${m.text().slice(0, 200)}`);
	});
	page.on('pageerror', (e) => problems.push(`uncaught: ${e.message.slice(0, 200)}`));
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	return {
		context,
		page,
		problems,
		async done() {
			for (const p of context.pages()) expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'a payload ran').toBeUndefined();
			expect(problems, problems.join('\n')).toEqual([]);
			await context.close();
		},
	};
}

/** The heading-links script has run once its copy buttons are shown. */
const headingScriptRan = (page: Page) => page.waitForSelector('button.hl-copy:not([hidden])', { state: 'attached' });

describe('hostile input against the built site, under its CSP', () => {
	test('malformed, prototype and script fragments: no error, the hashchange listener still works', async () => {
		const w = await watched();
		for (const hash of ['#%E0%A4%A', '#%', '#__proto__', '#constructor', `#${encodeURIComponent(PAYLOAD)}`]) {
			await w.page.goto(`${site}/linear-algebra/matrix-multiplication/${hash}`);
			await headingScriptRan(w.page);
			expect(new URL(w.page.url()).pathname).toBe('/linear-algebra/matrix-multiplication/');
		}
		// The listener was added: a later malformed hash is handled (no error) and the page stays.
		await w.page.evaluate(() => (location.hash = '#%E0%A4%A'));
		await w.page.waitForFunction(() => location.hash === '#%E0%A4%A');
		expect(new URL(w.page.url()).pathname).toBe('/linear-algebra/matrix-multiplication/');
		await w.done();
	});

	test('404 addresses: a non-Latin path shows decoded; a `from` that leaves the origin is ignored', async () => {
		const w = await watched();
		await w.page.goto(`${site}/${encodeURIComponent('матрицы')}/`);
		await expect.poll(() => w.page.locator('.nf-path').textContent()).toBe('/матрицы/');
		for (const from of ['/\\evil.example/x', '/%09/evil.example/x', '/.//evil.example/x', `/en/${encodeURIComponent(PAYLOAD)}/`]) {
			await w.page.goto(`${site}/en/404/?from=${encodeURIComponent(from)}`);
			await w.page.waitForFunction(() => document.readyState === 'complete');
			expect(new URL(w.page.url()).origin).toBe(site);
		}
		await w.page.goto(`${site}/en/${'a/'.repeat(3000)}`);
		await expect.poll(() => w.page.locator('.nf-requested').isVisible()).toBe(true);
		await w.done();
	});

	const STORED = [
		JSON.stringify({ v: 4, topics: { 'linear-algebra/matrix-multiplication': 'known' }, answers: { x: 1 } }),
		'{"v":"1","topics":{"linear-algebra/matrix-multiplication":"known"}}',
		'{"v":1,"topics":{"__proto__":{"polluted":"known"},"constructor":"known","linear-algebra/matrix-multiplication":"learning"}}',
		`{"v":1,"topics":{"${PAYLOAD.replace(/"/g, '\\"')}":"known"}}`,
		JSON.stringify({ v: 1, topics: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`calculus/t${i}`, 'known'])) }),
		'{oops',
		'null',
	];
	test.each(STORED.map((s) => [s.slice(0, 60), s]))('stored progress %s: every page reads it without error and leaves it as it was', async (_, stored) => {
		const w = await watched();
		await w.page.goto(`${site}/en/`);
		await w.page.evaluate((text) => localStorage.setItem('nn-math:progress', text), stored);
		await w.page.goto(`${site}/linear-algebra/matrix-multiplication/`);
		await w.page.waitForSelector('.progress-control[data-ready]');
		await w.page.goto(`${site}/roadmap/`);
		await w.page.waitForSelector('.roadmap-toolbar[data-ready]');
		await w.page.goto(`${site}/path/#known=${encodeURIComponent(`__proto__,constructor,${PAYLOAD},calculus/derivative`)}`);
		await w.page.waitForSelector('.path-share:not([hidden])');
		expect(await w.page.evaluate(() => localStorage.getItem('nn-math:progress'))).toBe(stored);
		expect(await w.page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false);
		await w.done();
	});

	test('hostile import files are refused with a reason and change nothing', async () => {
		const w = await watched();
		await w.page.goto(`${site}/path/`);
		await w.page.waitForSelector('.path-share:not([hidden])');
		const dir = mkdtempSync(join(tmpdir(), 'nn-math-hostile-'));
		const files = {
			proto: '{"kind":"nn-math-progress","v":1,"topics":{"__proto__":{"x":"known"}}}',
			payload: JSON.stringify({ kind: 'nn-math-progress', v: 1, topics: { [PAYLOAD]: 'known' } }),
			newer: '{"kind":"nn-math-progress","v":4,"topics":{"calculus/derivative":"known"}}',
			binary: '\u0000\uffff'.repeat(1000),
		};
		for (const [name, text] of Object.entries(files)) {
			writeFileSync(join(dir, `${name}.json`), text);
			await w.page.evaluate(() => (document.querySelector('.path-notice')!.textContent = ''));
			await w.page.locator('input[type="file"][data-action="import"]').setInputFiles(join(dir, `${name}.json`));
			await expect.poll(() => w.page.locator('.path-notice').textContent()).toMatch(/ничего не изменено/);
		}
		expect(await w.page.evaluate(() => localStorage.getItem('nn-math:progress'))).toBeNull();
		await w.done();
	});

	test('widget links: k and a seed alone are accepted, an over-long value is refused aloud, a bad one clears once fixed', async () => {
		const w = await watched();
		const widget = w.page.locator('.dense-layer').first();
		const hydrated = async () => {
			await widget.scrollIntoViewIfNeeded();
			await w.page.waitForFunction(() => !document.querySelector('.dense-layer')?.closest('astro-island')?.hasAttribute('ssr'));
		};
		await w.page.goto(`${site}/neural-networks/dense-layer/?dl.k=3&dl.s=5`);
		await hydrated();
		await expect.poll(() => widget.getByLabel('Нейронов k').inputValue()).toBe('3');
		expect(await widget.getByRole('alert').count()).toBe(0);

		// Over the 4096-character cap of a field (src/numbers/read.ts, MAX_TEXT), as a link value.
		await w.page.goto(`${site}/neural-networks/dense-layer/?dl.w=${'1 '.repeat(2100)}`);
		await hydrated();
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('слишком длинная');

		await w.page.goto(`${site}/neural-networks/dense-layer/?dl.k=${encodeURIComponent(PAYLOAD)}&dl.b=${encodeURIComponent(PAYLOAD)}`);
		await hydrated();
		await expect.poll(() => widget.getByRole('alert').textContent()).toContain('В ссылке неверное состояние');
		await widget.getByLabel('Нейронов k').fill('4');
		await expect.poll(() => widget.getByRole('alert').count()).toBe(0);
		await w.done();
	});

	test('storage that throws on every use: no error from any script, and choosing the light theme works', async () => {
		const w = await watched(async (context) => {
			await context.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			});
		});
		await w.page.emulateMedia({ colorScheme: 'dark' });
		await w.page.goto(`${site}/linear-algebra/matrix-multiplication/`);
		await w.page.waitForSelector('.progress-control[data-ready]');
		expect(await w.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await w.page.locator('starlight-theme-select select').first().selectOption('light');
		await expect.poll(() => w.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		for (const path of ['/roadmap/', '/path/', '/en/nope/']) {
			await w.page.goto(site + path);
			await w.page.waitForFunction(() => document.readyState === 'complete');
		}
		await w.done();
	});
});

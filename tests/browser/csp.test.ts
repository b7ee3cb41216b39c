import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inlineHandlers, policyFromHeaders } from '../../src/links/csp';
import { htmlFiles } from '../../src/links/dist-files';
import { launchBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { serveStatic } from '../helpers/static-server';

/**
 * The site works under the Content-Security-Policy the build writes into `_headers`: a topic page
 * with its island and exercise, search (Pagefind's WebAssembly), the heading controls, the 404 page.
 */

const policy = policyFromHeaders(readFileSync(join(DIST, '_headers'), 'utf8'))!;
let browser: Browser;
const servers: Server[] = [];

async function serve(csp: string): Promise<string> {
	const { url, server } = await serveStatic(DIST, { 'content-security-policy': csp });
	servers.push(server);
	return url;
}

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** A page that records every CSP violation, from the event and from the console. */
async function watched(): Promise<{ page: Page; violations: string[] }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const violations: string[] = [];
	await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective}: ${e.blockedURI || e.sample || '(inline)'}`);
		});
	});
	page.on('console', (m) => {
		if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text().replace(/(data:[^,]+,)[^']{20,}/g, '$1…').slice(0, 300));
	});
	page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
	return { page, violations };
}

describe('the Content-Security-Policy in _headers', () => {
	test('is strict: no inline scripts but hashed ones, no eval, nothing from other origins', () => {
		expect(policy).toMatch(/^default-src 'self';/);
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
		expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:|\*/);
	});

	test('the built HTML has no inline event handlers or javascript: URLs, which hashes cannot allow', () => {
		for (const file of htmlFiles(DIST)) expect(inlineHandlers(readFileSync(join(DIST, file), 'utf8')), file).toEqual([]);
	});

	test('a topic page, its island, its exercise, the heading controls and search work with no violation', async () => {
		const site = await serve(policy);
		const { page, violations } = await watched();
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
		await page.goto(`${site}/linear-algebra/matrix-multiplication/`, { waitUntil: 'networkidle' });

		// The island hydrates and reacts.
		const widget = page.locator('.shape-explorer');
		await widget.scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr]) .shape-explorer', { timeout: 15_000 });
		await widget.locator('input').nth(3).fill('8');
		await expect.poll(() => widget.locator('.verdict').first().textContent(), { timeout: 5_000 }).toContain('(4×8)');

		// An exercise (a component's inline script).
		const exercise = page.locator('section.exercise').first();
		await exercise.locator('input').fill('3 × 5');
		await exercise.locator('input').press('Enter');
		await expect.poll(() => exercise.locator('.exercise-feedback').getAttribute('data-verdict'), { timeout: 5_000 }).toBe('correct');

		// A heading's copy button (the shared inline script).
		await page.locator('#idea').hover();
		await page.locator('.hl-heading:has(> #idea) button[data-copy="link"]').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5_000 }).toMatch(/#idea$/);

		// Search: Pagefind's script, WebAssembly and index.
		await page.locator('button[data-open-modal]').first().click();
		const input = page.locator('dialog[open] .sb-input');
		await input.waitFor({ timeout: 15_000 });
		await input.fill('умножению');
		// A result's link appears once its fragment has loaded, so the fragment fetch is covered too.
		await page.locator('dialog[open] .sb-result a.sb-link').first().waitFor({ timeout: 15_000 });
		// A pasted error message: the error answer's chunks load, and its entry is drawn.
		await input.fill('RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3 and 2x5)');
		await page.locator('dialog[open] .sb-error[data-error="mat1-mat2-shapes"] a').waitFor({ timeout: 15_000 });

		expect(violations).toEqual([]);
		await page.context().close();
	});

	test('the 404 page and the English home page work with no violation', async () => {
		const site = await serve(policy);
		const { page, violations } = await watched();
		await page.goto(`${site}/en/calculus/nope/`, { waitUntil: 'networkidle' });
		await page.locator('.nf-closest, .nf-requested').first().waitFor({ state: 'attached' });
		await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('en');
		await page.goto(`${site}/en/`, { waitUntil: 'networkidle' });
		expect(violations).toEqual([]);
		await page.context().close();
	});

	test('the error page explains a message from its link and a pasted one with no violation', async () => {
		const site = await serve(policy);
		const { page, violations } = await watched();
		await page.goto(`${site}/errors/?msg=${encodeURIComponent('RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16)')}`, { waitUntil: 'networkidle' });
		await expect.poll(() => page.locator('[data-errors]').getAttribute('data-state')).toBe('mat1-mat2-shapes');
		await page.locator('#err-paste').fill('ValueError: operands could not be broadcast together with shapes (4,2) (3,) ');
		await expect.poll(() => page.locator('[data-errors]').getAttribute('data-state')).toBe('numpy-broadcast');
		expect(violations).toEqual([]);
		await page.context().close();
	});

	test('the check does notice a violation: without the script hashes, the inline scripts are refused', async () => {
		const site = await serve(policy.replace(/ 'sha256-[^']+'/g, ''));
		const { page, violations } = await watched();
		await page.goto(`${site}/linear-algebra/matrix-multiplication/`, { waitUntil: 'networkidle' });
		await expect.poll(() => violations.length, { timeout: 5_000 }).toBeGreaterThan(0);
		expect(violations.join('\n')).toMatch(/script-src/);
		await page.context().close();
	});
});

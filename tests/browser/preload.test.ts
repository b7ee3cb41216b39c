import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';

/**
 * Our preload helper (src/client/preload.ts), which the build puts in place of Vite's around every
 * lazy `import()`, run in Chromium from the built site: the contract Vite's generated code relies on.
 */
const site = inject('siteUrl');
const helper = readdirSync(join(DIST, '_astro')).find((f) => /^preload\.[\w-]+\.js$/.test(f));
const sheet = readdirSync(join(DIST, '_astro')).find((f) => /^common\.[\w-]+\.css$/.test(f));
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the preload helper', () => {
	test('is the one the build uses, and the search box is loaded through it', () => {
		expect(helper, 'no _astro/preload.*.js: is the nn-math:preload-helper plugin in astro.config.mjs?').toBeDefined();
		expect(readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('preload-helper.'))).toEqual([]);
	});

	test('fetches each dependency once, waits for stylesheets, and reports one that fails', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/`);
		// Loaded as the pages load it, as a module (its one export is the helper, under a minified name).
		await page.addScriptTag({ type: 'module', content: `import * as m from '/_astro/${helper}'; window.preload = Object.values(m)[0];` });
		await page.waitForFunction(() => 'preload' in window);
		const result = await page.evaluate(
			async ([helper, sheet]) => {
				const preload = (window as unknown as { preload: (load: () => Promise<string>, deps?: string[]) => Promise<string> }).preload;
				const links = () => [...document.querySelectorAll('link')].map((l) => `${l.rel} ${new URL(l.href).pathname}`);
				const before = links().length;
				// No dependencies: the module is loaded at once.
				const plain = await preload(async () => 'loaded');
				// A script twice, a stylesheet already on the page, and this helper itself (the bundler lists it).
				await preload(async () => 'x', ['_astro/dep-a.js', `_astro/${sheet}`, `_astro/${helper}`]);
				await preload(async () => 'x', ['_astro/dep-a.js']);
				const added = links().slice(before);
				// A stylesheet that cannot load: the load is refused, and the page hears of it.
				let heard = '';
				window.addEventListener('vite:preloadError', (e) => (heard = String((e as Event & { payload: Error }).payload.message)), { once: true });
				const failed = await preload(async () => 'should not run', ['_astro/missing.css']).catch((e: Error) => `refused: ${e.message}`);
				// A listener that prevents the error lets the module load anyway.
				window.addEventListener('vite:preloadError', (e) => e.preventDefault(), { once: true });
				const forgiven = await preload(async () => 'loaded anyway', ['_astro/missing-too.css']);
				return { plain, added, failed, heard, forgiven };
			},
			[helper!, sheet!],
		);
		expect(result.plain).toBe('loaded');
		expect(result.added).toEqual(['modulepreload /_astro/dep-a.js']);
		expect(result.failed).toBe('refused: Unable to preload CSS for ' + `${site}/_astro/missing.css`);
		expect(result.heard).toBe(`Unable to preload CSS for ${site}/_astro/missing.css`);
		expect(result.forgiven).toBe('loaded anyway');
		await page.close();
	});
});

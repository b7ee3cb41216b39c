import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { measurePage } from '../helpers/weight';

/**
 * Weight budgets from the built output, first load (issue "Budgets, audits and the benchmark"):
 * a text page ≤ 45 KiB in all; a page with math or widgets ≤ 110 KiB. A page's kind comes from its
 * HTML, so a new page is budgeted the moment it exists.
 */
const KiB = 1024;
const TEXT_BUDGET = 45 * KiB;
const RICH_BUDGET = 110 * KiB;

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const pages = builtPages()
	.filter((p) => p.file !== '404.html' && !p.html.includes('http-equiv="refresh"'))
	.map((p) => ({
		path: p.path,
		rich: p.html.includes('class="katex') || p.html.includes('<astro-island'),
	}));

describe('first-load weight', () => {
	test.each(pages)('$path stays within its budget and requests nothing from other origins', async ({ path, rich }) => {
		const weight = await measurePage(browser, site, path);
		// Every page, not just one per type: a font or script from elsewhere leaks the reader to a third party.
		expect(weight.foreign, `${path} requests from other origins`).toEqual([]);
		const budget = rich ? RICH_BUDGET : TEXT_BUDGET;
		const detail = weight.requests
			.sort((a, b) => b.bytes - a.bytes)
			.map((r) => `${(r.bytes / KiB).toFixed(1)} KiB ${r.path}`)
			.join('\n');
		expect(weight.total, `${path} (${rich ? 'math/widgets' : 'text'}) weighs ${(weight.total / KiB).toFixed(1)} KiB:\n${detail}`).toBeLessThanOrEqual(budget);
	});
});

import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { notHydrated, scrollAndHydrate } from '../helpers/hydration';
import { disableCache, visitAndWeigh, type PageWeight } from '../helpers/weight';

/**
 * Every page of the site, visited once by a first-time reader (cache off, scrolled to the end, every
 * widget hydrated), and checked three ways:
 * - first-load weight (issue "Budgets, audits and the benchmark", tightened by #19): a text page
 *   ≤ 30 KiB in all, a tool page (a script of its own, such as the path planner, the placement test,
 *   the review list, the roadmap or the error paste box) ≤ 45 KiB, a page with math or widgets
 *   ≤ 110 KiB (a page's kind comes from its HTML, so a new page is budgeted the moment it exists),
 *   and nothing requested from another origin;
 * - axe-core in the light theme, every rule: zero violations;
 * - axe-core in the dark theme, the rules that depend on colour: zero violations.
 *
 * Why the dark pass runs only the colour rules: the theme changes colours and nothing else. Starlight's
 * themes and our CSS (src/styles/site.css, src/widgets/lib/widgets.css, roadmap.css) switch custom
 * properties of colour only, so names, roles, labels, structure and what is shown are the same in both;
 * each visit checks that last part (the same elements are rendered in both themes), so a dark-only
 * element would fail here and bring the full dark audit back.
 *
 * One tab visits every page, with DevTools' "Disable cache" (tests/helpers/weight.ts), so each visit
 * costs a first load without a fresh browser profile per page.
 */
const KiB = 1024;
const BUDGET = { text: 30 * KiB, tool: 45 * KiB, rich: 110 * KiB } as const;
type Kind = keyof typeof BUDGET;
/** axe's rules whose outcome depends on colours: contrast of text, and links told apart from text by colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

let browser: Browser;
let context: BrowserContext;
let page: Page;
const site = inject('siteUrl');
beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	page = await context.newPage();
	await disableCache(page);
});
afterAll(async () => browser?.close());

/** Every page but redirects and the root 404.html; the 404 pages get no axe audit (as before). */
const built = builtPages().filter((p) => p.file !== '404.html' && !p.html.includes('http-equiv="refresh"'));

/** The module scripts a page loads; one that at most half the pages load is that page's own tool, not the site's frame. */
const scriptsOf = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
const pagesLoading = new Map<string, number>();
for (const p of built) for (const s of new Set(scriptsOf(p.html))) pagesLoading.set(s, (pagesLoading.get(s) ?? 0) + 1);

function kindOf(html: string): Kind {
	if (html.includes('class="katex') || html.includes('<astro-island')) return 'rich';
	return scriptsOf(html).some((s) => pagesLoading.get(s)! <= built.length / 2) ? 'tool' : 'text';
}

const pages = built.map((p) => ({
	path: p.path,
	kind: kindOf(p.html),
	audited: !/(^|\/)404(\/index)?\.html$/.test(p.file),
}));

/**
 * Legacy mode runs axe inside the page itself; the default opens a blank page per audit to merge
 * frames, which doubles the time and which a site without iframes does not need. `resultTypes`
 * keeps one example per passed rule instead of every passing element (thousands on a page of
 * formulas): violations are reported in full, and the audit takes half the time.
 * `empty-table-header` is off: a header that is a formula (`$x_k$`) is read from KaTeX's MathML,
 * which this best-practice rule does not count as text. tests/dist/table-headers.test.ts checks
 * instead that no header is empty, MathML included.
 */
async function audit(rules?: string[]): Promise<string[]> {
	let axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).disableRules(['empty-table-header']);
	if (rules) axe = axe.withRules(rules);
	const { violations } = await axe.analyze();
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
}

/** What a reader with a dark system theme gets: the media query for widget styles and Starlight's `data-theme`, which its theme script sets from that query on load. */
async function darkTheme(): Promise<void> {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
}

/** How many elements are rendered (not `display: none`, not hidden): equal in both themes if the theme changes colours only. */
const rendered = () => page.evaluate(() => [...document.body.querySelectorAll('*')].filter((e) => e.checkVisibility({ visibilityProperty: true })).length);

function describeWeight(path: string, kind: Kind, weight: PageWeight): string {
	const detail = weight.requests
		.sort((a, b) => b.bytes - a.bytes)
		.map((r) => `${(r.bytes / KiB).toFixed(1)} KiB ${r.path}`)
		.join('\n');
	return `${path} (${kind} page, budget ${BUDGET[kind] / KiB} KiB) weighs ${(weight.total / KiB).toFixed(1)} KiB:\n${detail}`;
}

describe('the checks see what they must', () => {
	test('the audit sees a violation when there is one (an unlabelled input)', async () => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`${site}/`, { waitUntil: 'load' });
		await page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
		expect((await audit()).join('\n')).toMatch(/^label /m);
	});

	test('the dark pass sees text that is legible only in the light theme', async () => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`${site}/en/`, { waitUntil: 'load' });
		await page.evaluate(() => {
			const p = document.createElement('p');
			p.textContent = 'Black text';
			p.style.color = '#000';
			document.querySelector('main')!.append(p);
		});
		expect(await audit(COLOUR_RULES)).toEqual([]);
		await darkTheme();
		expect((await audit(COLOUR_RULES)).join('\n')).toMatch(/^color-contrast /m);
	});

	test('a widget that does not hydrate fails the visit, naming it', async () => {
		const widgetPage = pages.find((p) => p.path === '/neural-networks/dense-layer/')!;
		const other = await context.newPage();
		// The island's component never arrives: the server's HTML stays, as it would with a broken bundle.
		await other.route(/\/_astro\/.*\.js$/, (route) => route.abort());
		await other.goto(site + widgetPage.path, { waitUntil: 'load' });
		await expect(scrollAndHydrate(other, 3_000)).rejects.toThrow(/island\(s\) not hydrated \(\/_astro\//);
		expect(await notHydrated(other)).not.toBe('every island hydrated');
		await other.close();
	});
});

describe('every page: first-load weight, axe in light and dark', () => {
	test('the three kinds of page are all there, so each budget is applied', () => {
		const count = (kind: Kind) => pages.filter((p) => p.kind === kind).length;
		expect(count('text')).toBeGreaterThan(3);
		expect(count('tool')).toBeGreaterThan(3);
		expect(count('rich')).toBeGreaterThan(3);
		expect(pages.find((p) => p.path === '/resources/')?.kind).toBe('text');
		expect(pages.find((p) => p.path === '/path/')?.kind).toBe('tool');
	});

	test.each(pages)('$path stays within its budget, requests nothing from other origins and has no axe violations', async ({ path, kind, audited }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		const weight = await visitAndWeigh(page, site, path);
		// Every page, not just one per type: a font or script from elsewhere leaks the reader to a third party.
		expect(weight.foreign, `${path} requests from other origins`).toEqual([]);
		expect(weight.total, describeWeight(path, kind, weight)).toBeLessThanOrEqual(BUDGET[kind]);
		if (!audited) return;
		const light = await audit();
		const shownInLight = await rendered();
		await darkTheme();
		expect(await rendered(), 'the dark theme shows or hides elements, so it needs the full audit').toBe(shownInLight);
		const dark = await audit(COLOUR_RULES);
		const report = [...light.map((l) => `light: ${l}`), ...dark.map((d) => `dark: ${d}`)];
		expect(report, report.join('\n')).toEqual([]);
	});
});

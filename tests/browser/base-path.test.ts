import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { policyFromHeaders } from '../../src/links/csp';
import { ogImagePath, sitePath } from '../../src/links/urls';
import { launchBrowser } from '../helpers/browser';
import { astroBuild, buildEnv, fixtureProject } from '../helpers/fixture-site';
import { scrollAndHydrate } from '../helpers/hydration';
import { checkLinks, describeBroken } from '../helpers/link-check';
import { pngSize } from '../helpers/png';
import { serveStatic } from '../helpers/static-server';

/**
 * The same code deployed under a sub-path, as GitHub Pages serves a project site: a build with
 * `BASE=/nn-math/` and `SITE=https://example.org`, served under `/nn-math/`. Every internal link,
 * asset, island, preview image, redirect and the search index must live under the base.
 *
 * Built from a fixture (tests/helpers/fixture-site.ts), not the whole site a second time: matrix
 * multiplication and the topics it needs or links to (nine topics after closing over prerequisites and links),
 * with the home, roadmap, glossary, resources, widgets and 404 pages. That is every kind of page and
 * build output the base touches: a widget island, math, preview images, a redirect, the search index,
 * the sitemap, robots.txt and _headers.
 */

const BASE = '/nn-math/';
const SITE = 'https://example.org';
const HOME = `${SITE}${BASE}`;
/** A renamed page, added for this build only (src/links/moved.ts reads NN_MATH_EXTRA_REDIRECTS). */
const REDIRECT = { '/old-matrix-page/': '/linear-algebra/matrix-multiplication/' };

const fixture = fixtureProject(['linear-algebra/matrix-multiplication'], 'base-path');
const { graph } = validateContent(loadContent(fixture.dir).input);
const out = join(fixture.dir, 'out');
let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
	const build = astroBuild(fixture.dir, buildEnv({ BASE, SITE, NN_MATH_EXTRA_REDIRECTS: JSON.stringify(REDIRECT) }), out);
	if (build.status !== 0) throw new Error(`astro build of the fixture with BASE=${BASE} failed:\n${build.output.slice(-4000)}`);
	({ server, url: origin } = await serveStatic(out, {}, BASE));
	browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	rmSync(fixture.dir, { recursive: true, force: true });
});

/** How long a condition may take on a busy machine (two CPU hogs on two cores): a bound, never a sleep. */
const WAIT = { timeout: 60_000 };

const html = (file: string) => readFileSync(join(out, file), 'utf8');
const metaContent = (page: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]+)"`).exec(page)?.[1];

describe(`a build under ${BASE}`, () => {
	test('every internal link, asset, island, preview image and fragment resolves under the base', () => {
		const { checked, broken } = checkLinks(out, { base: BASE, site: SITE });
		expect(checked).toBeGreaterThan(100);
		expect(broken, `Broken under ${BASE}:\n${describeBroken(broken)}`).toEqual([]);
	});

	test('each topic’s preview image is announced under the base and is a 1200×630 PNG', () => {
		for (const id of graph!.order) {
			for (const lang of ['ru', 'en'] as const) {
				const page = html(`${sitePath(lang, id).slice(1)}index.html`);
				expect(metaContent(page, 'og:image')).toBe(`${SITE}${BASE}${ogImagePath(lang, id).slice(1)}`);
				expect(pngSize(join(out, ogImagePath(lang, id)))).toEqual({ width: 1200, height: 630 });
			}
		}
	});

	test('canonical URLs, the sitemap, robots.txt and _headers carry the base', () => {
		expect(html('en/index.html')).toContain(`<link rel="canonical" href="${HOME}en/"/>`);
		const locs = [...readFileSync(join(out, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs.length).toBeGreaterThan(4);
		expect(locs.every((l) => l.startsWith(HOME))).toBe(true);
		expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${HOME}sitemap-index.xml`);
		const headers = readFileSync(join(out, '_headers'), 'utf8');
		expect(headers).toMatch(/^\/nn-math\/\*$/m);
		expect(headers).toMatch(/^\/nn-math\/_astro\/\*$/m);
		expect(policyFromHeaders(headers)).toBeTruthy();
	});

	test('a renamed page redirects under the base, keeping the #fragment', async () => {
		const redirect = html('old-matrix-page/index.html');
		expect(redirect).toContain(`url=${BASE}linear-algebra/matrix-multiplication/`);
		const page = await browser.newPage();
		await page.goto(`${origin}${BASE}old-matrix-page/#shapes`);
		await page.waitForURL(`${origin}${BASE}linear-algebra/matrix-multiplication/#shapes`, WAIT);
		await page.close();
	}, 120_000);

	test('search finds pages and links to them under the base', async () => {
		expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
		const page = await browser.newPage();
		const failed: string[] = [];
		// A request the browser itself abandoned (the page's own prefetch of the result, overtaken by the
		// click's navigation) is not a failure of the site; every other failed request is.
		page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.failure()?.errorText} ${r.url()}`));
		page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
		await page.goto(`${origin}${BASE}`);
		await page.locator('button[data-open-modal]').first().click();
		const input = page.locator('dialog[open] .sb-input');
		await input.waitFor(WAIT);
		await input.fill('умножению');
		const first = page.locator('dialog[open] .sb-result a').first();
		await first.waitFor(WAIT);
		expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}linear-algebra/matrix-multiplication/`));
		await first.click();
		await page.waitForURL(new RegExp(`${BASE}linear-algebra/matrix-multiplication/`), WAIT);
		expect(await page.locator('h1').textContent()).toBe('Умножение матриц');
		expect(failed).toEqual([]);
		await page.close();
	}, 120_000);

	test('an island hydrates and a copied section link carries the base', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await context.newPage();
		await page.goto(`${origin}${BASE}en/linear-algebra/matrix-multiplication/`);
		// Every island on the page hydrates (it fails naming one that does not), the widget among them.
		await scrollAndHydrate(page, WAIT.timeout);
		await page.locator('astro-island:not([ssr]) .shape-explorer').waitFor(WAIT);
		await page.locator('#idea').hover();
		await page.locator('.hl-heading:has(> #idea) button[data-copy="link"]').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), WAIT).toBe(`${HOME}en/linear-algebra/matrix-multiplication/#idea`);
		await context.close();
	}, 120_000);

	test('an unknown English address under the base gets the English 404 page with links under the base', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${origin}${BASE}en/linear-algebra/matrix-multiplicaton/`);
		expect(response?.status()).toBe(404);
		await expect.poll(() => page.locator('html').getAttribute('lang'), WAIT).toBe('en');
		await expect.poll(() => page.evaluate(() => location.pathname), WAIT).toBe(`${BASE}en/linear-algebra/matrix-multiplicaton/`);
		const first = page.locator('.nf-closest li a').first();
		await first.waitFor(WAIT);
		expect(await first.getAttribute('href')).toBe(`${BASE}en/linear-algebra/matrix-multiplication/`);
		await page.close();
	}, 120_000);
});

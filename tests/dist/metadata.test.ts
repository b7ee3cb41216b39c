import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { ogImagePath, sitePath } from '../../src/links/urls';
import { builtPages, contentPages, DIST, type BuiltPage } from '../helpers/dist';
import { pngSize } from '../helpers/png';

/**
 * What a forum, a messenger or a search engine reads from a page: title, description, canonical
 * URL, language alternates, Open Graph and Twitter cards with a preview image, structured data,
 * the sitemap and robots.txt.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { input } = loadContent(ROOT);
const { graph } = validateContent(input);
const topics = graph!.order;

const pages = contentPages();
/** The deployment's origin and base, as the home page's canonical URL states them. */
const HOME = attr(select('link[rel="canonical"]', pages.find((p) => p.path === '/')!.tree), 'href')!;

function attr(node: Element | undefined, name: string): string | undefined {
	const value = node?.properties[name];
	return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
}
const meta = (page: BuiltPage, key: string) =>
	attr(select(`meta[property="${key}"], meta[name="${key}"]`, page.tree), 'content');
const absolute = (path: string) => new URL(path.replace(/^\//, ''), HOME).href;

/** The file in dist a URL of this site points to. */
const fileOf = (url: string) => join(DIST, decodeURIComponent(new URL(url).pathname.slice(new URL(HOME).pathname.length)));

describe('every page has its metadata', () => {
	test.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
		const lang = path.startsWith('/en/') || path === '/en/' ? 'en' : 'ru';
		const url = absolute(path);
		const ruUrl = absolute(path.replace(/^\/en\//, '/'));
		const enUrl = absolute(path.startsWith('/en/') ? path : `/en${path}`);

		const titles = selectAll('head title', page.tree);
		expect(titles).toHaveLength(1);
		expect(toString(titles[0]!).trim()).not.toBe('');
		expect(toString(titles[0]!)).not.toMatch(/^(.+) \| \1$/); // "Site | Site" on the home page
		expect(meta(page, 'description')?.length).toBeGreaterThan(20);
		expect(attr(select('link[rel="canonical"]', page.tree), 'href')).toBe(url);

		const alternates = Object.fromEntries(
			selectAll('link[rel="alternate"][hreflang]', page.tree).map((l) => [attr(l, 'hrefLang') ?? attr(l, 'hreflang'), attr(l, 'href')]),
		);
		expect(alternates).toEqual({ ru: ruUrl, en: enUrl, 'x-default': ruUrl });

		expect(meta(page, 'og:title')).toBeTruthy();
		expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
		expect(meta(page, 'og:url')).toBe(url);
		expect(meta(page, 'og:type')).toMatch(/^(article|website)$/);
		expect(meta(page, 'og:site_name')).toBeTruthy();
		expect(meta(page, 'og:locale')).toBe(lang === 'ru' ? 'ru_RU' : 'en_US');
		expect(meta(page, 'og:locale:alternate')).toBe(lang === 'ru' ? 'en_US' : 'ru_RU');
		expect(meta(page, 'twitter:card')).toBe('summary_large_image');
		expect(meta(page, 'twitter:title')).toBe(meta(page, 'og:title'));
		expect(meta(page, 'twitter:description')).toBe(meta(page, 'og:description'));

		const image = meta(page, 'og:image')!;
		expect(image.startsWith(HOME)).toBe(true);
		expect(meta(page, 'twitter:image')).toBe(image);
		expect(meta(page, 'og:image:alt')).toBeTruthy();
		expect(existsSync(fileOf(image)), `${image} is not in dist`).toBe(true);
		expect(pngSize(fileOf(image))).toEqual({ width: 1200, height: 630 });
	});
});

describe('preview images', () => {
	test.each(topics.flatMap((id) => (['ru', 'en'] as const).map((lang) => [lang, id] as const)))('%s %s has its own 1200×630 PNG', (lang, id) => {
		const page = builtPages().find((p) => p.path === sitePath(lang, id));
		expect(page, `no page for ${lang} ${id}`).toBeDefined();
		const image = meta(page!, 'og:image')!;
		expect(image).toBe(absolute(ogImagePath(lang, id)));
		expect(meta(page!, 'og:image:width')).toBe('1200');
		expect(meta(page!, 'og:image:height')).toBe('630');
		expect(pngSize(fileOf(image))).toEqual({ width: 1200, height: 630 });
	});

	test('the two languages get different images, and the home pages have their own', () => {
		const ru = readFileSync(join(DIST, ogImagePath('ru', topics[0]!)));
		const en = readFileSync(join(DIST, ogImagePath('en', topics[0]!)));
		expect(ru.equals(en)).toBe(false);
		expect(pngSize(join(DIST, ogImagePath('ru', '')))).toEqual({ width: 1200, height: 630 });
		expect(pngSize(join(DIST, ogImagePath('en', '')))).toEqual({ width: 1200, height: 630 });
	});
});

/** The page's JSON-LD blocks, parsed. */
function jsonLd(page: BuiltPage): Record<string, unknown>[] {
	return selectAll('script[type="application/ld+json"]', page.tree).map((s) => JSON.parse(toString(s)) as Record<string, unknown>);
}

describe('structured data', () => {
	test.each(topics.flatMap((id) => (['ru', 'en'] as const).map((lang) => [lang, id] as const)))('%s %s is a schema.org LearningResource', (lang, id) => {
		const page = builtPages().find((p) => p.path === sitePath(lang, id))!;
		const blocks = jsonLd(page);
		expect(blocks).toHaveLength(1);
		const data = blocks[0]!;
		expect(data['@context']).toBe('https://schema.org');
		expect(data['@type']).toBe('LearningResource');
		expect(data.name).toBe(meta(page, 'og:title'));
		expect(data.description).toBe(meta(page, 'description'));
		expect(data.url).toBe(absolute(sitePath(lang, id)));
		expect(data.inLanguage).toBe(lang);
		expect(data.image).toBe(meta(page, 'og:image'));
		expect(data.timeRequired).toBe(`PT${graph!.topics[id]!.data.hours}H`);
		expect(data.learningResourceType).toBeTruthy();
		expect(data.isPartOf).toMatchObject({ '@type': 'Course', url: absolute(sitePath(lang, '')) });
		const required = data.competencyRequired as { url: string }[];
		expect(required.map((r) => r.url)).toEqual(graph!.topics[id]!.data.prerequisites.map((p) => absolute(sitePath(lang, p.topic))));
	});

	test.each(['ru', 'en'] as const)('the %s home page is a schema.org Course listing every topic', (lang) => {
		const page = builtPages().find((p) => p.path === sitePath(lang, ''))!;
		const [data] = jsonLd(page);
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Course',
			url: absolute(sitePath(lang, '')),
			inLanguage: lang,
			isAccessibleForFree: true,
		});
		expect(String(data!.name)).not.toBe('');
		expect(String(data!.description)).not.toBe('');
		expect(data!.provider).toMatchObject({ '@type': 'Organization' });
		const parts = (data!.hasPart as { url: string }[]).map((p) => p.url);
		expect(parts).toEqual(topics.map((id) => absolute(sitePath(lang, id))));
	});
});

describe('the 404 pages', () => {
	const notFound = builtPages().filter((p) => /(^|\/)404(\/index)?\.html$/.test(p.file));
	test('exist in both languages, for hosts with one 404 page and for hosts with one per folder', () => {
		expect(notFound.map((p) => p.file).sort()).toEqual(['404.html', 'en/404.html', 'en/404/index.html']);
	});
	test.each(notFound.map((p) => [p.file, p] as const))('%s is not indexed and claims no address', (_, page) => {
		expect(meta(page, 'robots')).toBe('noindex');
		expect(select('link[rel="canonical"]', page.tree)).toBeUndefined();
		expect(select('link[rel="alternate"][hreflang]', page.tree)).toBeUndefined();
		expect(jsonLd(page)).toEqual([]);
		expect(pngSize(fileOf(meta(page, 'og:image')!))).toEqual({ width: 1200, height: 630 });
	});
	test('speak the right language', () => {
		const lang = (file: string) => attr(select('html', notFound.find((p) => p.file === file)!.tree), 'lang');
		expect(lang('404.html')).toBe('ru');
		expect(lang('en/404.html')).toBe('en');
		expect(lang('en/404/index.html')).toBe('en');
	});
});

describe('sitemap and robots.txt', () => {
	const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

	test('the sitemap lists every content page in both languages, and nothing else', () => {
		expect(locs.sort()).toEqual(pages.map((p) => absolute(p.path)).sort());
		expect(locs.some((l) => l!.includes('/en/'))).toBe(true);
	});

	test('each sitemap entry names its translation', () => {
		for (const block of xml.split('<url>').slice(1)) {
			const langs = [...block.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort();
			expect(langs).toEqual(['en', 'ru']);
		}
	});

	test('robots.txt allows crawling and points at the sitemap', () => {
		const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
		const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
		expect(sitemap).toBe(absolute('/sitemap-index.xml'));
		expect(readFileSync(fileOf(sitemap!), 'utf8')).toContain(absolute('/sitemap-0.xml'));
	});
});

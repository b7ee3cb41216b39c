import { AREA_LABELS } from '../i18n/areas';
import { LINK_UI, OG_LOCALES } from '../i18n/links';
import type { Area, Lang } from '../schemas/areas';
import { ogImagePath, sitePath, withBase } from './urls';

/**
 * The head tags Starlight does not write: the preview image, Twitter's own tags, full Open Graph
 * locales, structured data (schema.org JSON-LD) and `noindex` for the 404 page. Starlight already
 * writes `<title>`, the description, the canonical URL, `hreflang` ru/en/x-default, `og:title`,
 * `og:description`, `og:url`, `og:site_name` and `twitter:card` (checked by tests/dist/metadata.test.ts).
 */

/** One entry of Starlight's `head` list. */
export interface HeadEntry {
	tag: 'title' | 'base' | 'link' | 'style' | 'meta' | 'script' | 'noscript' | 'template';
	attrs?: Record<string, string | boolean | undefined>;
	content?: string;
}

export interface TopicMeta {
	area: Area;
	hours: number;
	/** The topic's prerequisites, titled in the page's language. */
	prerequisites: { slug: string; title: string }[];
}

export interface PageMeta {
	lang: Lang;
	/** Slug without the language: `linear-algebra/matrix-multiplication`, `''` for the home page. */
	slug: string;
	title: string;
	description: string;
	siteTitle: string;
	/** The deployment's origin, e.g. `https://example.org`. */
	site: URL | string;
	base: string;
	/** Set on topic pages. */
	topic?: TopicMeta;
	/** Set on the home page: the topics in learning order, titled in the page's language. */
	course?: { slug: string; title: string; hours: number }[];
	/** The 404 page: no canonical URL or alternates, and not indexed. */
	notFound?: boolean;
	/** Set when the page exists in the other language too (every page does, by the content checks). */
	translated?: boolean;
}

/** An absolute URL of a site path under the deployment's base. */
export function absoluteUrl(meta: Pick<PageMeta, 'site' | 'base'>, path: string): string {
	return new URL(withBase(meta.base, path), meta.site).href;
}

/** The preview image a page uses: its own card; the 404 page uses the home page's. */
export function ogImageUrl(meta: Pick<PageMeta, 'site' | 'base' | 'lang' | 'slug' | 'notFound'>): string {
	return absoluteUrl(meta, ogImagePath(meta.lang, meta.notFound ? '' : meta.slug));
}

/** Serializes JSON for a `<script>` element: `</script>` inside a string cannot end it early. */
export function scriptJson(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The schema.org description of a page: a `LearningResource` for a topic, a `Course` for the home page. */
export function structuredData(meta: PageMeta): Record<string, unknown> | undefined {
	const url = absoluteUrl(meta, sitePath(meta.lang, meta.slug));
	const home = absoluteUrl(meta, sitePath(meta.lang, ''));
	const other: Lang = meta.lang === 'ru' ? 'en' : 'ru';
	const translation = meta.translated ? absoluteUrl(meta, sitePath(other, meta.slug)) : undefined;
	const common = {
		name: meta.title,
		description: meta.description,
		url,
		inLanguage: meta.lang,
		image: ogImageUrl(meta),
		isAccessibleForFree: true,
		...(translation ? { [meta.lang === 'ru' ? 'workTranslation' : 'translationOfWork']: { '@id': translation } } : {}),
	};
	if (meta.topic) {
		return {
			'@context': 'https://schema.org',
			'@type': 'LearningResource',
			'@id': url,
			...common,
			learningResourceType: LINK_UI[meta.lang].learningResourceType,
			educationalLevel: 'beginner',
			timeRequired: `PT${meta.topic.hours}H`,
			teaches: meta.title,
			about: { '@type': 'Thing', name: AREA_LABELS[meta.topic.area][meta.lang] },
			competencyRequired: meta.topic.prerequisites.map((p) => ({
				'@type': 'LearningResource',
				name: p.title,
				url: absoluteUrl(meta, sitePath(meta.lang, p.slug)),
			})),
			isPartOf: { '@type': 'Course', '@id': home, name: meta.siteTitle, url: home },
		};
	}
	if (meta.course) {
		const hours = meta.course.reduce((sum, t) => sum + t.hours, 0);
		return {
			'@context': 'https://schema.org',
			'@type': 'Course',
			'@id': home,
			...common,
			provider: { '@type': 'Organization', name: meta.siteTitle, url: home },
			timeRequired: `PT${hours}H`,
			hasPart: meta.course.map((t) => ({
				'@type': 'LearningResource',
				'@id': absoluteUrl(meta, sitePath(meta.lang, t.slug)),
				name: t.title,
				url: absoluteUrl(meta, sitePath(meta.lang, t.slug)),
			})),
		};
	}
	return undefined;
}

/** What to add to Starlight's head entries of a page, and which of its entries to drop. */
export function linkHeadEntries(meta: PageMeta): { add: HeadEntry[]; drop: (entry: HeadEntry) => boolean } {
	const image = ogImageUrl(meta);
	const other: Lang = meta.lang === 'ru' ? 'en' : 'ru';
	const alt = meta.topic
		? `${meta.title} · ${AREA_LABELS[meta.topic.area][meta.lang]} · ${meta.siteTitle}`
		: `${meta.siteTitle}: ${LINK_UI[meta.lang].og.roadmap}`;
	const add: HeadEntry[] = [
		{ tag: 'meta', attrs: { property: 'og:locale', content: OG_LOCALES[meta.lang] } },
		{ tag: 'meta', attrs: { property: 'og:locale:alternate', content: OG_LOCALES[other] } },
		{ tag: 'meta', attrs: { property: 'og:image', content: image } },
		{ tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
		{ tag: 'meta', attrs: { name: 'twitter:title', content: meta.title } },
		{ tag: 'meta', attrs: { name: 'twitter:description', content: meta.description } },
		{ tag: 'meta', attrs: { name: 'twitter:image', content: image } },
		{ tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
	];
	if (!meta.topic) add.push({ tag: 'meta', attrs: { property: 'og:type', content: 'website' } });
	// Starlight titles a page "Title | Site"; the home page's title is the site's name, said once.
	const home = meta.slug === '' && meta.title === meta.siteTitle;
	if (home) add.unshift({ tag: 'title', content: meta.siteTitle });
	if (meta.notFound) add.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
	const data = meta.notFound ? undefined : structuredData(meta);
	if (data) add.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: scriptJson(data) });

	const replaced = new Set(['og:locale', ...(meta.topic ? [] : ['og:type'])]);
	const drop = (entry: HeadEntry) => {
		const a = entry.attrs ?? {};
		if (home && entry.tag === 'title') return true;
		if (entry.tag === 'meta' && typeof a.property === 'string' && replaced.has(a.property)) return true;
		if (!meta.notFound) return false;
		// A 404 page is served at every unknown address: it has no address of its own to announce.
		return (entry.tag === 'link' && (a.rel === 'canonical' || a.rel === 'alternate')) || (entry.tag === 'meta' && a.property === 'og:url');
	};
	return { add, drop };
}

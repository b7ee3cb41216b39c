import { getCollection } from 'astro:content';
import { buildGraph, type TopicGraph } from '../graph/build-graph';
import type { ClientGraph } from '../graph/client-graph';
import { loadContent } from '../graph/load';
import { validateContent } from '../graph/validate';
import { parseSitePath } from '../links/urls';
import type { Lang } from '../schemas/areas';
import type { GlossaryEntry } from '../schemas/glossary';
import type { Notation } from '../schemas/notation';
import type { ResourceData } from '../schemas/resource';
import { loadOnce } from './memo';

/**
 * The graph and resources as Astro components read them, from the content collections.
 * The content-graph integration has already validated both before the build started.
 */
export interface SiteData {
	graph: TopicGraph;
	resources: Record<string, ResourceData>;
	/** Page titles by language and slug (the slug without the language prefix). */
	titles: Record<Lang, Record<string, string>>;
}

/** In `astro dev` every call reads the collections again, so edits show without a restart (see memo.ts). */
const fresh = () => import.meta.env.DEV;

/** The site data, read from the collections once per build process. */
export const getSiteData: () => Promise<SiteData> = loadOnce(readSiteData, { fresh });

async function readSiteData(): Promise<SiteData> {
	const [topics, resources, docs] = await Promise.all([
		getCollection('topics'),
		getCollection('resources'),
		getCollection('docs'),
	]);
	const titles: SiteData['titles'] = { ru: {}, en: {} };
	for (const doc of docs) {
		const { lang, slug } = parseSitePath(doc.id);
		titles[lang][slug] = doc.data.title;
	}
	return {
		graph: buildGraph(topics.map(({ id, data }) => ({ id, data }))),
		resources: Object.fromEntries(resources.map(({ id, data }) => [id, data])),
		titles,
	};
}

/** The URL of a page in a language, under the configured base path. */
export function pageHref(lang: Lang, slug: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	return `${base}${lang === 'en' ? 'en/' : ''}${slug ? `${slug}/` : ''}`;
}

/** The slice of the graph page scripts need, in one language (see client-graph.ts). */
export function toClientGraph(site: SiteData, lang: Lang): ClientGraph {
	const topics: ClientGraph['topics'] = {};
	for (const id of site.graph.order) {
		const t = site.graph.topics[id]!;
		topics[id] = {
			title: site.titles[lang][id] ?? id,
			href: pageHref(lang, id),
			hours: t.data.hours,
			...(t.data.coreHours === undefined ? {} : { coreHours: t.data.coreHours }),
			area: t.area,
			tracks: t.data.tracks,
			prerequisites: t.data.prerequisites.map((p) => p.topic),
		};
		const helpful = t.data.prerequisites.filter((p) => p.kind === 'helpful').map((p) => p.topic);
		if (helpful.length > 0) topics[id]!.helpful = helpful;
	}
	return { order: site.graph.order, topics };
}

/**
 * The glossary, read from `content/glossary/` (a list per file, which content collections do not
 * model); already validated by the content-graph integration before the build.
 */
export const getGlossary: () => Promise<GlossaryEntry[]> = loadOnce(async () => {
	const { input } = loadContent(process.cwd());
	return validateContent(input).glossary;
}, { fresh });

/** The letters and terms pages follow (content/notation/), validated with the rest of the content. */
export const getNotation: () => Promise<Notation> = loadOnce(async () => {
	const { input } = loadContent(process.cwd());
	return validateContent(input).notation;
}, { fresh });

/**
 * Every topic as the review page and the placement test need it in the browser: its title in the
 * page's language, its page, and its practice kinds (to open a fresh problem of that topic).
 */
import type { Lang } from '../schemas/areas';
import { TOPIC_MODULES } from '../topics/registry';
import { getSiteData, pageHref } from './site-data';

export interface TopicLink {
	title: string;
	href: string;
	/** The ids of the topic's practice kinds (src/topics/<topic>/index.ts). */
	kinds: string[];
}

export async function topicLinks(lang: Lang): Promise<Record<string, TopicLink>> {
	const { graph, titles } = await getSiteData();
	return Object.fromEntries(
		graph.order.map((id) => [id, { title: titles[lang][id]!, href: pageHref(lang, id), kinds: (TOPIC_MODULES.get(id)?.practice ?? []).map((k) => k.id) }]),
	);
}

import { fileURLToPath } from 'node:url';
import { AREAS } from '../schemas/areas';
import { AREA_LABELS } from '../i18n/areas';
import type { TopicGraph } from '../graph/build-graph';
import { loadContent } from '../graph/load';
import { validateContent } from '../graph/validate';

/** A Starlight sidebar group: a label with translations and the slugs of its pages. */
export interface SidebarGroup {
	label: string;
	translations: { en: string };
	items: string[];
}

/**
 * The sidebar, derived from the topic graph: one group per area, topics in the graph's
 * topological order, so prerequisites come first and nothing lists the topics by hand.
 * Labels of the items are the page titles, which Starlight takes per language.
 */
export function sidebarGroups(graph: TopicGraph): SidebarGroup[] {
	const guide: SidebarGroup = { label: GUIDE_LABEL.ru, translations: { en: GUIDE_LABEL.en }, items: [...GUIDE_PAGES] };
	return [guide, ...AREAS.map((area) => ({
		label: AREA_LABELS[area].ru,
		translations: { en: AREA_LABELS[area].en },
		items: graph.order.filter((id) => graph.topics[id]!.area === area),
	})).filter((group) => group.items.length > 0)];
}

/** The site's own pages, above the topics: how to find your way rather than what to learn. */
const GUIDE_PAGES = ['roadmap', 'path', 'placement', 'review', 'widgets', 'cheat-sheet', 'errors', 'glossary', 'symbols', 'resources'] as const;
const GUIDE_LABEL = { ru: 'Как пользоваться картой', en: 'Using the map' };

/**
 * Reads the content from disk for `astro.config.mjs`. When the content is broken it returns an
 * empty sidebar: the content-graph integration then fails the build with the full list of problems.
 */
export function sidebarFromGraph(root = fileURLToPath(new URL('../..', import.meta.url))): SidebarGroup[] {
	const { input } = loadContent(root);
	const { graph } = validateContent(input);
	return graph ? sidebarGroups(graph) : [];
}

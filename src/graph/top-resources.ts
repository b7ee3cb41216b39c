import { AREAS, type Area } from '../schemas/areas';
import type { TopicGraph } from './build-graph';

/** How much one resource is recommended within an area. */
export interface ResourceRank {
	/** The resource id (a file name in content/resources/). */
	resource: string;
	/** Topics of the area that list it first, i.e. as their best resource. */
	first: number;
	/** Topics of the area that list it at all, in learning order. */
	topics: string[];
}

/** More first places wins, then more citations, then the id, so the order never depends on file order. */
function compare(a: ResourceRank, b: ResourceRank): number {
	return b.first - a.first || b.topics.length - a.topics.length || (a.resource < b.resource ? -1 : 1);
}

/**
 * Every resource cited in an area, best first. Computed from the topics' own lists, which put their
 * best resource first, so it follows them when they change. `skip` leaves out resources that are
 * not for studying (the forum thread the site answers).
 */
export function rankResources(graph: TopicGraph, area: Area, skip: (resource: string) => boolean = () => false): ResourceRank[] {
	const ranks = new Map<string, ResourceRank>();
	for (const id of graph.order) {
		const topic = graph.topics[id]!;
		if (topic.area !== area) continue;
		const listed = topic.data.resources.filter((ref) => !skip(ref.resource));
		listed.forEach((ref, position) => {
			const rank = ranks.get(ref.resource) ?? { resource: ref.resource, first: 0, topics: [] };
			if (position === 0) rank.first++;
			// A topic citing two units of one resource still counts once.
			if (!rank.topics.includes(id)) rank.topics.push(id);
			ranks.set(ref.resource, rank);
		});
	}
	return [...ranks.values()].sort(compare);
}

/**
 * The home page's short answer to "where do I learn this": up to `count` resources per area, each
 * resource once, under the area where it ranks best (3Blue1Brown's neural-network series is cited by
 * calculus topics too, but it belongs with the networks).
 */
export function shortLists(graph: TopicGraph, count: number, skip?: (resource: string) => boolean): Record<Area, ResourceRank[]> {
	const byArea = Object.fromEntries(AREAS.map((area) => [area, rankResources(graph, area, skip)])) as Record<Area, ResourceRank[]>;
	const home = new Map<string, ResourceRank>();
	for (const area of AREAS) {
		for (const rank of byArea[area]) {
			const best = home.get(rank.resource);
			// Strictly better only: on a tie the earlier area keeps it, and areas go in learning order.
			if (!best || compare(rank, best) < 0) home.set(rank.resource, rank);
		}
	}
	return Object.fromEntries(AREAS.map((area) => [area, byArea[area].filter((rank) => home.get(rank.resource) === rank).slice(0, count)])) as Record<Area, ResourceRank[]>;
}

import type { Area } from '../schemas/areas';
import { AREAS } from '../schemas/areas';
import type { TopicData } from '../schemas/topic';

/** A topic with its graph data, as the rest of the site sees it. */
export interface TopicNode {
	/** The topic id, which is also its URL slug: `linear-algebra/matrix-multiplication`. */
	id: string;
	/** The area, taken from the first segment of the id. */
	area: Area;
	/** The validated data from `content/topics/<id>.yaml`. */
	data: TopicData;
}

/** The topic graph: plain data, so it serialises into pages and tests without Astro. */
export interface TopicGraph {
	/** Every topic id in a stable topological order: prerequisites first, ties by area then id. */
	order: string[];
	/** Topics by id. */
	topics: Record<string, TopicNode>;
	/** For each topic, the topics that list it as a prerequisite, in `order`. */
	dependents: Record<string, string[]>;
}

/** The area of a topic id, or `undefined` if its first segment is not an area. */
export function areaOf(id: string): Area | undefined {
	const first = id.split('/')[0];
	return (AREAS as readonly string[]).includes(first ?? '') ? (first as Area) : undefined;
}

/**
 * Builds the graph from validated topics. Assumes the checks in `validate.ts` passed
 * (every prerequisite exists, no cycle); it does not repeat them.
 */
export function buildGraph(topics: readonly { id: string; data: TopicData }[]): TopicGraph {
	const byId: Record<string, TopicNode> = {};
	for (const { id, data } of topics) byId[id] = { id, area: areaOf(id) ?? 'foundations', data };

	const rank = (id: string) => AREAS.indexOf(byId[id]!.area);
	const compare = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

	// Kahn's algorithm, always taking the smallest ready topic, so the order does not depend on file order.
	const waiting = new Map<string, number>();
	const dependents: Record<string, string[]> = {};
	for (const id of Object.keys(byId)) dependents[id] = [];
	for (const node of Object.values(byId)) {
		waiting.set(node.id, node.data.prerequisites.length);
		for (const p of node.data.prerequisites) dependents[p.topic]?.push(node.id);
	}
	const ready = [...waiting].filter(([, n]) => n === 0).map(([id]) => id);
	const order: string[] = [];
	while (ready.length > 0) {
		ready.sort(compare);
		const id = ready.shift()!;
		order.push(id);
		for (const next of dependents[id]!) {
			const left = waiting.get(next)! - 1;
			waiting.set(next, left);
			if (left === 0) ready.push(next);
		}
	}
	const position = new Map(order.map((id, i) => [id, i]));
	for (const list of Object.values(dependents)) list.sort((a, b) => position.get(a)! - position.get(b)!);
	return { order, topics: byId, dependents };
}

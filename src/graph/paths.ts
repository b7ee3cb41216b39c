import type { TopicGraph } from './build-graph';

/**
 * Everything a topic depends on, directly or not, in an order you can learn it
 * (the graph's topological order). The topic itself is not included.
 */
export function prerequisitesInOrder(graph: TopicGraph, id: string): string[] {
	const needed = new Set<string>();
	const stack = [id];
	while (stack.length > 0) {
		const current = stack.pop()!;
		for (const p of graph.topics[current]?.data.prerequisites ?? []) {
			if (!needed.has(p.topic)) {
				needed.add(p.topic);
				stack.push(p.topic);
			}
		}
	}
	return graph.order.filter((t) => needed.has(t));
}

/** The topics that list this one as a direct prerequisite: what learning it unlocks next. */
export function unlocks(graph: TopicGraph, id: string): string[] {
	return graph.dependents[id] ?? [];
}

/** Sum of the estimated hours of the given topics. */
export function totalHours(graph: TopicGraph, ids: readonly string[]): number {
	return ids.reduce((sum, id) => sum + (graph.topics[id]?.data.hours ?? 0), 0);
}

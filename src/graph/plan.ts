import type { Track } from '../schemas/areas';
import type { TopicGraph } from './build-graph';

/**
 * Learning plans: what to learn, in order, to reach a target, minus what the learner already knows.
 * The idea is Metacademy's: a known topic drops out, and so does every topic that was needed only
 * to reach topics the learner already knows ("implicitly learned").
 */

/**
 * Which edges a plan follows. `full`: every prerequisite, each topic whole (the path the site has always
 * shown). `short`: only `essential` prerequisites, transitively, each topic at its `coreHours`: the least
 * you must know to understand the goal.
 */
export const ROUTES = ['full', 'short'] as const;
export type Route = (typeof ROUTES)[number];

/** The prerequisites a plan on `route` follows from one topic. */
export function routePrerequisites(graph: TopicGraph, id: string, route: Route): string[] {
	const all = graph.topics[id]?.data.prerequisites ?? [];
	return all.filter((p) => route === 'full' || p.kind === 'essential').map((p) => p.topic);
}

/** The hours a plan on `route` counts for these topics: whole topics, or only their cores. */
export function routeHours(graph: TopicGraph, ids: readonly string[], route: Route): number {
	return ids.reduce((sum, id) => {
		const data = graph.topics[id]?.data;
		if (!data) return sum;
		return sum + (route === 'short' ? (data.coreHours ?? data.hours) : data.hours);
	}, 0);
}

/** A target on the graph: one topic or a whole track. */
export type Target = { kind: 'topic'; id: string } | { kind: 'track'; track: Track };

/** The topics a target asks for: the topic itself, or every topic of the track. */
export function targetTopics(graph: TopicGraph, target: Target): string[] {
	if (target.kind === 'topic') return graph.topics[target.id] ? [target.id] : [];
	return graph.order.filter((id) => graph.topics[id]!.data.tracks.includes(target.track));
}

/**
 * The steps to reach `goals`, in learning order, skipping `done` topics and everything that only they
 * needed. The walk goes from the goals down through prerequisites and does not descend through a done
 * topic, so a prerequisite survives only if some path to a goal reaches it without passing a done topic.
 * On the `short` route the walk follows essential prerequisites only.
 */
export function planPath(
	graph: TopicGraph,
	goals: readonly string[],
	done: ReadonlySet<string> = new Set(),
	route: Route = 'full',
): string[] {
	const needed = new Set<string>();
	const stack = goals.filter((id) => graph.topics[id] && !done.has(id));
	for (const id of stack) needed.add(id);
	while (stack.length > 0) {
		const id = stack.pop()!;
		for (const p of routePrerequisites(graph, id, route)) {
			if (done.has(p) || needed.has(p)) continue;
			needed.add(p);
			stack.push(p);
		}
	}
	return graph.order.filter((id) => needed.has(id));
}

/**
 * Each topic's level: 0 for topics without prerequisites, otherwise one more than its deepest
 * prerequisite. Topics of one level can be learned in any order; used by the roadmap's text view.
 */
export function levels(graph: TopicGraph): Record<string, number> {
	const level: Record<string, number> = {};
	for (const id of graph.order) {
		const prereqs = graph.topics[id]!.data.prerequisites;
		level[id] = prereqs.length === 0 ? 0 : 1 + Math.max(...prereqs.map((p) => level[p.topic] ?? 0));
	}
	return level;
}

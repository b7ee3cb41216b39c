import type { Track } from '../schemas/areas';
import type { TopicGraph } from './build-graph';

/**
 * Learning plans: what to learn, in order, to reach a target, minus what the learner already knows.
 * The idea is Metacademy's: a known topic drops out, and so does every topic that was needed only
 * to reach topics the learner already knows ("implicitly learned").
 */

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
 */
export function planPath(graph: TopicGraph, goals: readonly string[], done: ReadonlySet<string> = new Set()): string[] {
	const needed = new Set<string>();
	const stack = goals.filter((id) => graph.topics[id] && !done.has(id));
	for (const id of stack) needed.add(id);
	while (stack.length > 0) {
		const id = stack.pop()!;
		for (const p of graph.topics[id]!.data.prerequisites) {
			if (done.has(p.topic) || needed.has(p.topic)) continue;
			needed.add(p.topic);
			stack.push(p.topic);
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

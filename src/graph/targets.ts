import { TRACKS, type Track } from '../schemas/areas';
import type { TopicGraph } from './build-graph';
import type { Target } from './plan';

/**
 * Targets in URLs: `track:practitioner` or `topic:calculus/gradient`. Parsing is strict, since the
 * value comes from a link anyone can craft; anything unknown falls back to the default target.
 */
export const DEFAULT_TARGET: Target = { kind: 'track', track: 'practitioner' };

export function targetToParam(target: Target): string {
	return target.kind === 'track' ? `track:${target.track}` : `topic:${target.id}`;
}

export function targetFromParam(value: string | null, graph: TopicGraph): Target | undefined {
	if (!value || value.length > 200) return undefined;
	const [kind, rest] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
	if (kind === 'track' && (TRACKS as readonly string[]).includes(rest)) return { kind: 'track', track: rest as Track };
	if (kind === 'topic' && Object.hasOwn(graph.topics, rest)) return { kind: 'topic', id: rest };
	return undefined;
}

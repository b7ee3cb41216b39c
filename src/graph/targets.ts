import { TRACKS, type Track } from '../schemas/areas';
import type { TopicGraph } from './build-graph';
import { ROUTES, type Route, type Target } from './plan';

/**
 * Targets in URLs: `track:practitioner` or `topic:calculus/gradient`, and the route beside them:
 * `route=short` for the least you must know; no `route` (every URL published before it existed) is the full path. Parsing is strict, since the
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

/** The goal the home page offers first: understanding how a network computes its gradients. */
export const SHORT_ROUTE_GOAL: Target = { kind: 'topic', id: 'neural-networks/backpropagation' };

export function routeFromParam(value: string | null): Route {
	return (ROUTES as readonly (string | null)[]).includes(value) ? (value as Route) : 'full';
}

/**
 * The path page's query for a target and route, readable as typed: `?to=topic:neural-networks/backpropagation&route=short`
 * (`:` and `/` need no escaping in a query, and ids are ASCII slugs); the full route adds nothing.
 */
export function pathQuery(target: Target, route: Route): string {
	return `?to=${targetToParam(target)}${route === 'full' ? '' : `&route=${route}`}`;
}

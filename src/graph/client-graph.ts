import type { TopicGraph } from './build-graph';

/**
 * The small slice of the graph that page scripts need (roadmap highlighting, progress, paths),
 * embedded in the page as JSON. Rebuilt into a `TopicGraph`-shaped object in the browser so the
 * same pure functions (`planPath`) run on both sides.
 */
export interface ClientGraph {
	order: string[];
	topics: Record<
		string,
		{
			title: string;
			href: string;
			hours: number;
			/** Present only when it differs from `hours`, to keep the embedded JSON small. */
			coreHours?: number;
			area: string;
			tracks: string[];
			prerequisites: string[];
			/** The prerequisites marked `helpful` (a subset of `prerequisites`); the others are essential. */
			helpful?: string[];
		}
	>;
}

/** Rebuilds the graph shape `planPath` and friends expect. */
export function fromClientGraph(client: ClientGraph): TopicGraph {
	const topics: TopicGraph['topics'] = {};
	const dependents: TopicGraph['dependents'] = {};
	for (const id of client.order) dependents[id] = [];
	for (const id of client.order) {
		const t = client.topics[id]!;
		topics[id] = {
			id,
			area: t.area as TopicGraph['topics'][string]['area'],
			data: {
				hours: t.hours,
				...(t.coreHours === undefined ? {} : { coreHours: t.coreHours }),
				tracks: t.tracks as TopicGraph['topics'][string]['data']['tracks'],
				prerequisites: t.prerequisites.map((topic) => ({
					topic,
					kind: t.helpful?.includes(topic) ? ('helpful' as const) : ('essential' as const),
					why: { ru: '', en: '' },
				})),
				resources: [],
			},
		};
		for (const p of t.prerequisites) dependents[p]?.push(id);
	}
	return { order: client.order, topics, dependents };
}

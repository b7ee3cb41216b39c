import { findCycle } from '../cycles';
import type { Check } from './context';
import { quote } from './messages';

/** The prerequisites form no cycle, so every learning path has a start. Reports the first cycle found, whole. */
export const prerequisiteCycle: Check = ({ topics, topicIds }) => {
	// Self-loops are `prerequisites`' with their own message; the cycle search looks for longer ones.
	const edges = new Map(
		[...topics].map(([id, { data }]) => [
			id,
			data.prerequisites.map((p) => p.topic).filter((t) => t !== id && topics.has(t)),
		]),
	);
	const cycle = findCycle(topicIds, edges);
	if (!cycle) return [];
	return [
		{
			file: topics.get(cycle[0]!)!.file,
			field: 'prerequisites',
			message: `The prerequisites form a cycle: ${cycle.map(quote).join(' → ')} (each needs the next).`,
			fix: 'Remove one of these prerequisites: a learning path must have a start.',
		},
	];
};

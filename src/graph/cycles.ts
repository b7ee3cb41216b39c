/**
 * Finds one cycle in a directed graph given as adjacency lists, or returns `undefined`.
 * The cycle is returned closed (`['a', 'b', 'c', 'a']`) so a build error can print it whole.
 * Iterative depth-first search: a recursive one would overflow the stack on a long chain.
 */
export function findCycle(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
	const WHITE = 0;
	const GREY = 1;
	const BLACK = 2;
	const colour = new Map<string, number>(nodes.map((node) => [node, WHITE]));
	for (const start of nodes) {
		if (colour.get(start) !== WHITE) continue;
		// The stack holds the current path with, for each node, the index of the next edge to follow.
		const path: string[] = [start];
		const nextEdge: number[] = [0];
		colour.set(start, GREY);
		while (path.length > 0) {
			const node = path[path.length - 1]!;
			const targets = edges.get(node) ?? [];
			const index = nextEdge[nextEdge.length - 1]!;
			if (index >= targets.length) {
				colour.set(node, BLACK);
				path.pop();
				nextEdge.pop();
				continue;
			}
			nextEdge[nextEdge.length - 1] = index + 1;
			const target = targets[index]!;
			const state = colour.get(target);
			if (state === GREY) return [...path.slice(path.indexOf(target)), target];
			if (state === WHITE) {
				colour.set(target, GREY);
				path.push(target);
				nextEdge.push(0);
			}
		}
	}
	return undefined;
}

import type { ClientGraph } from '../graph/client-graph';

/** Reads the graph that `GraphData.astro` embedded in the page, or `undefined` on pages without it. */
export function readGraphData(): ClientGraph | undefined {
	const node = document.getElementById('nn-graph');
	if (!node?.textContent) return undefined;
	try {
		return JSON.parse(node.textContent) as ClientGraph;
	} catch {
		return undefined;
	}
}

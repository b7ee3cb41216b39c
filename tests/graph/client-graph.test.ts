import { describe, expect, test } from 'vitest';
import { fromClientGraph, type ClientGraph } from '../../src/graph/client-graph';
import { planPath, routeHours } from '../../src/graph/plan';

/** c needs b essentially and a only helpfully; b's core is shorter than b. */
const client: ClientGraph = {
	order: ['foundations/a', 'linear-algebra/b', 'neural-networks/c'],
	topics: {
		'foundations/a': { title: 'A', href: '/a/', hours: 2, area: 'foundations', tracks: [], prerequisites: [] },
		'linear-algebra/b': { title: 'B', href: '/b/', hours: 4, coreHours: 1, area: 'linear-algebra', tracks: [], prerequisites: [] },
		'neural-networks/c': {
			title: 'C',
			href: '/c/',
			hours: 3,
			area: 'neural-networks',
			tracks: [],
			prerequisites: ['foundations/a', 'linear-algebra/b'],
			helpful: ['foundations/a'],
		},
	},
};

describe('fromClientGraph', () => {
	test('keeps edge kinds and core hours, so the page plans the same short route as the build', () => {
		const graph = fromClientGraph(client);
		expect(planPath(graph, ['neural-networks/c'])).toEqual(['foundations/a', 'linear-algebra/b', 'neural-networks/c']);
		const short = planPath(graph, ['neural-networks/c'], new Set(), 'short');
		expect(short).toEqual(['linear-algebra/b', 'neural-networks/c']);
		expect(routeHours(graph, short, 'short')).toBe(4);
	});
});

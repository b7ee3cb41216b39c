import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { layoutRoadmap, wrapTitle } from '../../src/roadmap/layout';

const why = { ru: 'а', en: 'a' };
const graph = buildGraph(
	[
		['foundations/a', []],
		['linear-algebra/b', ['foundations/a']],
		['linear-algebra/c', ['foundations/a']],
		['neural-networks/d', ['linear-algebra/b', 'linear-algebra/c']],
	].map(([id, prereqs]) => ({
		id: id as string,
		data: { hours: 1, tracks: [], prerequisites: (prereqs as string[]).map((topic) => ({ topic, kind: 'essential' as const, why })), resources: [] },
	})),
);
const titles = { 'foundations/a': 'Функции и графики', 'linear-algebra/b': 'B', 'linear-algebra/c': 'C', 'neural-networks/d': 'Полносвязный слой relu(A·W + b)' };

describe('wrapTitle', () => {
	test('breaks long titles between words', () => {
		expect(wrapTitle('Полносвязный слой relu(A·W + b)')).toEqual(['Полносвязный слой', 'relu(A·W + b)']);
		expect(wrapTitle('Векторы')).toEqual(['Векторы']);
	});
});

describe('layoutRoadmap', () => {
	test('places every topic, prerequisites above the topics that need them, without overlaps', async () => {
		const layout = await layoutRoadmap(graph, titles);
		expect(layout.nodes.map((n) => n.id).sort()).toEqual(Object.keys(titles).sort());
		const box = Object.fromEntries(layout.nodes.map((n) => [n.id, n]));
		for (const e of layout.edges) expect(box[e.from]!.y + box[e.from]!.height).toBeLessThan(box[e.to]!.y);
		for (const a of layout.nodes) {
			for (const b of layout.nodes) {
				if (a === b) continue;
				const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
			}
		}
		expect(layout.edges).toHaveLength(4);
		for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
		expect(layout.width).toBeGreaterThan(0);
	});
});

import { fileURLToPath } from 'node:url';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { builtPages } from '../helpers/dist';

const { graph } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
const topics = graph!.order;

describe.each([
	['ru', '/roadmap/', ''],
	['en', '/en/roadmap/', '/en'],
])('the %s roadmap', (_lang, path, prefix) => {
	const page = builtPages().find((p) => p.path === path)!;

	test('draws one SVG link per topic, to that topic', () => {
		const links = selectAll('svg.roadmap-svg a.rm-node', page.tree).map((a) => String(a.properties.href));
		expect(links.sort()).toEqual(topics.map((id) => `${prefix}/${id}/`).sort());
	});

	test('draws one edge per prerequisite', () => {
		const edges = selectAll('svg.roadmap-svg polyline[data-from]', page.tree).map((e) => `${e.properties.dataFrom}->${e.properties.dataTo}`);
		const expected = topics.flatMap((id) => graph!.topics[id]!.data.prerequisites.map((p) => `${p.topic}->${id}`));
		expect(edges.sort()).toEqual(expected.sort());
	});

	test('lists every topic in the text view, each level after the levels it depends on', () => {
		const items = selectAll('.roadmap-text li[data-id]', page.tree).map((li) => String(li.properties.dataId));
		expect([...items].sort()).toEqual([...topics].sort());
		const position = new Map(items.map((id, i) => [id, i]));
		for (const id of topics) {
			for (const p of graph!.topics[id]!.data.prerequisites) expect(position.get(p.topic)!).toBeLessThan(position.get(id)!);
		}
	});
});

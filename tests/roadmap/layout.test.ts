import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildGraph, type TopicGraph } from '../../src/graph/build-graph';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { layoutRoadmap, mapLabel, textWidth, wrapLabel, type RoadmapLayout } from '../../src/roadmap/layout';
import { AREAS } from '../../src/schemas/areas';

const why = { ru: 'а', en: 'a' };
const small = buildGraph(
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
const smallTitles = { 'foundations/a': 'Функции и графики', 'linear-algebra/b': 'B', 'linear-algebra/c': 'C', 'neural-networks/d': 'Полносвязный слой relu(A·W + b)' };

// The site's own graph, with labels as long as its longest titles, so the checks cover the real map.
const { graph: real } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
const root = fileURLToPath(new URL('../..', import.meta.url));
/** The pages' titles, read from their front matter. */
const titlesIn = (lang: 'ru' | 'en') =>
	Object.fromEntries(
		real!.order.map((id) => {
			const text = readFileSync(`${root}content/docs/${lang === 'en' ? 'en/' : ''}${id}.mdx`, 'utf8');
			return [id, text.match(/^title:\s*(.*)$/m)![1]!.replace(/^(['"])(.*)\1$/, '$2')];
		}),
	);
/** Longer than any title, to see the layout cope. */
const longTitles = Object.fromEntries(real!.order.map((id) => [id, `${id.split('/')[1]!.replace(/-/g, ' ')} и ещё несколько слов`]));

/** Checks every layout must pass, whatever the graph. */
function checkLayout(graph: TopicGraph, layout: RoadmapLayout) {
	expect(layout.nodes.map((n) => n.id).sort()).toEqual([...graph.order].sort());
	const box = new Map(layout.nodes.map((n) => [n.id, n]));
	// Inside the drawing, and no two boxes overlap.
	for (const a of layout.nodes) {
		expect(a.x, a.id).toBeGreaterThanOrEqual(0);
		expect(a.y, a.id).toBeGreaterThanOrEqual(0);
		expect(a.x + a.width, a.id).toBeLessThanOrEqual(layout.width + 0.01);
		expect(a.y + a.height, a.id).toBeLessThanOrEqual(layout.height + 0.01);
		for (const b of layout.nodes) {
			if (a === b) continue;
			const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
			expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
		}
	}
	// One edge per prerequisite, from the bottom side of the prerequisite to the top side of the topic,
	// which is always lower.
	const expected = graph.order.flatMap((id) => graph.topics[id]!.data.prerequisites.map((p) => `${p.topic}->${id}`));
	expect(layout.edges.map((e) => `${e.from}->${e.to}`).sort()).toEqual(expected.sort());
	for (const e of layout.edges) {
		const from = box.get(e.from)!;
		const to = box.get(e.to)!;
		const start = e.points[0]!;
		const end = e.points[e.points.length - 1]!;
		expect(from.y + from.height, `${e.from} above ${e.to}`).toBeLessThan(to.y);
		expect(start.y, `${e.from}->${e.to} starts on the bottom side`).toBeCloseTo(from.y + from.height, 5);
		expect(start.x).toBeGreaterThanOrEqual(from.x);
		expect(start.x).toBeLessThanOrEqual(from.x + from.width);
		expect(end.y, `${e.from}->${e.to} ends on the top side`).toBeCloseTo(to.y, 5);
		expect(end.x).toBeGreaterThanOrEqual(to.x);
		expect(end.x).toBeLessThanOrEqual(to.x + to.width);
		// Between its ends an edge never runs through a box.
		for (let i = 1; i < e.points.length - 1; i++) {
			const p = e.points[i]!;
			for (const n of layout.nodes) {
				const inside = p.x > n.x && p.x < n.x + n.width && p.y > n.y && p.y < n.y + n.height;
				expect(inside, `${e.from}->${e.to} passes through ${n.id}`).toBe(false);
			}
		}
	}
	// Areas are contiguous: in every row, the topics of an area stand together, in the same area order in all rows.
	const rows = new Map<number, typeof layout.nodes>();
	for (const n of layout.nodes) rows.set(n.row, [...(rows.get(n.row) ?? []), n]);
	for (const [row, nodes] of rows) {
		const areas = [...nodes].sort((a, b) => a.x - b.x).map((n) => n.area);
		const runs = areas.filter((a, i) => i === 0 || areas[i - 1] !== a);
		expect(new Set(runs).size, `row ${row}: ${areas.join(' ')}`).toBe(runs.length);
		expect(runs, `row ${row}`).toEqual([...runs].sort((a, b) => layout.areaOrder.indexOf(a) - layout.areaOrder.indexOf(b)));
	}
	// And each run of an area has its group box, around exactly those topics.
	for (const g of layout.groups) {
		const inside = layout.nodes.filter((n) => n.x >= g.x && n.x + n.width <= g.x + g.width && n.y >= g.y && n.y + n.height <= g.y + g.height);
		expect(inside.length, `group of ${g.area}`).toBeGreaterThan(0);
		for (const n of inside) expect(n.area).toBe(g.area);
	}
	expect(layout.groups.reduce((s, g) => s + layout.nodes.filter((n) => n.x >= g.x && n.x + n.width <= g.x + g.width && n.y >= g.y && n.y + n.height <= g.y + g.height).length, 0)).toBe(
		layout.nodes.length,
	);
	// Every label fits its box by the font metrics.
	for (const n of layout.nodes) for (const line of n.lines) expect(textWidth(line, layout.fontSize), n.id).toBeLessThanOrEqual(n.width);
}

describe('labels', () => {
	test('wrapLabel splits between words into the narrowest lines', () => {
		const dense = wrapLabel('Полносвязный слой relu(A·W + b)', 2, 16);
		expect(dense.lines.join(' ')).toBe('Полносвязный слой relu(A·W + b)');
		// The narrowest of the three ways to cut four words into two lines.
		const cuts = [1, 2, 3].map((k) => {
			const words = 'Полносвязный слой relu(A·W + b)'.split(' ');
			return Math.max(textWidth(words.slice(0, k).join(' '), 16), textWidth(words.slice(k).join(' '), 16));
		});
		expect(dense.width).toBeCloseTo(Math.min(...cuts), 6);
		expect(wrapLabel('Векторы', 3, 16).lines).toEqual(['Векторы']);
		const one = wrapLabel('Математическое ожидание и дисперсия', 1, 16);
		const two = wrapLabel('Математическое ожидание и дисперсия', 2, 16);
		expect(two.lines).toHaveLength(2);
		expect(two.width).toBeLessThan(one.width);
	});
	test('textWidth follows the metric table: wide letters are wider, unknown characters count as the widest', () => {
		expect(textWidth('Ш', 16)).toBeGreaterThan(textWidth('г', 16));
		expect(textWidth('ll', 16)).toBeCloseTo(2 * textWidth('l', 16), 6);
		expect(textWidth('漢', 16)).toBeGreaterThanOrEqual(textWidth('Ш', 16));
	});
	test('mapLabel drops a trailing note in parentheses, not a formula', () => {
		expect(mapLabel('Интегралы (и почему сети они редко нужны)')).toBe('Интегралы');
		expect(mapLabel('Полносвязный слой relu(A·W + b)')).toBe('Полносвязный слой relu(A·W + b)');
	});
});

describe('layoutRoadmap', () => {
	test('a small graph: every topic, prerequisites above, no overlaps', () => {
		checkLayout(small, layoutRoadmap(small, smallTitles, { width: 600 }));
	});

	test.each([
		['ru', 1200],
		['en', 1200],
		['long', 900],
	] as const)('the site graph with %s titles at %i px: fits the width, no overlaps, areas contiguous', (titles, width) => {
		const layout = layoutRoadmap(real!, titles === 'long' ? longTitles : titlesIn(titles), { width });
		checkLayout(real!, layout);
		expect(layout.width).toBe(width);
	});

	test.each(['ru', 'en'] as const)('the %s map is short enough to show whole on a 1280×800 screen', (lang) => {
		const layout = layoutRoadmap(real!, titlesIn(lang), { width: 1200 });
		// 800 px minus the site header, the page title and the legend/controls above the map.
		expect(layout.height).toBeLessThanOrEqual(600);
		expect(layout.fontSize).toBe(16);
	});

	test('is deterministic', () => {
		expect(layoutRoadmap(real!, titlesIn('ru'), { width: 1200 })).toEqual(layoutRoadmap(real!, titlesIn('ru'), { width: 1200 }));
	});
});

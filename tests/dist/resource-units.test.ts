import { fileURLToPath } from 'node:url';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { builtPages } from '../helpers/dist';

/**
 * Resources down to the chapter, as the home page promises: wherever a topic recommends a unit (a chapter,
 * lesson or video) whose address was verified (a `url` in content/resources/<id>.yaml), the topic page
 * links that unit itself, not just the course.
 */
const { graph, resources } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
if (!graph) throw new Error('The content does not validate: run tests/content/graph.test.ts for the problems.');
const pages = new Map(builtPages().map((p) => [p.path, p]));

describe.each([
	['ru', ''],
	['en', '/en'],
] as const)('recommended units on the %s topic pages', (_lang, prefix) => {
	test('every unit with a verified address is a link to it', () => {
		const missing: string[] = [];
		let linked = 0;
		for (const [id, topic] of Object.entries(graph.topics)) {
			const page = pages.get(`${prefix}/${id}/`)!;
			const hrefs = new Set(selectAll('.resource-units a', page.tree).map((a) => String(a.properties.href)));
			for (const ref of topic.data.resources) {
				for (const unitId of ref.units) {
					const unit = resources[ref.resource]!.units.find((u) => u.id === unitId)!;
					if (!unit.url) continue;
					if (hrefs.has(unit.url)) linked++;
					else missing.push(`${prefix}/${id}/: ${ref.resource} unit ${unitId} (${unit.url})`);
				}
			}
		}
		expect(missing).toEqual([]);
		// Recommendations of units, counted over the topics' YAML when this test was written: 167 of 206
		// link to the unit itself (102 before its addresses were verified); the rest are named only.
		expect(linked).toBeGreaterThanOrEqual(167);
	});

	test('a unit without a verified address is named, not linked to a guess', () => {
		const guessed = Object.keys(graph.topics).flatMap((id) =>
			selectAll('.resource-units span', pages.get(`${prefix}/${id}/`)!.tree)
				.filter((s) => selectAll('a', s).length > 0)
				.map((s) => `${id}: ${toString(s)}`),
		);
		expect(guessed).toEqual([]);
	});
});

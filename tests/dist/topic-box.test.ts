import { fileURLToPath } from 'node:url';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { planPath, routeHours } from '../../src/graph/plan';
import { validateContent } from '../../src/graph/validate';
import { formatHours } from '../../src/i18n/ui';
import { builtPages } from '../helpers/dist';

/**
 * The topic box's "whole path" agrees with the path page: for every topic, the same number of topics
 * (its prerequisites and itself) and the same hours as the path page's full path to that topic with
 * nothing marked. They once said 22 topics / 65,5 h against 23 / 70,5 for backpropagation.
 */
const { graph } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
if (!graph) throw new Error('The content does not validate: run tests/content/graph.test.ts for the problems.');
const pages = new Map(builtPages().map((p) => [p.path, p]));

describe('the topic box’s whole path', () => {
	test('counts the same topics and hours as the path page, on every topic page in Russian', () => {
		const problems: string[] = [];
		let checked = 0;
		for (const id of graph.order) {
			const steps = planPath(graph, [id]);
			const summary = pages.get(`/${id}/`) && select('.topic-path summary', pages.get(`/${id}/`)!.tree);
			if (steps.length === 1) {
				if (summary) problems.push(`${id}: a starting topic shows a path`);
				continue;
			}
			const text = summary ? toString(summary) : '';
			checked++;
			const want = `${steps.length} `;
			const hours = `около ${formatHours(routeHours(graph, steps, 'full'), 'ru')} ч.`;
			if (!text.includes(`: ${want}`) || !text.endsWith(hours)) problems.push(`${id}: "${text}", want ${steps.length} topics and "${hours}"`);
		}
		expect(checked).toBeGreaterThan(30);
		expect(problems).toEqual([]);
	});
});

import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { planPath, routeHours, targetTopics } from '../../src/graph/plan';
import { SHORT_ROUTE_GOAL } from '../../src/graph/targets';
import { validateContent } from '../../src/graph/validate';

/**
 * The short route the home page offers first, computed from the real content: the site's promise is that
 * understanding how a network computes its gradients takes an evening or two, not 70 hours of everything.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { graph } = validateContent(loadContent(ROOT).input);
if (!graph) throw new Error('The content does not validate: run tests/content/graph.test.ts for the problems.');

const goals = targetTopics(graph, SHORT_ROUTE_GOAL);
const short = planPath(graph, goals, new Set(), 'short');
const full = planPath(graph, goals);
const listing = () => short.map((id) => `${id} (${graph.topics[id]!.data.coreHours ?? graph.topics[id]!.data.hours} h)`).join('\n');

describe('the short route to backpropagation', () => {
	test('ends at the goal and takes at most 15 hours', () => {
		expect(short.at(-1)).toBe('neural-networks/backpropagation');
		expect(routeHours(graph, short, 'short'), listing()).toBeLessThanOrEqual(15);
	});
	test('has no probability topic', () => {
		expect(short.filter((id) => graph.topics[id]!.area === 'probability'), listing()).toEqual([]);
	});
	test('is a part of the full path, which is left as it was', () => {
		expect(short.every((id) => full.includes(id))).toBe(true);
		expect(full.some((id) => graph.topics[id]!.area === 'probability')).toBe(true);
		expect(short.length).toBeLessThan(full.length);
	});
});

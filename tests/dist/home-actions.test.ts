import { fileURLToPath } from 'node:url';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { planPath, routeHours, targetTopics } from '../../src/graph/plan';
import { SHORT_ROUTE_GOAL } from '../../src/graph/targets';
import { validateContent } from '../../src/graph/validate';
import { formatHours } from '../../src/i18n/ui';
import { TRACKS } from '../../src/schemas/areas';
import { builtPages } from '../helpers/dist';

const { graph } = validateContent(loadContent(fileURLToPath(new URL('../..', import.meta.url))).input);
const shortRoute = planPath(graph!, targetTopics(graph!, SHORT_ROUTE_GOAL), new Set(), 'short');

/** The home page's first clickable thing is the short route, labelled with the hours the planner computes. */
describe.each([
	['ru', '/', /^Короткий путь к обратному распространению ошибки\s—\s(\S+)\sч$/],
	['en', '/en/', /^The short route to backpropagation\s—\s(\S+)\sh$/],
] as const)('the %s home page’s first action', (lang, path, label) => {
	const home = builtPages().find((p) => p.path === path)!;
	const links = selectAll('main a[href]', home.tree);

	test('is the first link of the page’s main content and opens the short route on the path page', () => {
		expect(links[0]).toBe(select('.home-short-route', home.tree));
		expect(String(links[0]!.properties.href)).toBe(`${path}path/?to=topic:neural-networks/backpropagation&route=short`);
	});

	test('states the hours of the short route as the planner computes them from the graph', () => {
		const hours = toString(links[0]!).match(label)?.[1];
		expect(hours, toString(links[0]!)).toBe(formatHours(routeHours(graph!, shortRoute, 'short'), lang));
	});

	test('has the three tracks and the map beside it, as plain links without a script', () => {
		const beside = selectAll('.home-actions .home-more a', home.tree).map((a) => String(a.properties.href));
		expect(beside).toEqual([...TRACKS.map((track) => `${path}path/?to=track:${track}`), `${path}roadmap/`]);
		expect(selectAll('.home-actions script, .home-actions [onclick]', home.tree)).toEqual([]);
	});
});

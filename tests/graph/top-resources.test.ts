import { describe, expect, test } from 'vitest';
import { rankResources, shortLists } from '../../src/graph/top-resources';
import { validateContent } from '../../src/graph/validate';
import { validInput } from './fixtures';

/** The fixture's diamond, with resource lists set per topic (best first, as topics list them). */
function graphWith(lists: Record<string, string[]>) {
	const input = validInput();
	for (const t of input.topics) (t.raw as Record<string, unknown>).resources = (lists[t.id] ?? []).map((resource) => ({ resource }));
	const { graph, problems } = validateContent(input);
	expect(problems).toEqual([]);
	return graph!;
}

const KHAN = 'khan-linear-algebra';
const BROWN = '3b1b-linear-algebra';
/** [resource, first places, citing topics] */
const brief = (ranks: ReturnType<typeof rankResources>) => ranks.map((r) => [r.resource, r.first, r.topics.length]);

describe('rankResources', () => {
	const graph = graphWith({
		'linear-algebra/vectors': [KHAN, BROWN],
		'linear-algebra/dot-product': [BROWN],
		'linear-algebra/matrices': [BROWN, KHAN],
		'neural-networks/dense-layer': [KHAN],
	});

	test('ranks an area by first places, and lists the citing topics of that area in learning order', () => {
		expect(rankResources(graph, 'linear-algebra')).toEqual([
			{ resource: BROWN, first: 2, topics: ['linear-algebra/vectors', 'linear-algebra/dot-product', 'linear-algebra/matrices'] },
			{ resource: KHAN, first: 1, topics: ['linear-algebra/vectors', 'linear-algebra/matrices'] },
		]);
		expect(rankResources(graph, 'neural-networks')).toEqual([{ resource: KHAN, first: 1, topics: ['neural-networks/dense-layer'] }]);
		expect(rankResources(graph, 'probability')).toEqual([]);
	});

	test('a skipped resource does not take a topic’s first place', () => {
		// Without 3b1b, Khan is first on vectors and on matrices.
		expect(brief(rankResources(graph, 'linear-algebra', (id) => id === BROWN))).toEqual([[KHAN, 2, 2]]);
	});

	test('first places outweigh citations: the best resource of two topics beats a second choice of three', () => {
		const g = graphWith({
			'linear-algebra/vectors': [KHAN, BROWN],
			'linear-algebra/dot-product': [KHAN, BROWN],
			'linear-algebra/matrices': [BROWN],
		});
		expect(brief(rankResources(g, 'linear-algebra'))).toEqual([
			[KHAN, 2, 2],
			[BROWN, 1, 3],
		]);
	});

	test('on a tie in first places, the more cited resource comes first, whatever its id', () => {
		// One first place each; Khan is cited by two topics, 3b1b by one, and 3b1b's id sorts first.
		const g = graphWith({ 'linear-algebra/vectors': [BROWN, KHAN], 'linear-algebra/dot-product': [KHAN] });
		expect(brief(rankResources(g, 'linear-algebra'))).toEqual([
			[KHAN, 1, 2],
			[BROWN, 1, 1],
		]);
	});
});

describe('shortLists', () => {
	test('lists each resource once, under the area where it ranks best, at most `count` per area', () => {
		const g = graphWith({
			'linear-algebra/vectors': [BROWN, KHAN],
			'linear-algebra/dot-product': [BROWN],
			'linear-algebra/matrices': [KHAN],
			'neural-networks/dense-layer': [KHAN, BROWN],
		});
		// Khan: one first place in linear algebra and one in networks, cited twice in linear algebra.
		// 3b1b: two first places in linear algebra.
		const lists = shortLists(g, 5);
		expect(brief(lists['linear-algebra'])).toEqual([
			[BROWN, 2, 2],
			[KHAN, 1, 2],
		]);
		expect(lists['neural-networks']).toEqual([]);
		expect(shortLists(g, 1)['linear-algebra'].map((r) => r.resource)).toEqual([BROWN]);
	});

	test('a resource that does more for a later area moves there', () => {
		const g = graphWith({
			'linear-algebra/vectors': [BROWN, KHAN],
			'neural-networks/dense-layer': [KHAN],
			'linear-algebra/dot-product': [BROWN],
		});
		// Khan: no first place in linear algebra, one in networks.
		const lists = shortLists(g, 5);
		expect(brief(lists['linear-algebra'])).toEqual([[BROWN, 2, 2]]);
		expect(brief(lists['neural-networks'])).toEqual([[KHAN, 1, 1]]);
	});
});

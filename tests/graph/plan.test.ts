import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { levels, planPath, routeHours, routePrerequisites, targetTopics } from '../../src/graph/plan';
import type { TopicData } from '../../src/schemas/topic';

const why = { ru: 'а', en: 'a' };
/**
 * foundations/a → linear-algebra/b → neural-networks/d
 * foundations/a → linear-algebra/c → neural-networks/d, and c → neural-networks/e (research only)
 */
function graph() {
	const t = (id: string, prereqs: string[], tracks: TopicData['tracks']) => ({
		id,
		data: { hours: 1, tracks, prerequisites: prereqs.map((topic) => ({ topic, kind: 'essential' as const, why })), resources: [] },
	});
	return buildGraph([
		t('foundations/a', [], ['practitioner', 'research']),
		t('linear-algebra/b', ['foundations/a'], ['practitioner', 'research']),
		t('linear-algebra/c', ['foundations/a'], ['practitioner', 'research']),
		t('neural-networks/d', ['linear-algebra/b', 'linear-algebra/c'], ['practitioner', 'research']),
		t('neural-networks/e', ['linear-algebra/c'], ['research']),
	]);
}

describe('targetTopics', () => {
	test('returns the topic itself or every topic of a track', () => {
		expect(targetTopics(graph(), { kind: 'topic', id: 'linear-algebra/b' })).toEqual(['linear-algebra/b']);
		expect(targetTopics(graph(), { kind: 'track', track: 'research' })).toHaveLength(5);
		expect(targetTopics(graph(), { kind: 'track', track: 'practitioner' })).not.toContain('neural-networks/e');
		expect(targetTopics(graph(), { kind: 'topic', id: 'nope/x' })).toEqual([]);
	});
});

describe('planPath', () => {
	test('lists the goal and all it needs, in learning order', () => {
		expect(planPath(graph(), ['neural-networks/d'])).toEqual([
			'foundations/a',
			'linear-algebra/b',
			'linear-algebra/c',
			'neural-networks/d',
		]);
	});

	test('drops a known topic', () => {
		expect(planPath(graph(), ['neural-networks/d'], new Set(['linear-algebra/b']))).toEqual([
			'foundations/a',
			'linear-algebra/c',
			'neural-networks/d',
		]);
	});

	test('drops what was needed only for known topics (implicitly learned)', () => {
		// Knowing b and c means a is no longer needed for d.
		expect(planPath(graph(), ['neural-networks/d'], new Set(['linear-algebra/b', 'linear-algebra/c']))).toEqual(['neural-networks/d']);
	});

	test('keeps a prerequisite another path still needs', () => {
		// b is known, but c still needs a.
		const path = planPath(graph(), ['neural-networks/d', 'neural-networks/e'], new Set(['linear-algebra/b']));
		expect(path).toEqual(['foundations/a', 'linear-algebra/c', 'neural-networks/d', 'neural-networks/e']);
	});

	test('returns nothing when the goal itself is known', () => {
		expect(planPath(graph(), ['neural-networks/d'], new Set(['neural-networks/d']))).toEqual([]);
	});

	test('gives the same order whatever the order of the goals', () => {
		const g = graph();
		expect(planPath(g, ['neural-networks/e', 'neural-networks/d'])).toEqual(planPath(g, ['neural-networks/d', 'neural-networks/e']));
	});
});

/**
 * The same diamond with kinds and cores: d needs b essentially and c only helpfully, c needs a essentially,
 * b needs nothing; cores are half of each topic but for b (no core estimate: the whole topic).
 */
function weighted() {
	const t = (id: string, prereqs: [string, 'essential' | 'helpful'][], hours: number, coreHours?: number) => ({
		id,
		data: {
			hours,
			...(coreHours === undefined ? {} : { coreHours }),
			tracks: [],
			prerequisites: prereqs.map(([topic, kind]) => ({ topic, kind, why })),
			resources: [],
		},
	});
	return buildGraph([
		t('foundations/a', [], 2, 1),
		t('linear-algebra/b', [], 3),
		t('linear-algebra/c', [['foundations/a', 'essential']], 4, 2),
		t('neural-networks/d', [['linear-algebra/b', 'essential'], ['linear-algebra/c', 'helpful']], 6, 3),
	]);
}

describe('routePrerequisites', () => {
	test('returns every prerequisite on the full route and only the essential ones on the short route', () => {
		expect(routePrerequisites(weighted(), 'neural-networks/d', 'full')).toEqual(['linear-algebra/b', 'linear-algebra/c']);
		expect(routePrerequisites(weighted(), 'neural-networks/d', 'short')).toEqual(['linear-algebra/b']);
		expect(routePrerequisites(weighted(), 'nope/x', 'short')).toEqual([]);
	});
});

describe('planPath on the short route', () => {
	test('leaves out a helpful prerequisite and everything only it needed', () => {
		expect(planPath(weighted(), ['neural-networks/d'], new Set(), 'short')).toEqual(['linear-algebra/b', 'neural-networks/d']);
		expect(planPath(weighted(), ['neural-networks/d'])).toEqual(['foundations/a', 'linear-algebra/b', 'linear-algebra/c', 'neural-networks/d']);
	});
	test('follows essential edges transitively and still drops known topics', () => {
		expect(planPath(weighted(), ['linear-algebra/c'], new Set(), 'short')).toEqual(['foundations/a', 'linear-algebra/c']);
		expect(planPath(weighted(), ['neural-networks/d'], new Set(['linear-algebra/b']), 'short')).toEqual(['neural-networks/d']);
	});
});

describe('routeHours', () => {
	test('counts whole topics on the full route and cores (or the whole topic without one) on the short route', () => {
		const g = weighted();
		expect(routeHours(g, ['linear-algebra/b', 'neural-networks/d'], 'full')).toBe(9);
		expect(routeHours(g, ['linear-algebra/b', 'neural-networks/d'], 'short')).toBe(6);
		expect(routeHours(g, ['nope/x'], 'short')).toBe(0);
	});
});

describe('levels', () => {
	test('puts each topic one level above its deepest prerequisite', () => {
		expect(levels(graph())).toEqual({
			'foundations/a': 0,
			'linear-algebra/b': 1,
			'linear-algebra/c': 1,
			'neural-networks/d': 2,
			'neural-networks/e': 2,
		});
	});
});

import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { pathQuery, routeFromParam, targetFromParam, targetToParam } from '../../src/graph/targets';

const graph = buildGraph([{ id: 'calculus/gradient', data: { hours: 1, tracks: [], prerequisites: [], resources: [] } }]);

describe('targets in URLs', () => {
	test('round-trip tracks and topics', () => {
		for (const target of [{ kind: 'track', track: 'research' }, { kind: 'topic', id: 'calculus/gradient' }] as const) {
			expect(targetFromParam(targetToParam(target), graph)).toEqual(target);
		}
	});
	test('reject unknown, hostile and absurd values', () => {
		for (const bad of [null, '', 'track:astronaut', 'topic:calculus/nope', 'topic:__proto__', 'topic:constructor', '<script>alert(1)</script>', `topic:${'a'.repeat(500)}`]) {
			expect(targetFromParam(bad, graph), String(bad)).toBeUndefined();
		}
	});
});

describe('routes in URLs', () => {
	test('reads `short`, and anything else or nothing as the full route, so older links keep their meaning', () => {
		expect(routeFromParam('short')).toBe('short');
		for (const other of [null, '', 'full', 'SHORT', 'fastest', '__proto__']) expect(routeFromParam(other), String(other)).toBe('full');
	});
	test('writes the route only when it is not the full one', () => {
		expect(pathQuery({ kind: 'topic', id: 'calculus/gradient' }, 'short')).toBe('?to=topic:calculus/gradient&route=short');
		expect(pathQuery({ kind: 'track', track: 'research' }, 'full')).toBe('?to=track:research');
		const url = new URL(`https://x.test/path/${pathQuery({ kind: 'topic', id: 'calculus/gradient' }, 'short')}`);
		expect([targetFromParam(url.searchParams.get('to'), graph), routeFromParam(url.searchParams.get('route'))]).toEqual([
			{ kind: 'topic', id: 'calculus/gradient' },
			'short',
		]);
	});
});

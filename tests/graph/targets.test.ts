import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { targetFromParam, targetToParam } from '../../src/graph/targets';

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

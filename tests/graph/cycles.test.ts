import { describe, expect, test } from 'vitest';
import { findCycle } from '../../src/graph/cycles';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycle', () => {
	test('returns undefined for a graph without cycles', () => {
		expect(findCycle(['a', 'b', 'c'], graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toBeUndefined();
	});
	test('returns the whole cycle, closed', () => {
		expect(findCycle(['a', 'b', 'c', 'd'], graph({ a: ['b'], b: ['c'], c: ['d'], d: ['b'] }))).toEqual(['b', 'c', 'd', 'b']);
	});
	test('finds a self-loop', () => {
		expect(findCycle(['a'], graph({ a: ['a'] }))).toEqual(['a', 'a']);
	});
	test('handles a chain of 100 000 nodes without overflowing the stack', () => {
		const n = 100_000;
		const nodes = Array.from({ length: n }, (_, i) => `t${i}`);
		const edges = new Map(nodes.map((id, i) => [id, i + 1 < n ? [`t${i + 1}`] : ['t0']]));
		const cycle = findCycle(nodes, edges)!;
		expect(cycle).toHaveLength(n + 1);
		expect(cycle[0]).toBe(cycle[n]);
	});
});

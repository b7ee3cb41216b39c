import fc from 'fast-check';
import { expect, test } from 'vitest';
import { topologicalOrder } from '../../../src/core/scalar/topological-order';
import { value, type Value } from '../../../src/core/scalar/value';
import { RUNS } from '../arbitraries';

function expectValidOrder(root: Value, order: Value[]): void {
	const position = new Map(order.map((v, i) => [v, i]));
	expect(position.size, 'every node appears exactly once').toBe(order.length);
	expect(order[order.length - 1]).toBe(root);
	for (const node of order) {
		for (const parent of node.parents) {
			expect(position.has(parent), 'every dependency is included').toBe(true);
			expect(position.get(parent)!).toBeLessThan(position.get(node)!);
		}
	}
}

test('a diamond lists its shared input once, before both of its uses', () => {
	const a = value(1, 'a');
	const b = a.mul(2);
	const c = a.exp();
	const d = b.add(c);
	const order = topologicalOrder(d);
	expect(order.filter((v) => v === a)).toHaveLength(1);
	expectValidOrder(d, order);
});

test('a leaf on its own is its own order', () => {
	const a = value(3);
	expect(topologicalOrder(a)).toEqual([a]);
});

test('random graphs: parents always come before their children', () => {
	fc.assert(
		fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 40 }), (picks) => {
			const pool: Value[] = [value(1), value(2)];
			for (const [i, j] of picks) pool.push(pool[i % pool.length].add(pool[j % pool.length]));
			const root = pool[pool.length - 1];
			expectValidOrder(root, topologicalOrder(root));
		}),
		RUNS,
	);
});

test('a chain 100000 deep is sorted without recursion', () => {
	const x = value(0);
	let y = x;
	for (let i = 0; i < 100_000; i++) y = y.neg();
	const order = topologicalOrder(y);
	expect(order).toHaveLength(100_001);
	expect(order[0]).toBe(x);
	expect(order[100_000]).toBe(y);
});

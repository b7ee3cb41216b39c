import { describe, expect, test } from 'vitest';
import { value } from '../../src/core/scalar/value';
import { gradsAt, layout, LAYOUT, trace } from '../../src/widgets/state/graph';

/** c = a·b + a, with a used twice: the case where a gradient is a sum of two contributions. */
function reused() {
	const a = value(2, 'a');
	const b = value(3, 'b');
	return trace(a.mul(b).named('m').add(a).named('c'));
}

describe('replaying backpropagation step by step', () => {
	test('before any step no gradient is known; after the first the root has 1', () => {
		const t = reused();
		expect(gradsAt(t, 0).size).toBe(0);
		const one = gradsAt(t, 1);
		expect(one.get(t.root)).toBe(1);
	});

	test('after every step the gradients are the full backward pass, sums included', () => {
		const t = reused();
		const all = gradsAt(t, t.steps.length);
		const id = (label: string) => t.snap.nodes.find((n) => n.label === label)!.id;
		// ∂c/∂a = b + 1 = 4 (two uses of a), ∂c/∂b = a = 2.
		expect(all.get(id('a'))).toBe(4);
		expect(all.get(id('b'))).toBe(2);
	});
});

describe('the graph layout', () => {
	test('operations in one column in forward order, inputs to their left, every node placed once', () => {
		const t = reused();
		const { placed, height } = layout(t.snap);
		expect(placed).toHaveLength(t.snap.nodes.length);
		const ops = placed.filter((p) => !p.leaf);
		expect(ops.map((p) => p.x)).toEqual([LAYOUT.opX, LAYOUT.opX]);
		expect(ops[0].y).toBeLessThan(ops[1].y);
		const leaves = placed.filter((p) => p.leaf);
		expect(leaves.every((p) => p.x === LAYOUT.leafX)).toBe(true);
		// a and b both feed m: one above and one below it.
		expect(leaves[0].y + leaves[1].y).toBe(2 * ops[0].y);
		expect(height).toBeGreaterThan(ops[1].y);
	});
});

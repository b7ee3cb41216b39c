import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeGraph, traceBackward } from '../../../src/core/scalar/graph';
import { value } from '../../../src/core/scalar/value';
import { RUNS } from '../arbitraries';
import { FLOAT64, expectClose } from '../asserts';

describe('describeGraph', () => {
	test('lists nodes inputs-first, edges per operand, and the backward order', () => {
		const a = value(2, 'a');
		const b = value(3, 'b');
		const c = a.mul(b).named('c');
		const L = c.pow(2).named('L');
		L.backward();
		const g = describeGraph(L);
		expect(g.nodes).toEqual([
			{ id: a.id, label: 'a', op: '', data: 2, grad: 36 },
			{ id: b.id, label: 'b', op: '', data: 3, grad: 24 },
			{ id: c.id, label: 'c', op: 'mul', data: 6, grad: 12 },
			{ id: L.id, label: 'L', op: 'pow', data: 36, grad: 1, exponent: 2 },
		]);
		expect(g.edges).toEqual([
			{ from: a.id, to: c.id, slot: 0 },
			{ from: b.id, to: c.id, slot: 1 },
			{ from: c.id, to: L.id, slot: 0 },
		]);
		expect(g.backwardOrder).toEqual([L.id, c.id, b.id, a.id]);
	});

	test('a reused value has one edge per use', () => {
		const x = value(3, 'x');
		const y = x.mul(x);
		const g = describeGraph(y);
		expect(g.nodes).toHaveLength(2);
		expect(g.edges).toEqual([
			{ from: x.id, to: y.id, slot: 0 },
			{ from: x.id, to: y.id, slot: 1 },
		]);
	});

	test('the snapshot is plain data that survives JSON', () => {
		const L = value(1, 'a').add(2).tanh();
		L.backward();
		const g = describeGraph(L);
		expect(JSON.parse(JSON.stringify(g))).toEqual(g);
	});
});

describe('traceBackward', () => {
	test('each step shows upstream · local = the amount added to the parent', () => {
		// ∂L/∂a = ∂L/∂c · ∂c/∂a = 2 · 3 = 6
		const a = value(5, 'a');
		const b = value(3, 'b');
		const c = a.mul(b).named('c');
		const L = c.mul(2).named('L');
		const steps = traceBackward(L);
		expect(steps).toHaveLength(2);
		expect(steps[0]).toMatchObject({ index: 0, nodeId: L.id, op: 'mul', upstream: 1 });
		expect(steps[0].contributions[0]).toEqual({ parentId: c.id, slot: 0, local: 2, product: 2, gradBefore: 0, gradAfter: 2 });
		expect(steps[1]).toMatchObject({ index: 1, nodeId: c.id, op: 'mul', upstream: 2 });
		expect(steps[1].contributions).toEqual([
			{ parentId: a.id, slot: 0, local: 3, product: 6, gradBefore: 0, gradAfter: 6 },
			{ parentId: b.id, slot: 1, local: 5, product: 10, gradBefore: 0, gradAfter: 10 },
		]);
		expect(a.grad).toBe(6);
	});

	test('backward() returns the same steps, and a second call starts again from zero', () => {
		const a = value(5);
		const L = a.mul(3).mul(2);
		const traced = traceBackward(L);
		expect(L.backward()).toEqual(traced);
		expect(a.grad).toBe(6);
		expect(traced.at(-1)!.contributions[0]).toMatchObject({ gradBefore: 0, gradAfter: 6 });
	});

	test('a reused value shows its gradient accumulating', () => {
		const x = value(3);
		const [step] = traceBackward(x.mul(x));
		expect(step.contributions.map((c) => [c.gradBefore, c.product, c.gradAfter])).toEqual([
			[0, 3, 3],
			[3, 3, 6],
		]);
	});

	test('stepping through gives exactly the gradients of backward()', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }), ([p, q, r]) => {
				const build = () => {
					const a = value(p);
					const b = value(q);
					const c = value(r);
					const L = a.mul(b).add(c.tanh()).mul(a.sigmoid()).sub(b.pow(2));
					return { leaves: [a, b, c], L };
				};
				const direct = build();
				direct.L.backward();
				const stepped = build();
				traceBackward(stepped.L);
				expectClose(
					stepped.leaves.map((v) => v.grad),
					direct.leaves.map((v) => v.grad),
					FLOAT64,
					'stepped vs direct gradients',
				);
			}),
			RUNS,
		);
	});
});

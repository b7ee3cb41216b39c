import { describe, expect, test } from 'vitest';
import type { Texts } from '../../src/widgets/lib/form';
import { CHAIN_DEFAULTS, checkChain, neuronGraph } from '../../src/widgets/state/chain-rule';
import { gradsAt } from '../../src/widgets/state/graph';

const byLabel = (t: ReturnType<typeof neuronGraph>, g: Map<number, number>) =>
	Object.fromEntries(t.snap.nodes.map((n) => [n.label, { value: n.data, grad: g.get(n.id) }]));

describe('the chain-rule widget state', () => {
	test('the forward pass of L = (relu(w·x + b) − y)² at the defaults', () => {
		const r = checkChain(CHAIN_DEFAULTS);
		if (!('ok' in r)) throw new Error('defaults refused');
		const v = byLabel(r.ok.t, new Map());
		expect([v.m.value, v.z.value, v.a.value, v.e.value, v.L.value]).toEqual([3, 2, 2, 1, 1]);
		expect(r.ok.k).toBe(0);
	});

	test('five backward steps, from the loss down, and the gradients by hand', () => {
		const t = neuronGraph(2, 1.5, -1, 1);
		expect(t.steps.map((s) => s.op)).toEqual(['pow', 'sub', 'relu', 'add', 'mul']);
		const g = byLabel(t, gradsAt(t, 5));
		// ē = 2e = 2; relu is on (z = 2 > 0); w̄ = 2·x = 4, x̄ = 2·w = 3, b̄ = 2, ȳ = −2.
		expect([g.e.grad, g.a.grad, g.z.grad, g.m.grad]).toEqual([2, 2, 2, 2]);
		expect([g.w.grad, g.x.grad, g.b.grad, g.y.grad]).toEqual([4, 3, 2, -2]);
	});

	test('each step multiplies the upstream gradient by the local derivative', () => {
		const t = neuronGraph(2, 1.5, -1, 1);
		for (const s of t.steps) for (const c of s.contributions) expect(c.product).toBeCloseTo(s.upstream * c.local, 12);
	});

	test('a dead relu (z < 0) stops the gradient: w and b get nothing', () => {
		const g = byLabel(neuronGraph(2, 1.5, -5, 1), new Map());
		const t = neuronGraph(2, 1.5, -5, 1);
		const all = byLabel(t, gradsAt(t, 5));
		expect(g.z.value).toBe(-2);
		expect([all.w.grad, all.b.grad, all.x.grad]).toEqual([0, 0, 0]);
		expect(all.y.grad).toBe(2);
	});

	test('the step is a whole number from 0 to the number of steps', () => {
		expect(checkChain({ ...CHAIN_DEFAULTS, s: '5' })).toHaveProperty('ok');
		expect(checkChain({ ...CHAIN_DEFAULTS, s: '6' })).toEqual({ key: 's', why: { p: 'int', a: 0, b: 5 } });
	});

	test('hostile or absurd texts are refused with a reason', () => {
		const bad: Texts[] = [
			{ ...CHAIN_DEFAULTS, x: '' },
			{ ...CHAIN_DEFAULTS, w: 'abc' },
			{ ...CHAIN_DEFAULTS, b: 'NaN' },
			{ ...CHAIN_DEFAULTS, y: '1e308' },
			{ ...CHAIN_DEFAULTS, s: '-1' },
			{ ...CHAIN_DEFAULTS, s: '"><script>alert(1)</script>' },
		];
		for (const t of bad) expect('ok' in checkChain(t), JSON.stringify(t)).toBe(false);
	});
});

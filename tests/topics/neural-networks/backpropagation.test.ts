import { describe, expect, test } from 'vitest';
import { centralDifference } from '../../../src/math/finite-difference';
import { fmtFor } from '../../../src/practice/render';
import { examples, handPass, neuronGradients, passSteps, practice, twoLayer, type TwoLayerInputs } from '../../../src/topics/neural-networks/backpropagation';

/** The module's gradients against derivatives worked out by hand (in the comments). */
describe('neural-networks/backpropagation: the module behind the practice', () => {
	test('L = (ab + c)² at a = 2, b = −1, c = 3: z = 1, so ∂L/∂a = 2z·b = −2, ∂L/∂b = 2z·a = 4, ∂L/∂c = 2z = 2', () => {
		expect(handPass(0, { a: 2, b: -1, c: 3 }).grads).toEqual({ a: -2, b: 4, c: 2 });
	});

	test('a value used twice gets the sum of its paths: (a + b)(b − c) at 1, 2, 3 gives ∂L/∂b = (b − c) + (a + b) = 2', () => {
		expect(handPass(2, { a: 1, b: 2, c: 3 }).grads.b).toBe(2);
		// abc + b: ∂L/∂b = ac + 1 = 4.
		expect(handPass(3, { a: 1, b: 2, c: 3 }).grads.b).toBe(4);
	});

	test('relu(ab − c)·d with ab − c < 0 passes no gradient to a, b, c; d gets relu(…) = 0', () => {
		expect(handPass(1, { a: 1, b: 1, c: 2, d: 3 }).grads).toEqual({ a: 0, b: 0, c: 0, d: 0 });
		// Alive: ab − c = 2·3 − 1 = 5 > 0, ∂L/∂a = b·d = −6, ∂L/∂d = 5.
		expect(handPass(1, { a: 2, b: 3, c: 1, d: -2 }).grads).toEqual({ a: -6, b: -4, c: 2, d: 5 });
	});

	test('the steps show the forward values, each hand-off, and the sum for a reused value', () => {
		const { root, steps } = handPass(2, { a: 1, b: 2, c: 3 });
		const tex = passSteps(root, steps, fmtFor('ru')).map((s) => s.tex);
		expect(tex).toContain('u = a + b = 3');
		expect(tex).toContain('v = b - c = -1');
		expect(tex.some((t) => t?.endsWith('= -1 + 3 = 2') || t?.endsWith('= 3 + (-1) = 2'))).toBe(true);
	});

	test('the page’s neuron: z = 1,25, ā = 2(1,25 − 2) = −1,5, gradients (−3; −1,5; −1,5); with b = −2 it is dead', () => {
		const live = neuronGradients({ x: [2, 1], w: [0.75, -0.5], b: 0.25, y: 2 });
		expect(live.z).toBe(1.25);
		expect(live.da).toBe(-1.5);
		expect(live.grads).toEqual([-3, -1.5, -1.5]);
		expect(neuronGradients({ x: [2, 1], w: [0.75, -0.5], b: -2, y: 2 }).grads.map(Math.abs)).toEqual([0, 0, 0]);
	});

	test('the known mistakes: one path of a reused value; the ReLU skipped; the 2 of the square dropped', () => {
		const graph = practice.find((k) => k.id === 'graph')!;
		const twice = graph.solve({ form: 2, values: { a: 1, b: 2, c: 3 }, target: 'b' }, fmtFor('en'));
		expect(twice.mistakes!.map((m) => [m.value, m.say]).sort()).toEqual([[-1, 'one-path'], [3, 'one-path']]);
		const dead = graph.solve({ form: 1, values: { a: 1, b: 1, c: 2, d: 3 }, target: 'a' }, fmtFor('en'));
		expect(dead.mistakes).toContainEqual({ value: 3, say: 'relu' });
		const neuron = practice.find((k) => k.id === 'neuron')!;
		const p = neuron.solve({ x: [2, 1], w: [0.75, -0.5], b: 0.25, y: 2 }, fmtFor('en'));
		expect(p.mistakes).toContainEqual({ value: [-1.5, -0.75, -0.75], say: 'half' });
	});
});

describe('neural-networks/backpropagation: the 2→2→1 example', () => {
	const inputs = examples!.twoLayer!.inputs as TwoLayerInputs;

	/** The same network written out by hand, apart from the core: forward, backward, update. */
	function byHand({ x, w, b, v, c, y, eta }: TwoLayerInputs) {
		const z = [0, 1].map((j) => x[0] * w[0][j]! + x[1] * w[1][j]! + b[j]!);
		const a = z.map((t) => Math.max(0, t));
		const yhat = a[0]! * v[0] + a[1]! * v[1] + c;
		const dy = 2 * (yhat - y);
		const dz = [0, 1].map((j) => dy * v[j]! * (z[j]! > 0 ? 1 : 0));
		const dw = [0, 1].map((t) => [0, 1].map((j) => dz[j]! * x[t]!));
		const dx = [0, 1].map((t) => dz[0]! * w[t]![0]! + dz[1]! * w[t]![1]!);
		const next = { x, y, eta, w: w.map((row, t) => row.map((wi, j) => wi - eta * dw[t]![j]!)), b: b.map((bj, j) => bj - eta * dz[j]!), v: v.map((vj, j) => vj - eta * dy * a[j]!), c: c - eta * dy };
		return { z, a, yhat, loss: (yhat - y) ** 2, dy, dz, dw, dx, next };
	}

	test('the core’s forward and backward pass agree with the hand computation; the input’s gradient sums two paths', () => {
		const core = twoLayer(inputs);
		const hand = byHand(inputs);
		expect(core.z).toEqual(hand.z);
		expect(core.yhat).toBeCloseTo(hand.yhat, 12);
		expect(core.grads.yhat).toBeCloseTo(hand.dy, 12);
		expect(core.grads.z).toEqual(hand.dz);
		expect(core.grads.w).toEqual(hand.dw);
		expect(core.grads.x).toEqual(hand.dx);
		// Both paths carry something, so the sum is a real sum, and both hidden units are alive.
		expect(hand.dz.every((g) => g !== 0)).toBe(true);
		expect(hand.z.every((t) => t > 0)).toBe(true);
	});

	test('the numbers the page prints: z = (0,5; 1,5), ŷ = 1,5, L = 0,25, ∂L/∂x = (0,5; 0,5), after the step L = 0,0676', () => {
		const r = twoLayer(inputs);
		expect(r.z).toEqual([0.5, 1.5]);
		expect(r.yhat).toBe(1.5);
		expect(r.loss).toBe(0.25);
		expect(r.grads.x).toEqual([0.5, 0.5]);
		expect(r.lossAfter).toBeCloseTo(0.0676, 12);
		expect(r.lossAfter).toBeCloseTo(byHand(byHand(inputs).next as TwoLayerInputs).loss, 12);
	});

	test('a gradient of the core matches a central difference of the loss', () => {
		const h = 1e-6;
		const loss = (w11: number) => byHand({ ...inputs, w: [[w11, inputs.w[0][1]], inputs.w[1]] }).loss;
		const numeric = centralDifference(loss, inputs.w[0][0], h);
		expect(twoLayer(inputs).grads.w[0][0]).toBeCloseTo(numeric, 6);
	});

	test('the example renders a figure, the three tables and the sum over two paths, in Russian notation', () => {
		const blocks = examples!.twoLayer!.blocks(inputs, fmtFor('ru'));
		expect(blocks.filter((b) => 'svg' in b)).toHaveLength(1);
		expect(blocks.filter((b) => 'head' in b)).toHaveLength(3);
		const backward = blocks.filter((b) => 'head' in b)[1] as { rows: string[][] };
		const x1 = backward.rows.find((r) => r[0] === '\\bar{x}_1')!;
		expect(x1[1]).toContain('+');
		expect(x1[2]).toBe('0{,}5');
		const svg = (blocks.find((b) => 'svg' in b) as { svg: string }).svg;
		expect(svg).toContain('x̄₁ = 0,5');
		expect(svg).toContain('z = 0,5, a = 0,5');
	});
});

describe('neural-networks/backpropagation: the one-neuron examples', () => {
	const text = (name: string) => JSON.stringify(examples![name]!.blocks(examples![name]!.inputs, fmtFor('ru')));
	test('alive (b = 0,25): ∂L/∂w₁ = −3, ∂L/∂w₂ = ∂L/∂b = −1,5; dead (b = −2): the ReLU passes 0', () => {
		expect(text('live')).toContain('-3');
		expect(text('live')).toContain('-1{,}5');
		// z = 1,5 − 0,5 − 2 = −1 < 0: relu's local derivative is 0, and so is every gradient behind it.
		expect(text('dead')).toContain('-1');
		expect(text('dead')).not.toContain('-1{,}5');
	});
});

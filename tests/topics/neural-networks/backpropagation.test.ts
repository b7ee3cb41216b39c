import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { handPass, neuronGradients, passSteps, practice } from '../../../src/topics/neural-networks/backpropagation';

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
		expect(tex.some((t) => t.endsWith('= -1 + 3 = 2') || t.endsWith('= 3 + (-1) = 2'))).toBe(true);
	});

	test('the page’s neuron: z = 1,25, ∂L/∂h = 2(1,25 − 2) = −1,5, gradients (−3; −1,5; −1,5); with b = −2 it is dead', () => {
		const live = neuronGradients({ x: [2, 1], w: [0.75, -0.5], b: 0.25, y: 2 });
		expect(live.z).toBe(1.25);
		expect(live.dh).toBe(-1.5);
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

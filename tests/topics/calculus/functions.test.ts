import { describe, expect, test } from 'vitest';
import {
	CHAIN_GRAPHS,
	SCALAR_FUNCTIONS,
	VECTOR_FUNCTIONS,
	asVectorFunction,
	numericGradient,
	valueAndGradient,
	type ScalarFunctionName,
} from '../../../src/topics/calculus/functions';

/**
 * The calculus pages print derivatives from these functions, so each one is checked three ways:
 * the core's backward pass, the rule formula typed next to it, and a central difference.
 */
const POINTS = [-1.5, -0.3, 0.4, 1, 2.5];

describe('scalar functions of the calculus pages', () => {
	test.each(Object.keys(SCALAR_FUNCTIONS) as ScalarFunctionName[])('%s: rule = core = finite difference', (name) => {
		const f = SCALAR_FUNCTIONS[name];
		const vf = asVectorFunction(name);
		// ln x needs x > 0.
		const points = name === 'log-over-x' ? POINTS.map(Math.abs) : POINTS;
		for (const x of points) {
			const core = valueAndGradient(vf, [x]).grad[0]!;
			const numeric = numericGradient(vf, [x])[0]!;
			expect(Math.abs(core - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(core)));
			expect(Math.abs(core - f.derivative(x))).toBeLessThan(1e-12 * Math.max(1, Math.abs(core)));
		}
	});
});

describe('functions of several variables', () => {
	test.each(Object.keys(VECTOR_FUNCTIONS) as (keyof typeof VECTOR_FUNCTIONS)[])('%s: core gradient = finite differences', (name) => {
		const f = VECTOR_FUNCTIONS[name];
		for (const at of [[0.5, 0], [-1, 2], [1.3, -0.7]]) {
			const { grad } = valueAndGradient(f, at);
			const numeric = numericGradient(f, at);
			grad.forEach((g, i) => expect(Math.abs(g - numeric[i]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(g))));
		}
	});
});

describe('chain-rule graphs', () => {
	test('two paths: L = xy(x + y), so ∂L/∂x = 2xy + y² and ∂L/∂y = x² + 2xy', () => {
		const { root, inputs } = CHAIN_GRAPHS['two-paths']();
		root.backward();
		const [x, y] = inputs.map((v) => v.data) as [number, number];
		expect(root.data).toBe(x * y * (x + y));
		expect(inputs[0]!.grad).toBe(2 * x * y + y * y);
		expect(inputs[1]!.grad).toBe(x * x + 2 * x * y);
	});

	test('sigmoid neuron: L = (σ(wx + b) − 1)², gradients by the formula', () => {
		const { root, inputs } = CHAIN_GRAPHS['sigmoid-neuron']();
		root.backward();
		const [w, b, x] = inputs.map((v) => v.data) as [number, number, number];
		const a = 1 / (1 + Math.exp(-(w * x + b)));
		const dz = 2 * (a - 1) * a * (1 - a);
		expect(root.data).toBeCloseTo((a - 1) ** 2, 12);
		expect(inputs[0]!.grad).toBeCloseTo(dz * x, 12);
		expect(inputs[1]!.grad).toBeCloseTo(dz, 12);
		expect(inputs[2]!.grad).toBeCloseTo(dz * w, 12);
	});
});

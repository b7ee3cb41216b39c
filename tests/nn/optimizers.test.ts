import { expect, test } from 'vitest';
import { ShapeError } from '../../src/core/errors';
import { createOptimizer } from '../../src/nn/optimizers';
import { FLOAT64, expectClose, thrown } from '../core/asserts';

function setup() {
	const params = [Float64Array.from([1, -2]), Float64Array.from([0.5])];
	const grads = [Float64Array.from([0.5, -1]), Float64Array.from([2])];
	return { params, grads };
}

test('SGD steps against the gradient, scaled by the learning rate', () => {
	const { params, grads } = setup();
	createOptimizer({ kind: 'sgd', learningRate: 0.1 }, params, grads).step();
	expectClose(params[0], [0.95, -1.9], FLOAT64, 'params[0]');
	expectClose(params[1], [0.3], FLOAT64, 'params[1]');
});

test('momentum accumulates velocity: v ← μv + g, θ ← θ − ηv', () => {
	const { params, grads } = setup();
	const opt = createOptimizer({ kind: 'momentum', learningRate: 0.1, momentum: 0.9 }, params, grads);
	opt.step(); // v = g
	opt.step(); // v = 0.9g + g = 1.9g, so in total θ moves by 0.1·2.9·g
	expectClose(params[0], [1 - 0.29 * 0.5, -2 + 0.29], FLOAT64, 'params[0]');
	expectClose(params[1], [0.5 - 0.29 * 2], FLOAT64, 'params[1]');
});

test('Adam: the first step moves every parameter by about the learning rate, whatever the gradient scale', () => {
	const params = [Float64Array.from([0, 0, 0])];
	const grads = [Float64Array.from([1e-3, -5, 100])];
	createOptimizer({ kind: 'adam', learningRate: 0.01 }, params, grads).step();
	// Bias correction makes m̂ = g and v̂ = g², so the step is η·g / (|g| + ε).
	expectClose(params[0], [-0.01 * (1e-3 / (1e-3 + 1e-8)), 0.01 * (5 / (5 + 1e-8)), -0.01 * (100 / (100 + 1e-8))], FLOAT64, 'θ');
});

test('Adam follows its formulas over several steps with changing gradients', () => {
	const params = [Float64Array.from([0.3])];
	const grads = [new Float64Array(1)];
	const opt = createOptimizer({ kind: 'adam', learningRate: 0.1, beta1: 0.8, beta2: 0.9, epsilon: 1e-6 }, params, grads);
	let theta = 0.3;
	let m = 0;
	let v = 0;
	for (let t = 1; t <= 4; t++) {
		const g = [0.5, -1, 2, 0.25][t - 1];
		grads[0][0] = g;
		opt.step();
		m = 0.8 * m + 0.2 * g;
		v = 0.9 * v + 0.1 * g * g;
		theta -= (0.1 * (m / (1 - 0.8 ** t))) / (Math.sqrt(v / (1 - 0.9 ** t)) + 1e-6);
		expectClose(params[0][0], theta, FLOAT64, `θ after step ${t}`);
	}
});

test('parameters and gradients must pair up: a shape error with its code and the lengths', () => {
	const count = thrown(() => createOptimizer({ kind: 'sgd' }, [new Float64Array(2), new Float64Array(1)], [new Float64Array(2)]), ShapeError);
		expect(count).toMatchObject({ code: 'gradient-count', details: { code: 'gradient-count', params: 2, grads: 1 } });
	const length = thrown(() => createOptimizer({ kind: 'sgd' }, [new Float64Array(4), new Float64Array(2)], [new Float64Array(4), new Float64Array(3)]), ShapeError);
	expect(length).toMatchObject({ code: 'gradient-length', details: { param: 1, length: 2, gradLength: 3 } });
	expect(length.message).toBe('Gradient length ≠ parameter length: param 1, length 2, gradLength 3.');
});

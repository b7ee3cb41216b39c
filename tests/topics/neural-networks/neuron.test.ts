import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, neuronOutput, practice, threshold } from '../../../src/topics/neural-networks/neuron';

describe('neural-networks/neuron: the module behind the worked examples and the practice', () => {
	test('the core’s neuron: z = w·x + b by hand, then relu, σ and tanh of it', () => {
		// 0,5·1 − 0,25·2 + 2·0,5 + 0,5 = 0,5 − 0,5 + 1 + 0,5 = 1,5
		expect(neuronOutput([1, 2, 0.5], [0.5, -0.25, 2], 0.5, 'relu')).toEqual({ z: 1.5, a: 1.5 });
		// 0,5 − 0,5 − 2 + 0,5 = −1,5: relu gives 0, σ(−1,5) = 1/(1 + e^1,5) = 0,18243
		expect(neuronOutput([1, 2, -1], [0.5, -0.25, 2], 0.5, 'relu')).toEqual({ z: -1.5, a: 0 });
		expect(neuronOutput([1, 2, -1], [0.5, -0.25, 2], 0.5, 'sigmoid').a).toBeCloseTo(0.18243, 5);
		expect(neuronOutput([3], [-1], 0, 'tanh').a).toBeCloseTo(-0.99505, 5);
	});

	test('the threshold: 2x₁ − 1·3 + 1 = 0 at x₁ = 1; −x₁ + 2·(−2) − 1 = 0 at x₁ = −5', () => {
		expect(threshold([2, -1], 1, 3)).toBe(1);
		expect(threshold([-1, 2], -1, -2)).toBe(-5);
	});

	test('the worked examples print the sum term by term and both activations, in Russian notation', () => {
		const fmt = fmtFor('ru');
		const active = examples!.active!;
		expect(active.blocks(active.inputs, fmt)).toEqual([
			{ tex: 'z = w \\cdot x + b = 0{,}5 \\cdot 1 + (-0{,}25) \\cdot 2 + 2 \\cdot 0{,}5 + 0{,}5 = 1{,}5' },
			{ tex: '\\operatorname{relu}(z) = \\operatorname{relu}(1{,}5) = 1{,}5' },
			{ tex: '\\sigma(z) = \\sigma(1{,}5) = 0{,}818' },
		]);
		const silent = examples!.silent!;
		const lines = silent.blocks(silent.inputs, fmt).map((b) => (b as { tex: string }).tex);
		expect(lines[0]).toBe('z = w \\cdot x + b = 0{,}5 \\cdot 1 + (-0{,}25) \\cdot 2 + 2 \\cdot (-1) + 0{,}5 = -1{,}5');
		expect(lines[1]).toMatch(/= 0$/);
		expect(lines[2]).toMatch(/= 0\{,\}182$/);
	});

	test('a drawn output problem: the known mistakes are the sum before relu and the sum without the bias', () => {
		const output = practice.find((k) => k.id === 'output')!;
		// z = 1·2 + (−1)·3 + 0,5·(−2) − 1 = 2 − 3 − 1 − 1 = −3: relu gives 0; without the bias −2 → also 0 after relu.
		const p = output.solve({ x: [2, 3, -2], w: [1, -1, 0.5], b: -1 }, fmtFor('en'));
		expect(p.answer).toEqual({ kind: 'number', value: 0 });
		expect(p.mistakes).toEqual([
			{ value: -3, say: 'norelu' },
			{ value: -2, say: 'nobias' },
		]);
	});
});

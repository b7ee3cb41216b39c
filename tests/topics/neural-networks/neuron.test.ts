import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, neuronOutput, practice, threshold } from '../../../src/topics/neural-networks/neuron';
import { elements, figures, textAt, texts } from '../../helpers/figure-network';

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

describe('neural-networks/neuron: the figure of the neuron', () => {
	test('each input’s edge goes to the sum node with its weight, and the sum and the output are w·x + b and relu of it, recomputed here', () => {
		const [x, w, b] = [[1, 2, 0.5], [0.5, -0.25, 2], 0.5];
		const z = x.reduce((s, xi, i) => s + xi * w[i]!, b as number);
		const ex = examples!.figure!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const svg = figure!.svg;
		const words = texts(svg).map((t) => t.content);
		expect(words).toEqual(expect.arrayContaining([`z = ${z}`, `a = ${Math.max(0, z)}`, 'b = 0.5', 'w₁ = 0.5', 'w₂ = −0.25', 'w₃ = 2']));
		// The input circles hold x, in order; every edge from an input ends pointing at Σ.
		const sum = textAt(svg, 'Σ');
		const inputs = x.map((xi) => textAt(svg, String(xi)));
		const edges = elements(svg).filter((e) => e.tag === 'path').map((e) => e.attrs.d!.match(/^M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)/)!.slice(1).map(Number));
		for (const input of inputs) {
			const edge = edges.find(([x1, y1]) => Math.hypot(x1! - input.x, y1! - input.y) < 30)!;
			const [x1, y1, x2, y2] = edge;
			// The edge's direction is the direction from the input to the sum node.
			expect(Math.atan2(y2! - y1!, x2! - x1!)).toBeCloseTo(Math.atan2(sum.y - input.y, sum.x - input.x), 2);
		}
		expect(figure!.alt!.with).toEqual({ n: '3', z: '1.5', a: '1.5' });
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, meanSquaredError, neuronSum, practice } from '../../../src/topics/foundations/summation';
import { figureOf, readBars, texts, zeroLine } from '../../helpers/figure-linear-algebra';

const ru = fmtFor('ru');

describe('foundations/summation: the module behind the worked example and the practice', () => {
	test('the neuron’s sum and the mean squared error, worked out by hand', () => {
		// 0.5·1 + (−1)·2 + 2·3 + 1 = 0.5 − 2 + 6 + 1 = 5.5
		expect(neuronSum([1, 2, 3], [0.5, -1, 2], 1)).toBe(5.5);
		// Differences (1, 0, −2): squares 1 + 0 + 4 = 5, over 3 examples.
		expect(meanSquaredError([2, 0, 1], [1, 0, 3])).toBeCloseTo(5 / 3, 12);
		expect(meanSquaredError([3, -3], [-3, 3])).toBe(36);
	});

	test('the MSE problem names its known mistakes: the sum undivided, the differences unsquared', () => {
		const kind = practice.find((k) => k.id === 'mse')!;
		const p = kind.solve({ predicted: [2, 0, 1, 1], target: [1, 0, 3, -1] }, ru);
		// Differences (1, 0, −2, 2): squares 1 + 0 + 4 + 4 = 9, mean 2.25; the plain mean of differences is 1/4.
		expect(p.answer).toEqual({ kind: 'number', value: 2.25 });
		expect(p.mistakes).toEqual([
			{ value: 9, say: 'mean' },
			{ value: 0.25, say: 'square' },
		]);
	});

	test('the worked example writes the sum with Σ and the bias, in Russian notation', () => {
		const ex = examples!.neuron!;
		const [vectors, sum] = ex.blocks(ex.inputs, ru) as { tex: string }[];
		expect(vectors!.tex).toBe('x = \\begin{bmatrix} 1 & 2 & 3 \\end{bmatrix}, \\quad w = \\begin{bmatrix} 0{,}5 & -1 & 2 \\end{bmatrix}');
		expect(sum!.tex).toBe(
			'\\begin{aligned} \\sum_{i=1}^{3} x_i w_i + b &= 1 \\cdot 0{,}5 + 2 \\cdot (-1) + 3 \\cdot 2 + 1 \\\\ &= 0{,}5 + (-2) + 6 + 1 = 5{,}5 \\end{aligned}',
		);
	});
});

describe('foundations/summation: the figure of the sum as a waterfall', () => {
	test('one bar per term wᵢxᵢ and the bias, each from the running sum before it to the one after; the last is z', () => {
		const ex = examples!.neuron!;
		const { x, w, b } = ex.inputs as { x: number[]; w: number[]; b: number };
		const fig = figureOf(ex.blocks(ex.inputs, ru));
		// The terms by hand: 1·0.5, 2·(−1), 3·2 and b = 1; z = 5.5.
		const terms = [...x.map((t, i) => t * w[i]!), b];
		expect(terms).toEqual([0.5, -2, 6, 1]);
		const z = terms.reduce((s, t) => s + t, 0);
		const bars = readBars(fig.svg);
		expect(bars).toHaveLength(terms.length + 1);
		const zero = zeroLine(fig.svg);
		const unit = (bars.at(-1)!.bottom - bars.at(-1)!.top) / z;
		expect(bars.at(-1)!.bottom).toBeCloseTo(zero, 1);
		let before = 0;
		terms.forEach((t, i) => {
			const after = before + t;
			expect(zero - bars[i]!.top).toBeCloseTo(Math.max(before, after) * unit, 1);
			expect(zero - bars[i]!.bottom).toBeCloseTo(Math.min(before, after) * unit, 1);
			before = after;
		});
		const labels = texts(fig.svg).map((t) => t.label);
		expect(labels).toEqual(expect.arrayContaining(['0,5', '−2', '6', '1', '5,5', 'w₁x₁', 'w₂x₂', 'w₃x₃', 'b', 'z']));
		expect(fig.caption).toEqual({ say: 'termsFigure', with: { z: '5{,}5' } });
	});
});

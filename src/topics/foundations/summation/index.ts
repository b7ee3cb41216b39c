/**
 * Summation: Σ as a loop written in one formula. A neuron's weighted sum Σ wᵢxᵢ + b and the mean
 * squared error (1/m) Σ (ŷᵢ − yᵢ)² are the two sums every network computes. One module for the worked
 * example (the dot-product topic's weighted sum, here with a bias and the Σ sign), the practice
 * problems and the tests (tests/topics/foundations/summation.test.ts).
 */
import type { Rng } from '../../../core/random';
import { mse as coreMse } from '../../../core/tensor/losses';
import { createMatrix } from '../../../core/tensor/matrix';
import type { Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import type { TopicModule } from '../../types';
import { dot, smallVector, texProducts, texSum, weightedSumExample } from '../../linear-algebra/dot-product';
import { pick } from '../../draw';

/** A neuron's pre-activation z = Σ wᵢxᵢ + b. */
export const neuronSum = (x: readonly number[], w: readonly number[], b: number): number => dot(x, w) + b;

/** The mean squared error (1/n) Σ (ŷᵢ − yᵢ)², by the core's loss. */
export const meanSquaredError = (predicted: readonly number[], target: readonly number[]): number =>
	coreMse(createMatrix(1, predicted.length, predicted), createMatrix(1, target.length, target));

const sum = (v: readonly number[]) => v.reduce((s, t) => s + t, 0);

interface NeuronInputs {
	x: number[];
	w: number[];
	b: number;
}

/** Weights with one decimal at most, as a layer's weights might be after a little training. */
const WEIGHTS = [-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2];

/** Σ wᵢxᵢ + b for three inputs: the sum a neuron computes. */
const neuron: Kind<NeuronInputs> = {
	id: 'neuron',
	draw: (rng: Rng) => ({ x: smallVector(rng, 3), w: [0, 1, 2].map(() => WEIGHTS[rng.int(WEIGHTS.length)]!), b: pick(rng, -3, 3) }),
	solve: ({ x, w, b }, fmt) => {
		const answer = neuronSum(x, w, b);
		const products = x.map((xi, i) => xi * w[i]!);
		return {
			vars: { x: `x = ${texMatrix([x], fmt)}`, w: `w = ${texMatrix([w], fmt)}`, b: `b = ${fmt(b)}`, z: `z = \\sum_{i=1}^{3} w_i x_i + b` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'expand', tex: `z = w_1 x_1 + w_2 x_2 + w_3 x_3 + b = ${texProducts(w.map((wi, i) => [wi, x[i]!] as const), fmt)} + ${paren(b, fmt)}` },
				{ say: 'add', tex: `z = ${texSum(products, fmt)} + ${paren(b, fmt)} = ${fmt(answer)}` },
			],
			// The bias forgotten; the sums multiplied instead of the pairs (Σwᵢxᵢ ≠ Σwᵢ · Σxᵢ).
			mistakes: [
				{ value: answer - b, say: 'bias' },
				{ value: sum(w) * sum(x) + b, say: 'sums' },
			].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ x, w, b }) => `np.sum(np.array(${JSON.stringify(w)}) * np.array(${JSON.stringify(x)})) + (${b})`,
};

interface MseInputs {
	predicted: number[];
	target: number[];
}

/** The mean squared error of a few predictions. */
const mse: Kind<MseInputs> = {
	id: 'mse',
	draw: (rng) => {
		const n = rng.int(2) ? 4 : 2;
		return { predicted: Array.from({ length: n }, () => pick(rng, -3, 3)), target: Array.from({ length: n }, () => pick(rng, -3, 3)) };
	},
	solve: ({ predicted, target }, fmt) => {
		const n = predicted.length;
		const diff = predicted.map((p, i) => p - target[i]!);
		const squares = diff.map((d) => d * d);
		const answer = meanSquaredError(predicted, target);
		return {
			vars: { yhat: `\\hat y = ${texMatrix([predicted], fmt)}`, y: `y = ${texMatrix([target], fmt)}`, loss: `\\frac{1}{m} \\sum_{i=1}^{m} (\\hat y_i - y_i)^2` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'diff', tex: `\\hat y - y = ${texMatrix([diff], fmt)}` },
				{ say: 'square', tex: `\\sum_{i=1}^{${n}} (\\hat y_i - y_i)^2 = ${texSum(squares, fmt)} = ${fmt(sum(squares))}` },
				{ say: 'mean', tex: `\\frac{${fmt(sum(squares))}}{${n}} = ${fmt(answer)}` },
			],
			// The sum not divided by n; the differences averaged without squaring.
			mistakes: [
				{ value: sum(squares), say: 'mean' },
				{ value: sum(diff) / n, say: 'square' },
			].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ predicted, target }) => `np.mean((np.array(${JSON.stringify(predicted)}) - np.array(${JSON.stringify(target)}))**2)`,
};

export const practice: TopicModule['practice'] = [neuron, mse];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	neuron: weightedSumExample({ x: [1, 2, 3], w: [0.5, -1, 2], b: 1, sigma: true }),
};

/**
 * Expectation and variance of a discrete random variable: E[X] = Σ x·p(x), Var[X] = Σ (x − E[X])²·p(x).
 * The worked examples are the random-variables table with the rows that add up to them (the number of
 * neurons a dropout keeps, and one neuron's output under inverted dropout); the practice asks for a
 * variance. Tests: tests/topics/probability/expectation-and-variance.test.ts.
 */
import { expectation, variance } from '../../../probability/discrete';
import type { Kind } from '../../../practice/types';
import { paren } from '../../tex';
import type { TopicModule } from '../../types';
import { variableExample } from '../random-variables';

interface VarianceInputs {
	values: number[];
	/** The probabilities in tenths. */
	tenths: number[];
}

/** Var[X] of a three-valued variable, through E[X] first. */
const spread: Kind<VarianceInputs> = {
	id: 'variance',
	draw: (rng) => {
		const values = new Set<number>();
		while (values.size < 3) values.add(rng.int(7) - 1);
		for (;;) {
			const a = 1 + rng.int(6);
			const b = 1 + rng.int(6);
			if (a + b <= 9) return { values: [...values].sort((x, y) => x - y), tenths: [a, b, 10 - a - b] };
		}
	},
	solve: ({ values, tenths }, fmt) => {
		const probs = tenths.map((t) => t / 10);
		const mean = expectation(values, probs);
		const answer = variance(values, probs);
		const square = expectation(values.map((x) => x * x), probs);
		return {
			vars: { table: `\\begin{matrix} x: & ${values.map((x) => fmt(x)).join(' & ')} \\\\ p(x): & ${probs.map((p) => fmt(p)).join(' & ')} \\end{matrix}` },
			answer: { kind: 'number', value: answer, tolerance: 1e-3 },
			steps: [
				{ say: 'mean', tex: `\\mathbb{E}[X] = ${values.map((x, i) => `${paren(x, fmt)} \\cdot ${fmt(probs[i]!)}`).join(' + ')} = ${fmt(mean, 4)}` },
				{
					say: 'deviations',
					tex: `\\operatorname{Var}[X] = ${values.map((x, i) => `${paren(x - mean, fmt, 4)}^2 \\cdot ${fmt(probs[i]!)}`).join(' + ')} = ${fmt(answer, 4)}`,
				},
			],
			// E[X²] without subtracting E[X]²; the standard deviation instead of the variance; the mean itself.
			mistakes: [
				{ value: square, say: 'noMean' },
				{ value: Math.sqrt(answer), say: 'std' },
				{ value: mean, say: 'mean' },
			].filter((m) => Math.abs(m.value - answer) > 1e-3),
		};
	},
	numpy: ({ values, tenths }) => {
		const x = `np.array(${JSON.stringify(values)})`;
		const p = `np.array(${JSON.stringify(tenths)}) / 10`;
		return `np.sum(${p} * ${x}**2) - np.sum(${p} * ${x})**2`;
	},
};

interface DropoutInputs {
	/** The neuron's output without dropout. */
	a: number;
	/** The probability of keeping it. */
	keep: number;
}

/** Inverted dropout's output Y: a / keep with probability keep, else 0. Its expectation stays a; its variance is the noise. */
const dropout: Kind<DropoutInputs> = {
	id: 'dropout',
	draw: (rng) => ({ a: 1 + rng.int(10), keep: [0.5, 0.8, 0.25, 0.75][rng.int(4)]! }),
	solve: ({ a, keep }, fmt) => {
		const values = [0, a / keep];
		const probs = [1 - keep, keep];
		const mean = expectation(values, probs);
		const answer = variance(values, probs);
		const tolerance = 1e-3;
		return {
			vars: { a: `a = ${fmt(a)}`, keep: `p_{\\text{keep}} = ${fmt(keep)}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'values', tex: `P\\left(Y = \\frac{${fmt(a)}}{${fmt(keep)}} = ${fmt(values[1]!, 4)}\\right) = ${fmt(keep)}, \\quad P(Y = 0) = ${fmt(1 - keep)}` },
				{ say: 'mean', tex: `\\mathbb{E}[Y] = ${fmt(values[1]!, 4)} \\cdot ${fmt(keep)} = ${fmt(mean, 4)}` },
				{
					say: 'variance',
					tex: `\\operatorname{Var}[Y] = ${paren(-mean, fmt, 4)}^2 \\cdot ${fmt(1 - keep)} + ${fmt(values[1]! - mean, 4)}^2 \\cdot ${fmt(keep)} = ${fmt(answer, 4)}`,
				},
			],
			// E[Y²] without the squared mean; ordinary dropout's a²p(1 − p), without the 1/p scaling; the expectation.
			mistakes: [
				{ value: (a * a) / keep, say: 'noMean' },
				{ value: a * a * keep * (1 - keep), say: 'unscaled' },
				{ value: mean, say: 'mean' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ a, keep }) => `np.var(np.where(np.arange(100000) < ${keep} * 100000, ${a} / ${keep}, 0.0))`,
};

export const practice: TopicModule['practice'] = [spread, dropout];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	binomial: variableExample({ binomial: { n: 3, p: 0.8 }, rows: ['xp', 'dev'], figure: 'balance' }),
	dropout: variableExample({ values: [0, 6.25], probs: [0.2, 0.8], rows: ['xp', 'dev'], name: 'Y' }),
};

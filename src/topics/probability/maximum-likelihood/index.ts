/**
 * Maximum likelihood: the coin's likelihood peaks at the share of ones; Gaussian noise turns the
 * negative log-likelihood into a constant plus a multiple of MSE; a softmax's labels turn it into the
 * cross-entropy loss (both losses are the core's). The practice asks for the estimates themselves: the
 * share of ones, and the Gaussian's variance, which divides by n. Tests: tests/topics/probability/maximum-likelihood.test.ts.
 */
import { mse, softmaxCrossEntropy } from '../../../core/tensor/losses';
import { fromRows } from '../../../core/tensor/matrix';
import { sampleMean, sampleVariance } from '../../../probability/estimates';
import { bernoulliLogLikelihood, categoricalNegLogLikelihood, gaussianNegLogLikelihood } from '../../../probability/likelihood';
import { normalPdf } from '../../../probability/normal';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import { curve, dot, figure, frame, group, marker, xAxis } from '../../../figures/distribution';
import { plain } from '../../../figures/svg';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { softmaxOf } from '../random-variables';

/** The likelihood and its logarithm for each candidate θ, k ones among n. */
export const coinRows = (ones: number, n: number, thetas: readonly number[]) =>
	thetas.map((theta) => {
		const log = bernoulliLogLikelihood(ones, n, theta);
		return { theta, log, likelihood: Math.exp(log) };
	});

/**
 * L(θ) over 0 ≤ θ ≤ 1 for k ones among n, the candidates of the table as dots on it, and a marker at
 * its peak θ̂ = k/n. Ticks at 0, the candidates and 1.
 */
export function likelihoodFigure(ones: number, n: number, thetas: readonly number[], fmt: Fmt): Block {
	const L = (theta: number) => Math.exp(bernoulliLogLikelihood(ones, n, theta));
	const best = ones / n;
	const f = frame({ x: [0, 1], yMax: L(best), height: 220, margin: { top: 44, bottom: 40 } });
	const svg = figure(f, [
		curve(f, L, 0, 1, { samples: 100 }),
		group('candidates', coinRows(ones, n, thetas).map((r) => dot(f, r.theta, r.likelihood, 'muted'))),
		marker(f, best, { to: L(best), label: `θ̂ = ${plain(fmt(best))}`, part: 'peak' }),
		xAxis(f, [0, ...thetas, 1].map((t) => ({ at: t, label: plain(fmt(t)) }))),
	]);
	const w = { k: String(ones), n: String(n), best: fmt(best), top: fmt(L(best), 6) };
	return { svg, caption: { say: 'curveCaption', with: w }, alt: { say: 'curveAlt', with: { ...Object.fromEntries(Object.entries(w).map(([k, v]) => [k, plain(v)])), thetas: thetas.map((t) => plain(fmt(t))).join(', ') } } };
}

interface CoinInputs {
	ones: number;
	n: number;
	thetas: number[];
}

const coin: WorkedExample<CoinInputs> = {
	inputs: { ones: 7, n: 10, thetas: [0.3, 0.5, 0.7, 0.9] },
	blocks: ({ ones, n, thetas }, fmt) => [
		{ tex: `L(\\theta) = \\theta^{${ones}} (1 - \\theta)^{${n - ones}}, \\qquad \\log L(\\theta) = ${ones} \\log \\theta + ${n - ones} \\log(1 - \\theta)` },
		{ head: ['\\theta', 'L(\\theta)', '\\log L(\\theta)'], rows: coinRows(ones, n, thetas).map((r) => [fmt(r.theta), fmt(r.likelihood, 6), fmt(r.log)]) },
		{ tex: `\\hat\\theta = \\frac{${ones}}{${n}} = ${fmt(ones / n)}` },
		likelihoodFigure(ones, n, thetas, fmt),
	],
};

interface GaussianInputs {
	targets: number[];
	candidates: { name: string; predictions: number[] }[];
	std: number;
}

/** For each candidate: the densities of the targets, their product, −log of it, MSE, and the constant plus n/(2σ²)·MSE. */
export function gaussianRows({ targets, candidates, std }: GaussianInputs) {
	const n = targets.length;
	const constant = (n / 2) * Math.log(2 * Math.PI * std * std);
	const rows = candidates.map((c) => {
		const densities = targets.map((y, i) => normalPdf(y, c.predictions[i]!, std));
		const m = mse(fromRows([c.predictions]), fromRows([targets]));
		return { ...c, densities, likelihood: densities.reduce((a, b) => a * b, 1), nll: gaussianNegLogLikelihood(targets, c.predictions, std), mse: m, rebuilt: constant + (n * m) / (2 * std * std) };
	});
	return { constant, rows };
}

const gaussian: WorkedExample<GaussianInputs> = {
	inputs: { targets: [1, 2, 4], candidates: [{ name: 'A', predictions: [1.5, 2, 3] }, { name: 'B', predictions: [2, 2.5, 3.5] }], std: 1 },
	blocks: (inputs, fmt) => {
		const { constant, rows } = gaussianRows(inputs);
		const line = (head: string, cell: (r: (typeof rows)[number]) => string) => [head, ...rows.map(cell)];
		return [
			{ tex: `y = ${texMatrix([inputs.targets], fmt)}, \\qquad \\sigma = ${fmt(inputs.std)}, \\qquad \\tfrac{m}{2}\\log(2\\pi\\sigma^2) = ${fmt(constant)}` },
			{
				head: ['', ...rows.map((r) => `\\text{${r.name}}`)],
				rows: [
					line('\\hat y', (r) => texMatrix([r.predictions], fmt)),
					line('p(y_i \\mid \\hat y_i)', (r) => r.densities.map((d) => fmt(d)).join(';\\ ')),
					line('L = \\prod_i p(y_i \\mid \\hat y_i)', (r) => fmt(r.likelihood, 4)),
					line('-\\log L', (r) => fmt(r.nll)),
					line('\\text{MSE}', (r) => fmt(r.mse)),
					line(`${fmt(constant)} + \\tfrac{${inputs.targets.length}}{2\\sigma^2}\\,\\text{MSE}`, (r) => fmt(r.rebuilt)),
				],
			},
		];
	},
};

interface CategoricalInputs {
	logits: number[][];
	labels: number[];
	/** Keys of the class names in the page's `example` text. */
	classes: string[];
}

const shaped = (tex: string, rows: number, cols: number) => `\\underbrace{${tex}}_{${rows} \\times ${cols}}`;

const categorical: WorkedExample<CategoricalInputs> = {
	inputs: { logits: [[2, 1, 0], [0.5, 2.5, 0], [1, 1, 3]], labels: [0, 1, 0], classes: ['cat', 'dog', 'bird'] },
	blocks: ({ logits, labels, classes }, fmt: Fmt) => {
		// Row by row with the random-variables module's softmax (why not the core's: see there); the loss below is the core's.
		const Z = fromRows(logits);
		const P = logits.map(softmaxOf);
		const picked = labels.map((c, i) => P[i]![c]!);
		const nll = categoricalNegLogLikelihood(P, labels);
		const m = labels.length;
		return [
			{ tex: `\\operatorname{softmax}\\Bigl(${shaped(texMatrix(logits, fmt), Z.rows, Z.cols)}\\Bigr) = ${shaped(texMatrix(P, fmt), Z.rows, Z.cols)}` },
			{
				head: [{ say: 'example' }, { say: 'label' }, 'p_{\\text{correct}}', '-\\log p_{\\text{correct}}'],
				rows: labels.map((c, i) => [fmt(i + 1), { say: classes[c]! }, fmt(picked[i]!), fmt(-Math.log(picked[i]!))]),
			},
			{ tex: `L = ${picked.map((p) => fmt(p)).join(' \\cdot ')} = ${fmt(picked.reduce((a, b) => a * b, 1), 4)}` },
			{ tex: `-\\log L = ${picked.map((p) => fmt(-Math.log(p))).join(' + ')} = ${fmt(nll)}` },
			{ tex: `\\frac{1}{${m}}\\,(-\\log L) = ${fmt(nll / m)} = \\text{CrossEntropy} = ${fmt(softmaxCrossEntropy(Z, labels))}` },
		];
	},
};

interface ShareInputs {
	/** The 0/1 answers in order. */
	bits: number[];
}

/** θ̂ = k/n from a list of yes/no answers: the θ where θᵏ(1 − θ)ⁿ⁻ᵏ peaks. */
const share: Kind<ShareInputs> = {
	id: 'coin',
	draw: (rng) => {
		for (;;) {
			const bits = Array.from({ length: 8 + rng.int(5) }, () => rng.int(2));
			const ones = bits.filter((b) => b === 1).length;
			if (ones > 0 && ones < bits.length) return { bits };
		}
	},
	solve: ({ bits }, fmt) => {
		const n = bits.length;
		const ones = bits.filter((b) => b === 1).length;
		const answer = ones / n;
		const tolerance = 5e-4;
		return {
			vars: { data: bits.join(',\\ '), n: `n = ${n}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'count', tex: `k = ${ones}, \\quad n - k = ${n - ones}` },
				{ say: 'likelihood', tex: `L(\\theta) = \\theta^{${ones}} (1 - \\theta)^{${n - ones}}, \\qquad \\frac{${ones}}{\\theta} - \\frac{${n - ones}}{1 - \\theta} = 0` },
				{ say: 'estimate', tex: `\\hat\\theta = \\frac{${ones}}{${n}} = ${fmt(answer, 4)}` },
			],
			// The share of zeros; the count of ones instead of their share.
			mistakes: [
				{ value: (n - ones) / n, say: 'zeros' },
				{ value: ones, say: 'count' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ bits }) => `np.mean(np.array(${JSON.stringify(bits)}))`,
};

interface SpreadInputs {
	xs: number[];
}

/** The maximum-likelihood σ² of a Gaussian: the mean squared deviation from x̄, divided by n (not n − 1). */
const spread: Kind<SpreadInputs> = {
	id: 'sigma2',
	draw: (rng) => {
		for (;;) {
			const xs = Array.from({ length: 4 }, () => rng.int(10));
			if (xs.reduce((s, x) => s + x, 0) % 4 === 0 && new Set(xs).size > 1) return { xs };
		}
	},
	solve: ({ xs }, fmt) => {
		const n = xs.length;
		const mean = sampleMean(xs);
		const answer = sampleVariance(xs, 0);
		const squares = xs.map((x) => (x - mean) ** 2);
		return {
			vars: { data: xs.join(',\\ ') },
			answer: { kind: 'number', value: answer, tolerance: 1e-3 },
			steps: [
				{ say: 'mean', tex: `\\hat\\mu = \\bar{x} = \\frac{${xs.join(' + ')}}{${n}} = ${fmt(mean)}` },
				{ say: 'variance', tex: `\\hat\\sigma^2 = \\frac{${xs.map((x) => `${paren(x - mean, fmt)}^2`).join(' + ')}}{${n}} = \\frac{${fmt(squares.reduce((s, v) => s + v, 0))}}{${n}} = ${fmt(answer, 4)}` },
			],
			// Bessel's n − 1 (unbiased, but not the maximum of the likelihood); σ instead of σ².
			mistakes: [
				{ value: sampleVariance(xs, 1), say: 'bessel' },
				{ value: Math.sqrt(answer), say: 'sigma' },
			].filter((m) => Math.abs(m.value - answer) > 1e-3),
		};
	},
	numpy: ({ xs }) => `np.var(np.array(${JSON.stringify(xs)}))`,
};

export const practice: TopicModule['practice'] = [share, spread];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { coin, gaussian, categorical };

/**
 * Estimates from samples scatter, and σ/√n predicts by how much: seeded samples of growing size from
 * N(μ, σ²) with their means; and why the test set must not be used to choose (random "models" picked
 * on it look better than chance, then fall back on fresh data). The practice asks for a standard error.
 * Tests: tests/topics/probability/samples-and-estimates.test.ts.
 */
import { createRng } from '../../../core/random';
import { accuracy, sampleMean, sampleVariance } from '../../../probability/estimates';
import type { Kind } from '../../../practice/types';
import { bracket, dot, figure, frame, group, marker, xAxis } from '../../../figures/distribution';
import { plain, text } from '../../../figures/svg';
import type { Fmt } from '../../../practice/types';
import type { Block, TopicModule, WorkedExample } from '../../types';

/** The standard error of a mean of n values with standard deviation σ: σ/√n. */
export const standardErrorOf = (std: number, n: number): number => std / Math.sqrt(n);

interface SpreadInputs {
	mean: number;
	std: number;
	sizes: number[];
	repeats: number;
	seed: number;
}

/** For each size: the means of `repeats` seeded samples, s of the first, and σ/√n (one generator throughout). */
export function sampleSpread({ mean, std, sizes, repeats, seed }: SpreadInputs) {
	const rng = createRng(seed);
	return sizes.map((n) => {
		const samples = Array.from({ length: repeats }, () => Array.from({ length: n }, () => rng.normal(mean, std)));
		return { n, means: samples.map(sampleMean), s: Math.sqrt(sampleVariance(samples[0]!, 1)), se: standardErrorOf(std, n) };
	});
}

/**
 * One row per sample size, smallest on top: the means of its samples as dots and μ ± σ/√n as a bracket,
 * with a dashed line at μ through all rows. The axis spans μ ± 1.5σ.
 */
export function spreadFigure(inputs: SpreadInputs, fmt: Fmt): Block {
	const { mean, std, sizes } = inputs;
	const rows = sampleSpread(inputs);
	const f = frame({ x: [mean - 1.5 * std, mean + 1.5 * std], yMax: sizes.length, height: 70 + 56 * sizes.length, margin: { left: 84, top: 30, bottom: 40 } });
	const level = (i: number) => sizes.length - i - 0.55;
	const ticks = [-1.5, -1, -0.5, 0, 0.5, 1, 1.5].map((k) => mean + k * std);
	const svg = figure(f, [
		marker(f, mean, { tone: 'muted', label: `μ = ${plain(fmt(mean))}`, part: 'mu' }),
		...rows.flatMap((r, i) => [
			text(8, Math.round(f.Y(level(i))), `n = ${r.n}`, { anchor: 'start' }),
			bracket(f, mean - r.se, mean + r.se, f.Y(level(i)), `±${plain(fmt(r.se, 2))}`, { part: `se-${i + 1}`, place: 'end' }),
			group(`means-${i + 1}`, r.means.map((m) => dot(f, m, level(i), 'ink'))),
		]),
		xAxis(f, ticks.map((t) => ({ at: t, label: plain(fmt(t)) }))),
	]);
	const w = { mu: fmt(mean), sigma: fmt(std), repeats: String(inputs.repeats), se: rows.map((r) => fmt(r.se, 2)).join(';\\ '), sizes: sizes.join(', ') };
	return { svg, caption: { say: 'spreadCaption', with: w }, alt: { say: 'spreadAlt', with: Object.fromEntries(Object.entries(w).map(([k, v]) => [k, plain(v.replace(/;\\ /g, '; '))])) } };
}

const spread: WorkedExample<SpreadInputs> = {
	inputs: { mean: 10, std: 2, sizes: [5, 50, 500], repeats: 3, seed: 11 },
	blocks: (inputs, fmt) => [
		{
			head: [{ say: 'n' }, { say: 'means' }, { say: 's' }, { say: 'se' }],
			rows: sampleSpread(inputs).map((r) => [fmt(r.n), r.means.map((m) => fmt(m, 2)).join(';\\quad '), fmt(r.s, 2), fmt(r.se, 2)]),
		},
		spreadFigure(inputs, fmt),
	],
};

interface ReuseInputs {
	models: number;
	testSize: number;
	freshSize: number;
	seed: number;
}

/**
 * `models` coin-flip "models" scored on one coin-flip test set: their mean, the best of them, and that
 * best one on fresh data. No model can beat 50 % on new data; the best looks better only because it was picked.
 */
export function testSetReuse({ models, testSize, freshSize, seed }: ReuseInputs) {
	const rng = createRng(seed);
	const coin = (n: number) => Array.from({ length: n }, () => rng.int(2));
	const testLabels = coin(testSize);
	const scores = Array.from({ length: models }, () => accuracy(coin(testSize), testLabels));
	const freshLabels = coin(freshSize);
	return { mean: sampleMean(scores), best: Math.max(...scores), fresh: accuracy(coin(freshSize), freshLabels) };
}

const reuse: WorkedExample<ReuseInputs> = {
	inputs: { models: 100, testSize: 100, freshSize: 100000, seed: 5 },
	blocks: (inputs, fmt) => {
		const r = testSetReuse(inputs);
		return [
			{
				head: [{ say: 'what' }, { say: 'accuracy' }],
				rows: [
					[{ say: 'mean', with: { models: String(inputs.models) } }, fmt(r.mean)],
					[{ say: 'best' }, fmt(r.best)],
					[{ say: 'fresh' }, fmt(r.fresh)],
				],
			},
		];
	},
};

interface ErrorInputs {
	std: number;
	n: number;
}

/** How far a batch's mean loss typically lands from the mean over all the data: σ/√n. */
const se: Kind<ErrorInputs> = {
	id: 'se',
	draw: (rng) => ({ std: [0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10][rng.int(10)]!, n: [4, 9, 16, 25, 36, 64, 100, 400][rng.int(8)]! }),
	solve: ({ std, n }, fmt) => {
		const answer = standardErrorOf(std, n);
		const tolerance = Math.max(5e-4, 2.5e-3 * answer);
		return {
			vars: { sigma: `\\sigma = ${fmt(std)}`, n: `m = ${n}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'root', tex: `\\sqrt{${n}} = ${fmt(Math.sqrt(n))}` },
				{ say: 'divide', tex: `\\mathrm{SE} = \\frac{\\sigma}{\\sqrt{m}} = \\frac{${fmt(std)}}{${fmt(Math.sqrt(n))}} = ${fmt(answer, 4)}` },
			],
			// Dividing by n instead of √n; the variance of the mean σ²/n; σ itself.
			mistakes: [
				{ value: std / n, say: 'noRoot' },
				{ value: (std * std) / n, say: 'variance' },
				{ value: std, say: 'undivided' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ std, n }) => `${std} / np.sqrt(${n})`,
};

export const practice: TopicModule['practice'] = [se];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { spread, reuse };

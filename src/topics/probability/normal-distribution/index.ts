/**
 * The normal distribution N(μ, σ²): its density at μ + kσ, the shares within kσ (erf), and the same
 * shares in seeded draws from the core's generator. The practice turns an interval into z-scores and
 * reads the share off the 68–95–99.7 rule. Tests: tests/topics/probability/normal-distribution.test.ts.
 */
import { createRng } from '../../../core/random';
import { sampleMean, sampleVariance } from '../../../probability/estimates';
import { normalPdf, withinSigmas } from '../../../probability/normal';
import type { Kind } from '../../../practice/types';
import type { Fmt } from '../../../practice/types';
import { areaUnder, bracket, curve, figure, frame, xAxis } from '../../../figures/distribution';
import { plain, text } from '../../../figures/svg';
import { paren } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';

/** z = (x − μ) / σ: how many standard deviations x lies from the mean. */
export const zScore = (x: number, mean: number, std: number): number => (x - mean) / std;

/** The shares within 1, 2, 3σ of the mean by the formula and in `draws` seeded draws, and the draws' mean and s. */
export function sigmaShares(mean: number, std: number, draws: number, seed: number) {
	const rng = createRng(seed);
	const sample = Array.from({ length: draws }, () => rng.normal(mean, std));
	const shares = [1, 2, 3].map((k) => ({ k, theory: withinSigmas(k), observed: sample.filter((x) => Math.abs(x - mean) <= k * std).length / draws }));
	return { shares, mean: sampleMean(sample), s: Math.sqrt(sampleVariance(sample, 1)) };
}

/** A whole number with thin spaces between groups of three digits: `10\,000`. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\\,');

/**
 * The bell of N(μ, σ²) over μ ± 3,5σ with the area within 1σ and within 2σ shaded, ticks at μ + kσ,
 * the 1σ share written inside its band and the 2σ share on a bracket under the axis.
 */
export function bandsFigure(mean: number, std: number, fmt: Fmt): Block {
	const f = frame({ x: [mean - 3.5 * std, mean + 3.5 * std], yMax: normalPdf(mean, mean, std) * 1.08, height: 250, margin: { bottom: 72, top: 16 } });
	const pdf = (x: number) => normalPdf(x, mean, std);
	const at = (k: number) => mean + k * std;
	const [one, two] = [withinSigmas(1), withinSigmas(2)];
	const svg = figure(f, [
		areaUnder(f, pdf, at(-2), at(2), { opacity: 0.14, part: 'band-2' }),
		areaUnder(f, pdf, at(-1), at(1), { opacity: 0.3, part: 'band-1' }),
		curve(f, pdf, at(-3.5), at(3.5)),
		xAxis(f, [-3, -2, -1, 0, 1, 2, 3].map((k) => ({ at: at(k), label: plain(fmt(at(k))) }))),
		text(Math.round(f.X(mean)), Math.round(f.Y(pdf(mean) * 0.42)), plain(fmt(one)), { tone: 'accent', weight: 'bold' }),
		bracket(f, at(-2), at(2), f.base + 36, plain(fmt(two)), { place: 'below' }),
	]);
	const w = { mu: fmt(mean), sigma: fmt(std), lo1: fmt(at(-1)), hi1: fmt(at(1)), lo2: fmt(at(-2)), hi2: fmt(at(2)), one: fmt(one), two: fmt(two) };
	const plainW = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, plain(v)]));
	return { svg, caption: { say: 'bandsCaption', with: w }, alt: { say: 'bandsAlt', with: plainW } };
}

interface FactsInputs {
	mean: number;
	std: number;
	draws: number;
	seed: number;
}

const facts: WorkedExample<FactsInputs> = {
	inputs: { mean: 0, std: 0.2, draws: 10000, seed: 1 },
	blocks: ({ mean, std, draws, seed }, fmt) => {
		const xs = [-2, -1, 0, 1, 2].map((k) => mean + k * std);
		const drawn = sigmaShares(mean, std, draws, seed);
		const square = mean === 0 ? 'x^2' : `(x - ${fmt(mean)})^2`;
		return [
			{ tex: `f(x) = \\frac{1}{${fmt(std)}\\sqrt{2\\pi}}\\, \\exp\\!\\Bigl(-\\frac{${square}}{2 \\cdot ${fmt(std)}^2}\\Bigr)` },
			{ head: ['x', ...xs.map((x) => fmt(x))], rows: [['f(x)', ...xs.map((x) => fmt(normalPdf(x, mean, std)))]] },
			{
				head: [{ say: 'k' }, { say: 'formula' }, { say: 'sample', with: { n: grouped(draws) } }],
				rows: drawn.shares.map((s) => [`|x - \\mu| \\le ${s.k}\\sigma`, fmt(s.theory), fmt(s.observed)]),
			},
			{ tex: `\\bar{x} = ${fmt(drawn.mean)}, \\qquad s = ${fmt(drawn.s)}` },
			bandsFigure(mean, std, fmt),
		];
	},
};

interface ShareInputs {
	mean: number;
	std: number;
	k: 1 | 2 | 3;
	/** P(μ − kσ ≤ X ≤ μ + kσ), P(|X − μ| > kσ) or P(X > μ + kσ). */
	event: 'within' | 'outside' | 'above';
}

/** The share of a normal variable in (or beyond) μ ± kσ, with the interval given in raw numbers. */
const share: Kind<ShareInputs> = {
	id: 'share',
	draw: (rng) => ({
		mean: rng.int(8) - 2,
		std: [0.5, 1, 2, 3][rng.int(4)]!,
		k: (1 + rng.int(3)) as 1 | 2 | 3,
		event: (['within', 'outside', 'above'] as const)[rng.int(3)]!,
	}),
	solve: ({ mean, std, k, event }, fmt) => {
		const inside = withinSigmas(k);
		const answer = event === 'within' ? inside : event === 'outside' ? 1 - inside : (1 - inside) / 2;
		const tolerance = Math.min(0.005, answer / 4);
		const lo = mean - k * std;
		const hi = mean + k * std;
		const events = {
			within: `P(${fmt(lo)} \\le X \\le ${fmt(hi)})`,
			outside: `P(|X - ${paren(mean, fmt)}| > ${fmt(k * std)})`,
			above: `P(X > ${fmt(hi)})`,
		};
		const z = `z = ${event === 'outside' ? `\\frac{${fmt(k * std)}}{${fmt(std)}}` : `\\frac{${fmt(hi)} - ${paren(mean, fmt)}}{${fmt(std)}}`} = ${fmt(zScore(hi, mean, std))}`;
		return {
			vars: { mu: `\\mu = ${fmt(mean)}`, sigma: `\\sigma = ${fmt(std)}`, event: events[event] },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'z', tex: z },
				{ say: 'rule', tex: `P(|X - \\mu| \\le ${k}\\sigma) \\approx ${fmt(inside, 4)}` },
				...(event === 'outside' ? [{ say: 'outside', tex: `P(|X - \\mu| > ${k}\\sigma) = 1 - ${fmt(inside, 4)} = ${fmt(1 - inside, 4)}` }] : []),
				...(event === 'above' ? [{ say: 'above', tex: `P(X > \\mu + ${k}\\sigma) = \\frac{1 - ${fmt(inside, 4)}}{2} = ${fmt(answer, 5)}` }] : []),
			],
			// The inside share when the outside is asked (and back); both tails when one is asked.
			mistakes: [
				{ value: event === 'within' ? 1 - inside : inside, say: event === 'within' ? 'tails' : 'inside' },
				...(event === 'above' ? [{ value: 1 - inside, say: 'bothTails' }] : []),
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ k, event }) => {
		const inside = `math.erf(${k} / math.sqrt(2))`;
		return event === 'within' ? inside : event === 'outside' ? `1 - ${inside}` : `(1 - ${inside}) / 2`;
	},
};

export const practice: TopicModule['practice'] = [share];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { facts };

/**
 * Weight initialisation: the scale of the initial weights decides whether the signal keeps its size
 * through a deep network. The worked example pushes a seeded random batch through a stack of
 * relu(H·W) layers with the core for several scales; the practice asks for the Glorot / He standard
 * deviation of a layer and for the factor by which a ReLU stack grows or shrinks the signal.
 * Tests: tests/topics/neural-networks/weight-initialization.test.ts.
 */
import { createRng, type Rng } from '../../../core/random';
import { relu } from '../../../core/tensor/activations';
import { matmul } from '../../../core/tensor/linear';
import { randomMatrix, type Matrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { plain, svg, text } from '../../../figures/svg';
import { axes, polyline, power10, spreadLabels } from '../../../figures/network';
import { scientific } from '../shared';

export type Scheme = 'he' | 'glorot' | 'lecun';

/** The standard deviation of the initial weights: He √(2/n_in) for ReLU, Glorot √(2/(n_in + n_out)), LeCun √(1/n_in). */
export function initStd(scheme: Scheme, fanIn: number, fanOut = fanIn): number {
	return Math.sqrt(scheme === 'he' ? 2 / fanIn : scheme === 'lecun' ? 1 / fanIn : 2 / (fanIn + fanOut));
}

/** The standard deviation of all entries of a matrix. */
export function spread(m: Matrix): number {
	let mean = 0;
	for (const v of m.data) mean += v;
	mean /= m.data.length;
	let variance = 0;
	for (const v of m.data) variance += (v - mean) ** 2;
	return Math.sqrt(variance / m.data.length);
}

/**
 * A seeded batch through `depth` layers relu(H·W) of `width` neurons (no biases, as at initialisation),
 * weights with standard deviation `std`: the spread of the activations after each layer, 0 being the input.
 * The same seed gives the same random draws whatever the scale, so only the scale differs between runs.
 */
export function signalSpread(width: number, depth: number, batch: number, seed: number, std: number): number[] {
	const rng = createRng(seed);
	let h = randomMatrix(batch, width, rng);
	const spreads = [spread(h)];
	for (let layer = 1; layer <= depth; layer++) {
		h = relu(matmul(h, randomMatrix(width, width, rng, std)));
		spreads.push(spread(h));
	}
	return spreads;
}

/** The factor by which one relu layer of n inputs with weights of deviation σ scales the root mean square of the signal: σ·√(n/2). */
export const reluGain = (sigma: number, n: number): number => sigma * Math.sqrt(n / 2);

interface ScalesInputs {
	width: number;
	depth: number;
	batch: number;
	seed: number;
	/** A number, or a scheme for a layer of `width` inputs. */
	stds: (number | 'he' | 'lecun')[];
	/** Layers to show, counted from 1. */
	report: number[];
}

const texScale = (std: ScalesInputs['stds'][number], fmt: Fmt) => `\\sigma = ${std === 'he' ? '\\sqrt{2/n}' : std === 'lecun' ? '\\sqrt{1/n}' : fmt(std)}`;

const scales: WorkedExample<ScalesInputs> = {
	inputs: { width: 100, depth: 20, batch: 100, seed: 7, stds: [1, 0.01, 'lecun', 'he'], report: [1, 2, 5, 10, 20] },
	blocks: ({ width, depth, batch, seed, stds, report }, fmt): Block[] => {
		const columns = stds.map((s) => signalSpread(width, depth, batch, seed, typeof s === 'number' ? s : initStd(s, width)));
		return [
			{ svg: spreadFigure(stds, columns, fmt), caption: { say: 'spread' }, alt: { say: 'spread-alt', with: { depth: `${depth}` } } },
			{
				head: [{ say: 'layer' }, ...stds.map((s) => texScale(s, fmt))],
				rows: [0, ...report].map((layer) => [layer === 0 ? { say: 'input' } : fmt(layer), ...columns.map((c) => scientific(c[layer]!, fmt))]),
			},
		];
	},
};

/** Each scale's name by its curve, as plain text. */
const plainScale = (std: ScalesInputs['stds'][number], fmt: Fmt) => (std === 'he' ? '√(2/n)' : std === 'lecun' ? '√(1/n)' : `σ = ${plain(fmt(std))}`);

/**
 * The spread of the activations after each layer, one line per scale, on a log scale: the powers of ten
 * on the y axis, the x axis at 1 (the signal keeping its size). The He line stays on it; the others
 * leave it at a steady rate per layer, so on this scale they are nearly straight.
 */
function spreadFigure(stds: ScalesInputs['stds'], columns: number[][], fmt: Fmt): string {
	const logs = columns.map((c) => c.map(Math.log10));
	const [lo, hi] = [Math.floor(Math.min(...logs.flat()) / 10) * 10, Math.ceil(Math.max(...logs.flat()) / 10) * 10];
	const depth = columns[0]!.length - 1;
	const { body, X, Y } = axes(
		{ left: 52, top: 12, width: 270, height: 226, x: [0, depth], y: [lo, hi] },
		{ x: [5, 10, 15].filter((t) => t < depth), y: Array.from({ length: (hi - lo) / 10 + 1 }, (_, k) => lo + 10 * k).filter((t) => t !== 0), label: (v) => plain(fmt(v)), yLabel: power10 },
	);
	// (No tick at the last layer: the lines’ names stand there.)
	const ends = spreadLabels(logs.map((line) => Y(line[depth]!)), 17);
	const styles: Parameters<typeof polyline>[1][] = [{ tone: 'muted', dashed: true }, { tone: 'muted' }, { tone: 'ink', dashed: true }, { tone: 'accent' }];
	logs.forEach((line, k) => {
		body.push(polyline(line.map((v, layer) => [X(layer), Y(v)]), { width: 2.5, ...styles[k % styles.length] }));
		body.push(text(X(depth) + 8, ends[k]!, plainScale(stds[k]!, fmt), { anchor: 'start', size: 16, tone: styles[k % styles.length]!.tone }));
	});
	return svg(400, 266, body);
}

const FANS = [8, 16, 32, 50, 64, 100, 128, 200, 256, 512];

interface StdInputs {
	activation: 'relu' | 'tanh';
	fanIn: number;
	fanOut: number;
}

/** The standard deviation for a layer: He for ReLU, Glorot for tanh. */
const std: Kind<StdInputs> = {
	id: 'std',
	draw: (rng) => {
		const fanIn = FANS[rng.int(FANS.length)]!;
		let fanOut = FANS[rng.int(FANS.length)]!;
		if (fanOut === fanIn) fanOut = FANS[(FANS.indexOf(fanIn) + 3) % FANS.length]!;
		return { activation: rng.int(2) ? 'relu' : 'tanh', fanIn, fanOut };
	},
	solve: ({ activation, fanIn, fanOut }, fmt) => {
		const he = activation === 'relu';
		const answer = initStd(he ? 'he' : 'glorot', fanIn, fanOut);
		const variance = answer ** 2;
		const tolerance = 5e-4;
		return {
			vars: { act: `\\operatorname{${activation}}`, nin: `n_{\\text{in}} = ${fanIn}`, nout: `n_{\\text{out}} = ${fanOut}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: he
				? [
						{ say: 'he', tex: `\\operatorname{Var}(w) = \\frac{2}{n_{\\text{in}}} = \\frac{2}{${fanIn}} = ${fmt(variance, 5)}` },
						{ say: 'root', tex: `\\sigma = \\sqrt{${fmt(variance, 5)}} \\approx ${fmt(answer, 4)}` },
					]
				: [
						{ say: 'glorot', tex: `\\operatorname{Var}(w) = \\frac{2}{n_{\\text{in}} + n_{\\text{out}}} = \\frac{2}{${fanIn} + ${fanOut}} = \\frac{2}{${fanIn + fanOut}} \\approx ${fmt(variance, 5)}` },
						{ say: 'root', tex: `\\sigma = \\sqrt{${fmt(variance, 5)}} \\approx ${fmt(answer, 4)}` },
					],
			mistakes: [
				{ value: variance, say: 'variance' },
				{ value: he ? initStd('glorot', fanIn, fanOut) : initStd('he', fanIn), say: he ? 'glorot' : 'he' },
				{ value: he ? initStd('he', fanOut) : initStd('lecun', fanIn), say: he ? 'fanout' : 'lecun' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ activation, fanIn, fanOut }) => (activation === 'relu' ? `np.sqrt(2 / ${fanIn})` : `np.sqrt(2 / (${fanIn} + ${fanOut}))`),
};

interface GainInputs {
	n: number;
	sigma: number;
	layers: number;
}

/** The signal's growth through a ReLU stack: (σ·√(n/2))^L. */
const gain: Kind<GainInputs> = {
	id: 'gain',
	draw: (rng: Rng) => {
		for (;;) {
			const n = [8, 18, 32, 50, 72, 128, 200][rng.int(7)]!;
			const sigma = [0.05, 0.1, 0.2, 0.25, 0.5, 1][rng.int(6)]!;
			const layers = 2 + rng.int(4);
			const total = reluGain(sigma, n) ** layers;
			// Readable answers only, and not the balanced case, where every mistake gives 1 too.
			if (total < 1e4 && total > 1e-3 && Math.abs(reluGain(sigma, n) - 1) > 1e-9) return { n, sigma, layers };
		}
	},
	solve: ({ n, sigma, layers }, fmt) => {
		const one = reluGain(sigma, n);
		const answer = one ** layers;
		const close = (v: number) => Math.abs(v - answer) <= 1e-6 * Math.max(1, Math.abs(answer));
		return {
			vars: { n: `n = ${n}`, sigma: `\\sigma = ${fmt(sigma)}`, L: `L = ${layers}` },
			answer: { kind: 'number', value: answer, tolerance: 1e-6 * Math.max(1, Math.abs(answer)) },
			steps: [
				{ say: 'layer', tex: `\\sigma \\sqrt{\\frac{n}{2}} = ${fmt(sigma)} \\cdot \\sqrt{\\frac{${n}}{2}} = ${fmt(sigma)} \\cdot ${fmt(Math.sqrt(n / 2))} = ${fmt(one, 6)}` },
				{ say: 'power', tex: `${fmt(one, 6)}^{${layers}} = ${fmt(answer, 8)}` },
				{ say: answer > 1 ? 'grows' : 'shrinks' },
			],
			mistakes: [
				{ value: one, say: 'once' },
				{ value: (sigma * Math.sqrt(n)) ** layers, say: 'half' },
				{ value: ((sigma * sigma * n) / 2) ** layers, say: 'variance' },
			].filter((m) => !close(m.value) && Math.abs(m.value) < 1e12),
		};
	},
	numpy: ({ n, sigma, layers }) => `(${sigma} * np.sqrt(${n} / 2)) ** ${layers}`,
};

export const practice: TopicModule['practice'] = [std, gain];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { scales };

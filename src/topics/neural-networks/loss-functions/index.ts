/**
 * Loss functions: the mean squared error of a regression batch with its gradient, and the cross-entropy
 * of predicted probabilities (the binary form being the two-class case). Every number comes from the
 * core's losses (src/core/tensor/losses.ts); this module only arranges them for the worked examples,
 * the practice problems and the tests (tests/topics/neural-networks/loss-functions.test.ts).
 */
import type { Rng } from '../../../core/random';
import { crossEntropy, mse, mseBackward } from '../../../core/tensor/losses';
import { fromRows, toRows } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { listSeparator, paren, texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { plain, svg, text } from '../../../figures/svg';
import { axes, curve, dot, plainList } from '../../../figures/network';
import { pick } from '../../draw';

/** A matrix with its shape underneath, `\underbrace{…}_{4 \times 1}` (worked examples only: KaTeX draws it, practice formulas do not use it). */
export const texShaped = (rows: readonly (readonly number[])[], fmt: Fmt, digits?: number): string =>
	`\\underbrace{${texMatrix(rows, fmt, digits)}}_{${rows.length} \\times ${rows[0]?.length ?? 0}}`;

/** A vector as a one-row bracketed matrix. */
export const texRow = (values: ArrayLike<number>, fmt: Fmt, digits?: number): string => texMatrix([Array.from(values)], fmt, digits);

/** The MSE of a batch, its squared errors and its gradient 2(ŷ − y)/N, all by the core. */
export function mseParts(predictions: number[][], targets: number[][]): { squares: number[]; loss: number; grad: number[][] } {
	const P = fromRows(predictions);
	const T = fromRows(targets);
	return {
		squares: Array.from(P.data, (p, k) => (p - T.data[k]!) ** 2),
		loss: mse(P, T),
		grad: toRows(mseBackward(P, T)),
	};
}

/** The mean cross-entropy of probabilities against labels by the core, with each −log p of the correct class. */
export function crossEntropyParts(probabilities: number[][], labels: number[]): { picked: number[]; terms: number[]; loss: number } {
	const picked = labels.map((label, i) => probabilities[i]![label]!);
	return { picked, terms: picked.map((p) => -Math.log(p)), loss: crossEntropy(fromRows(probabilities), labels) };
}

/** Binary cross-entropy −(y ln p + (1 − y) ln(1 − p)) of one example: the core's cross-entropy over the two classes (1 − p, p). */
export function binaryCrossEntropy(p: number, y: 0 | 1): number {
	return crossEntropy(fromRows([[1 - p, p]]), [y]);
}

interface MseInputs {
	predictions: number[][];
	targets: number[][];
}

interface CrossEntropyInputs {
	predictions: number[][];
	labels: number[];
}

const mseExample: WorkedExample<MseInputs> = {
	inputs: { predictions: [[2.5], [0], [2], [1.5]], targets: [[3], [1], [2], [1]] },
	blocks: ({ predictions, targets }, fmt) => {
		const { squares, loss, grad } = mseParts(predictions, targets);
		const count = squares.length;
		return [
			{ tex: `\\hat{y} = ${texShaped(predictions, fmt)}, \\quad y = ${texShaped(targets, fmt)}` },
			{ tex: `\\mathrm{MSE} = \\frac{1}{${count}} \\left( ${squares.map((s) => fmt(s)).join(' + ')} \\right) = ${fmt(loss)}` },
			{ tex: `\\frac{\\partial\\, \\mathrm{MSE}}{\\partial \\hat{y}} = \\frac{2}{${count}} (\\hat{y} - y) = ${texShaped(grad, fmt)}` },
		];
	},
};

const crossEntropyExample: WorkedExample<CrossEntropyInputs> = {
	inputs: { predictions: [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]], labels: [0, 1, 0] },
	blocks: ({ predictions, labels }, fmt): Block[] => {
		const { picked, terms, loss } = crossEntropyParts(predictions, labels);
		const sep = listSeparator(fmt) === ';' ? ';\\; ' : ', ';
		return [
			{ tex: `p = ${texShaped(predictions, fmt)}, \\quad y = (${labels.join(sep)})` },
			{
				tex: `L = -\\frac{1}{${picked.length}} \\left( ${picked.map((p) => `\\log ${fmt(p)}`).join(' + ')} \\right) = \\frac{${terms
					.map((t) => fmt(t))
					.join(' + ')}}{${picked.length}} = ${fmt(loss)}`,
			},
			{ svg: lossCurves(picked, fmt), caption: { say: 'curves' }, alt: { say: 'curves-alt', with: { p: plainList(picked, fmt) } } },
		];
	},
};

/**
 * One example's loss against the probability p it gives the correct class: the cross-entropy −log p
 * (accent) and the squared error (1 − p)² (dashed), both by the core, with the example's p marked on
 * the first. Near p = 0 the first grows without bound while the second stays under 1.
 */
function lossCurves(picked: readonly number[], fmt: Fmt): string {
	const ce = (p: number) => binaryCrossEntropy(p, 1);
	const sq = (p: number) => mseParts([[p]], [[1]]).loss;
	const { body, X, Y } = axes({ left: 34, top: 14, width: 340, height: 180, x: [0, 1], y: [0, 4.2] }, { x: [0.5, 1], y: [1, 2, 3], label: (v) => plain(fmt(v)) });
	body.push(curve(sq, [0, 1], X, Y, { dashed: true }), curve(ce, [0.02, 1], X, Y, { tone: 'accent' }));
	for (const p of picked) body.push(dot(X(p), Y(ce(p)), 4.5));
	body.push(text(X(0.08), Y(ce(0.08)), '−log p', { anchor: 'start', size: 16, tone: 'accent' }));
	body.push(text(X(0.06), Y(sq(0.06)) - 14, '(1 − p)²', { anchor: 'start', size: 16 }));
	body.push(text(X(1), Y(0) - 14, 'p', { anchor: 'end', size: 16, tone: 'muted' }));
	return svg(400, 220, body);
}

/** Four predictions and targets: halves from −2 to 4 for ŷ, whole numbers from −1 to 3 for y. */
function drawBatch(rng: Rng): MseKindInputs {
	const yHat = Array.from({ length: 4 }, () => pick(rng, -4, 8) / 2);
	const y = Array.from({ length: 4 }, () => pick(rng, -1, 3));
	return { yHat, y };
}

interface MseKindInputs {
	yHat: number[];
	y: number[];
}

const column = (v: number[]) => v.map((x) => [x]);

/** The MSE of a batch of four. */
const mseValue: Kind<MseKindInputs> = {
	id: 'mse',
	draw: drawBatch,
	solve: ({ yHat, y }, fmt) => {
		const { squares, loss } = mseParts(column(yHat), column(y));
		const n = y.length;
		const diffs = yHat.map((p, i) => p - y[i]!);
		const sum = squares.reduce((a, b) => a + b, 0);
		const absMean = diffs.reduce((a, d) => a + Math.abs(d), 0) / n;
		return {
			vars: { yHat: `\\hat{y} = ${texRow(yHat, fmt)}`, y: `y = ${texRow(y, fmt)}` },
			answer: { kind: 'number', value: loss },
			steps: [
				{ say: 'diff', tex: `\\hat{y} - y = ${texRow(diffs, fmt)}` },
				{ say: 'square', tex: `(\\hat{y} - y)^2 = ${texRow(squares, fmt)}` },
				{ say: 'mean', tex: `\\mathrm{MSE} = \\frac{${squares.map((s) => fmt(s)).join(' + ')}}{${n}} = \\frac{${fmt(sum)}}{${n}} = ${fmt(loss, 4)}` },
			],
			// The sum without the mean; the mean of |ŷ − y| (the MAE) instead of squares.
			mistakes: [
				{ value: sum, say: 'sum' },
				{ value: absMean, say: 'abs' },
			].filter((m) => Math.abs(m.value - loss) > 1e-9),
		};
	},
	numpy: ({ yHat, y }) => `np.mean((np.array(${JSON.stringify(yHat)}) - np.array(${JSON.stringify(y)})) ** 2)`,
};

interface MseGradInputs extends MseKindInputs {
	/** Which prediction, counted from 1 as in the text. */
	i: number;
}

/** ∂MSE/∂ŷᵢ for one prediction of the batch. */
const mseGrad: Kind<MseGradInputs> = {
	id: 'mse-grad',
	draw: (rng) => ({ ...drawBatch(rng), i: pick(rng, 1, 4) }),
	solve: ({ yHat, y, i }, fmt) => {
		const n = y.length;
		const { grad } = mseParts(column(yHat), column(y));
		const answer = grad[i - 1]![0]!;
		const p = yHat[i - 1]!;
		const t = y[i - 1]!;
		return {
			vars: { yHat: `\\hat{y} = ${texRow(yHat, fmt)}`, y: `y = ${texRow(y, fmt)}`, d: `\\frac{\\partial\\, \\mathrm{MSE}}{\\partial \\hat{y}_{${i}}}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'formula', tex: `\\mathrm{MSE} = \\frac{1}{${n}} \\sum_k (\\hat{y}_k - y_k)^2 \\;\\Rightarrow\\; \\frac{\\partial\\, \\mathrm{MSE}}{\\partial \\hat{y}_{${i}}} = \\frac{2}{${n}} (\\hat{y}_{${i}} - y_{${i}})` },
				{ say: 'substitute', tex: `\\frac{2}{${n}} (${fmt(p)} - ${paren(t, fmt)}) = \\frac{2 \\cdot ${paren(p - t, fmt)}}{${n}} = ${fmt(answer)}` },
			],
			// Without the mean's 1/N; without the 2 of the square; the error itself; (y − ŷ) is caught as a sign error.
			mistakes: [
				{ value: 2 * (p - t), say: 'noMean' },
				{ value: (p - t) / n, say: 'noTwo' },
			].filter((m) => Math.abs(m.value - answer) > 1e-9),
		};
	},
	numpy: ({ yHat, y, i }) => `grad(lambda v: np.mean((np.array(v) - np.array(${JSON.stringify(y)})) ** 2), ${JSON.stringify(yHat)})[${i - 1}]`,
};

interface BceInputs {
	p: number;
	y: 0 | 1;
}

/** Binary cross-entropy of one example, to three decimals. */
const bce: Kind<BceInputs> = {
	id: 'bce',
	draw: (rng) => ({ p: pick(rng, 1, 19) / 20, y: rng.int(2) as 0 | 1 }),
	solve: ({ p, y }, fmt) => {
		const answer = binaryCrossEntropy(p, y);
		const q = y === 1 ? p : 1 - p;
		return {
			vars: { p: `p = ${fmt(p)}`, y: `y = ${y}`, L: `L = -(y \\ln p + (1 - y) \\ln (1 - p))` },
			answer: { kind: 'number', value: answer, tolerance: 1e-3 },
			steps: [
				{ say: ['zero', 'one'][y]!, tex: y === 1 ? `L = -\\ln p = -\\ln ${fmt(p)}` : `L = -\\ln (1 - p) = -\\ln (1 - ${fmt(p)}) = -\\ln ${fmt(q)}` },
				{ say: 'value', tex: `L \\approx ${fmt(answer)}` },
			],
			// The term of the other class; the decimal logarithm instead of the natural one.
			mistakes: [
				{ value: -Math.log(1 - q), say: 'otherClass' },
				{ value: -Math.log10(q), say: 'log10' },
			].filter((m) => Math.abs(m.value - answer) > 2e-3),
		};
	},
	numpy: ({ p, y }) => `-(${y} * np.log(${p}) + (1 - ${y}) * np.log(1 - ${p}))`,
};

export const practice: TopicModule['practice'] = [mseValue, mseGrad, bce];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { mse: mseExample, 'cross-entropy': crossEntropyExample };

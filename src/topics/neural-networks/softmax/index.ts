/**
 * Softmax and cross-entropy on one row of logits: z → e^z → p → L = −log p_y → ∂L/∂z = p − y. Every
 * number comes from the core (src/core/tensor/softmax.ts, losses.ts); the worked example also checks
 * the shortcut p − y against the long way through the chain rule and shows that subtracting the
 * maximum changes nothing. Tests: tests/topics/neural-networks/softmax.test.ts.
 */
import type { Rng } from '../../../core/random';
import { crossEntropyBackward, softmaxCrossEntropy, softmaxCrossEntropyBackward } from '../../../core/tensor/losses';
import { createMatrix } from '../../../core/tensor/matrix';
import { softmax, softmaxBackward } from '../../../core/tensor/softmax';
import type { Fmt, Kind } from '../../../practice/types';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { arrow, plain, svg, text } from '../../../figures/svg';
import { bars, plainList } from '../../../figures/network';
import { texRow } from '../loss-functions';

const row = (values: readonly number[]) => createMatrix(1, values.length, values);

/** The softmax of one row of logits, by the core. */
export const softmaxOf = (logits: readonly number[]): number[] => Array.from(softmax(row(logits)).data);

/** The cross-entropy −log p_label of one row of logits and its gradient p − onehot(label), by the core. */
export function softmaxLoss(logits: readonly number[], label: number): { loss: number; grad: number[] } {
	return { loss: softmaxCrossEntropy(row(logits), [label]), grad: Array.from(softmaxCrossEntropyBackward(row(logits), [label]).data) };
}

/** The same gradient the long way: ∂L/∂p first, then back through the softmax's Jacobian. */
export function gradientViaChain(logits: readonly number[], label: number): { dp: number[]; dz: number[] } {
	const p = softmax(row(logits));
	const dp = crossEntropyBackward(p, [label]);
	return { dp: Array.from(dp.data), dz: Array.from(softmaxBackward(p, dp).data) };
}

interface StepsInputs {
	logits: number[];
	/** The correct class, counted from 0. */
	label: number;
}

const steps: WorkedExample<StepsInputs> = {
	inputs: { logits: [2, 1, -1], label: 1 },
	blocks: ({ logits, label }, fmt): Block[] => {
		const p = softmaxOf(logits);
		const exps = logits.map((v) => Math.exp(v));
		const total = exps.reduce((a, b) => a + b, 0);
		const { loss, grad } = softmaxLoss(logits, label);
		const onehot = logits.map((_, j) => (j === label ? 1 : 0));
		const { dp, dz } = gradientViaChain(logits, label);
		const shifted = logits.map((v) => v - Math.max(...logits));
		const r = (v: ArrayLike<number>) => texRow(v, fmt);
		return [
			{ tex: `z = ${r(logits)}` },
			{ tex: `e^{z} = ${r(exps)}, \\qquad \\textstyle\\sum_j e^{z_j} = ${fmt(total)}` },
			{ tex: `p = \\operatorname{softmax}(z) = \\frac{e^{z}}{\\sum_j e^{z_j}} = ${r(p)}` },
			{ svg: barsFigure(logits, p, fmt), caption: { say: 'bars' }, alt: { say: 'bars-alt', with: { z: plainList(logits, fmt), p: plainList(p, fmt) } } },
			{ tex: `L = -\\log p_{${label + 1}} = -\\log ${fmt(p[label]!)} = ${fmt(loss)}` },
			{ tex: `\\frac{\\partial L}{\\partial z} = p - y = ${r(p)} - ${r(onehot)} = ${r(grad)}` },
			{ tex: `\\frac{\\partial L}{\\partial p} = ${r(dp)}, \\qquad J_{\\operatorname{softmax}}^{\\top} \\frac{\\partial L}{\\partial p} = ${r(dz)}` },
			{ tex: `z - \\max_j z_j = ${r(shifted)} \\;\\Rightarrow\\; \\operatorname{softmax} = ${r(softmaxOf(shifted))}` },
		];
	},
};

/**
 * The logits as bars (some below the line) and the probabilities softmax makes of them: all above the
 * line, in the same order, summing to 1. Each side has its own scale, written on its bars.
 */
function barsFigure(logits: readonly number[], p: readonly number[], fmt: Fmt): string {
	const label = (v: number) => plain(fmt(v));
	const sub = (name: string) => logits.map((_, j) => `${name}${'₁₂₃₄₅₆₇₈₉'[j]}`);
	const baseY = 125;
	// The logits' tallest bar and the probability 1 both take 90 units.
	const zUnit = 90 / Math.max(...logits.map(Math.abs));
	const body = [
		...bars(logits, { left: 25, baseY, step: 52, barWidth: 34, unit: zUnit, label, names: sub('z'), tone: 'muted' }),
		...bars(p, { left: 245, baseY, step: 52, barWidth: 34, unit: 90, label, names: sub('p'), tone: 'accent' }),
		arrow(182, baseY - 40, 232, baseY - 40, { tone: 'ink' }),
		text(207, baseY - 60, 'softmax', { size: 15 }),
	];
	return svg(400, 195, body);
}

/** Three whole logits from −2 to 2. */
const drawLogits = (rng: Rng): number[] => Array.from({ length: 3 }, () => rng.int(5) - 2);

const pyRow = (v: readonly number[]) => `np.array(${JSON.stringify(v)}, dtype=float)`;

interface ProbsInputs {
	z: number[];
}

/** The softmax of three logits, to three decimals. */
const probs: Kind<ProbsInputs> = {
	id: 'probs',
	draw: (rng) => ({ z: drawLogits(rng) }),
	solve: ({ z }, fmt) => {
		const p = softmaxOf(z);
		const exps = z.map((v) => Math.exp(v));
		const total = exps.reduce((a, b) => a + b, 0);
		return {
			vars: { z: `z = ${texRow(z, fmt)}` },
			answer: { kind: 'vector', value: p, tolerance: 2e-3 },
			steps: [
				{ say: 'exp', tex: `e^{z} \\approx ${texRow(exps, fmt)}` },
				{ say: 'sum', tex: `\\sum_j e^{z_j} \\approx ${fmt(total)}` },
				{ say: 'divide', tex: `p = \\frac{e^{z}}{\\sum_j e^{z_j}} \\approx ${texRow(p, fmt)}` },
			],
			// The exponentials before dividing by their sum.
			mistakes: [{ value: exps, say: 'unnormalized' }],
		};
	},
	numpy: ({ z }) => `np.exp(${pyRow(z)}) / np.exp(${pyRow(z)}).sum()`,
};

interface GradInputs {
	z: number[];
	/** The correct class, counted from 1 as in the text. */
	k: number;
}

/** ∂L/∂z of softmax followed by cross-entropy: p − y. */
const grad: Kind<GradInputs> = {
	id: 'grad',
	draw: (rng) => ({ z: drawLogits(rng), k: 1 + rng.int(3) }),
	solve: ({ z, k }, fmt) => {
		const p = softmaxOf(z);
		const { grad: g } = softmaxLoss(z, k - 1);
		const y = z.map((_, j) => (j === k - 1 ? 1 : 0));
		return {
			vars: { z: `z = ${texRow(z, fmt)}`, k: `${k}`, d: `\\frac{\\partial L}{\\partial z}`, L: `L = -\\ln p_{${k}}` },
			answer: { kind: 'vector', value: g, tolerance: 2e-3 },
			steps: [
				{ say: 'softmax', tex: `p = \\operatorname{softmax}(z) \\approx ${texRow(p, fmt)}` },
				{ say: 'onehot', tex: `y = ${texRow(y, fmt)}` },
				{ say: 'subtract', tex: `\\frac{\\partial L}{\\partial z} = p - y \\approx ${texRow(g, fmt)}` },
			],
			// The probabilities without subtracting the one-hot label; y − p is caught as a sign error.
			mistakes: [{ value: p, say: 'noLabel' }],
		};
	},
	numpy: ({ z, k }) => `grad(lambda v: np.log(np.sum(np.exp(v))) - v[${k - 1}], ${JSON.stringify(z)})`,
};

export const practice: TopicModule['practice'] = [probs, grad];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { steps };

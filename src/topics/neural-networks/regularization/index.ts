/**
 * Regularization on small numbers: an SGD step with the L2 penalty (λ/2)‖w‖², whose gradient is λw,
 * run by the core's optimizer (weight decay), and dropout with the 1/(1 − p) rescaling, one seeded mask
 * and the average over many. The practice asks for one weight-decay step on a weight and for the
 * activations after a given dropout mask. Tests: tests/topics/neural-networks/regularization.test.ts.
 */
import { createRng, type Rng } from '../../../core/random';
import { createOptimizer } from '../../../nn/optimizers';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { plain, svg, text } from '../../../figures/svg';
import { bars, box, cell, line } from '../../../figures/network';
import { pick } from '../../draw';

/** One step of the core's SGD from the weights `w` with the gradient `grad`. */
export function sgdStep(w: readonly number[], grad: readonly number[], learningRate: number): number[] {
	const theta = Float64Array.from(w);
	createOptimizer({ kind: 'sgd', learningRate }, [theta], [Float64Array.from(grad)]).step();
	return Array.from(theta);
}

/** The gradient of the data loss plus that of the L2 penalty (λ/2)‖w‖²: g + λw. */
export const withL2 = (w: readonly number[], grad: readonly number[], lambda: number): number[] => grad.map((g, i) => g + lambda * w[i]!);

/** Inverted dropout: the kept activations divided by the probability 1 − p of keeping one. */
export const dropout = (h: readonly number[], mask: readonly number[], p: number): number[] => h.map((v, i) => (v * mask[i]!) / (1 - p));

/** A dropout mask from the core's generator: 0 (dropped) with probability p, else 1. */
export const drawMask = (rng: Rng, n: number, p: number): number[] => Array.from({ length: n }, () => (rng.next() < p ? 0 : 1));

/** The first mask of a seeded generator and the mean of `samples` rescaled masks (the first among them). */
export function dropoutAverage(h: readonly number[], p: number, seed: number, samples: number): { mask: number[]; mean: number[] } {
	const rng = createRng(seed);
	const mask = drawMask(rng, h.length, p);
	const sum = h.map(() => 0);
	for (let s = 0; s < samples; s++) dropout(h, s === 0 ? mask : drawMask(rng, h.length, p), p).forEach((v, i) => (sum[i]! += v));
	return { mask, mean: sum.map((v) => v / samples) };
}

const row = (v: readonly number[], fmt: Fmt, digits?: number) => texMatrix([v], fmt, digits);

interface DecayInputs {
	w: number[];
	grad: number[];
	lambda: number;
	learningRate: number;
}

const weightDecay: WorkedExample<DecayInputs> = {
	inputs: { w: [2, -1, 0.5], grad: [0.5, -0.2, 0.1], lambda: 0.1, learningRate: 0.5 },
	blocks: ({ w, grad, lambda, learningRate: lr }, fmt) => {
		const full = withL2(w, grad, lambda);
		// The same step read as "shrink, then step": weight decay.
		const shrunk = w.map((wi, i) => (1 - lr * lambda) * wi - lr * grad[i]!);
		return [
			{ tex: `w = ${row(w, fmt)}, \\quad \\frac{\\partial L}{\\partial w} = ${row(grad, fmt)}, \\quad \\lambda = ${fmt(lambda)}, \\quad \\eta = ${fmt(lr)}` },
			{ tex: `w - \\eta \\frac{\\partial L}{\\partial w} = ${row(sgdStep(w, grad, lr), fmt)}` },
			{ tex: `\\frac{\\partial L}{\\partial w} + \\lambda w = ${row(full, fmt)}` },
			{ tex: `w - \\eta \\left(\\frac{\\partial L}{\\partial w} + \\lambda w\\right) = ${row(sgdStep(w, full, lr), fmt)}` },
			{ tex: `(1 - \\eta\\lambda)\\, w - \\eta \\frac{\\partial L}{\\partial w} = ${fmt(1 - lr * lambda)}\\, w - ${fmt(lr)} \\frac{\\partial L}{\\partial w} = ${row(shrunk, fmt)}` },
		];
	},
};

interface DropoutInputs {
	h: number[];
	p: number;
	seed: number;
	samples: number;
}

const dropoutExample: WorkedExample<DropoutInputs> = {
	inputs: { h: [1, 2, 0.5, 3, 1.5, 0.8], p: 0.5, seed: 3, samples: 10000 },
	blocks: ({ h, p, seed, samples }, fmt): Block[] => {
		const { mask, mean } = dropoutAverage(h, p, seed, samples);
		return [
			{ svg: dropoutFigure(h, mask, p, mean, fmt), caption: { say: 'dropout', with: { samples: fmt(samples) } }, alt: { say: 'dropout-alt', with: { kept: `${mask.filter((m) => m === 1).length}`, n: `${h.length}` } } },
			{ tex: `h = ${row(h, fmt)}, \\quad p = ${fmt(p)}, \\quad m = ${row(mask, fmt)}` },
			{ tex: `\\frac{h \\odot m}{1 - p} = ${row(dropout(h, mask, p), fmt)}` },
			{ tex: `\\frac{1}{${samples}} \\sum_{s=1}^{${samples}} \\frac{h \\odot m_s}{1 - p} = ${row(mean, fmt, 2)}` },
		];
	},
};

/**
 * Dropout in four rows on one scale: the activations h, the mask m (a filled square kept, a crossed
 * one dropped), the kept activations rescaled by 1/(1 − p), and the mean over many masks, which is h
 * again.
 */
function dropoutFigure(h: readonly number[], mask: readonly number[], p: number, mean: readonly number[], fmt: Fmt): string {
	const [left, step, width, unit] = [40, 56, 34, 16];
	const kept = dropout(h, mask, p);
	const label = (v: number) => plain(fmt(v, 1));
	const tallest = Math.max(...kept) * unit;
	const rowH = Math.max(...h) * unit;
	const [y1, y2, y3, y4] = [30 + rowH + 16, 30 + rowH + 56, 30 + rowH + 106 + tallest, 30 + rowH + 136 + tallest + rowH];
	const body: string[] = [text(8, 14, 'h', { anchor: 'start', size: 16 })];
	body.push(...bars(h, { left, baseY: y1, step, barWidth: width, unit, label, tone: 'muted' }));
	body.push(text(8, y1 + 20, 'm', { anchor: 'start', size: 16 }));
	mask.forEach((m, i) => {
		const x = left + i * step;
		const y = y1 + 30;
		body.push(cell(x, y, width, 26, m ? 0.75 : 0, { value: m }));
		if (!m) body.push(box(x, y, width, 26, { tone: 'muted', width: 1 }), line(x, y, x + width, y + 26, { tone: 'muted' }), line(x + width, y, x, y + 26, { tone: 'muted' }));
	});
	body.push(text(8, y2 + 28, `h ⊙ m / (1 − p)`, { anchor: 'start', size: 16 }));
	body.push(...bars(kept, { left, baseY: y3, step, barWidth: width, unit, label, tone: 'accent' }));
	body.push(text(8, y3 + 24, `E[h ⊙ m / (1 − p)]`, { anchor: 'start', size: 16 }));
	// The mean's bars without numbers: their heights against the first row's say it.
	body.push(...bars(mean, { left, baseY: y4, step, barWidth: width, unit, tone: 'muted' }));
	return svg(400, y4 + 8, body);
}

interface StepInputs {
	w: number;
	g: number;
	lambda: number;
	lr: number;
}

/** One SGD step with the L2 penalty on a single weight: w − η(g + λw). */
const decay: Kind<StepInputs> = {
	id: 'decay',
	draw: (rng) => ({ w: pick(rng, -40, 40, true) / 10, g: pick(rng, -10, 10) / 10, lambda: [0.1, 0.5, 0.2, 0.01][rng.int(4)]!, lr: [0.1, 0.5, 1][rng.int(3)]! }),
	solve: ({ w, g, lambda, lr }, fmt) => {
		const full = withL2([w], [g], lambda)[0]!;
		const answer = sgdStep([w], [full], lr)[0]!;
		const tolerance = 1e-9;
		return {
			vars: { w: `w = ${fmt(w)}`, g: `\\frac{\\partial L}{\\partial w} = ${fmt(g)}`, lambda: `\\lambda = ${fmt(lambda)}`, lr: `\\eta = ${fmt(lr)}`, penalty: `\\frac{\\lambda}{2} w^2` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'gradient', tex: `\\frac{\\partial L}{\\partial w} + \\lambda w = ${fmt(g)} + ${fmt(lambda)} \\cdot ${paren(w, fmt)} = ${fmt(full, 6)}` },
				{ say: 'step', tex: `w - \\eta \\cdot ${paren(full, fmt, 6)} = ${fmt(w)} - ${fmt(lr)} \\cdot ${paren(full, fmt, 6)} = ${fmt(answer, 6)}` },
				{
					say: 'shrink',
					with: { factor: `1 - \\eta\\lambda = ${fmt(1 - lr * lambda, 6)}` },
					tex: `${fmt(1 - lr * lambda, 6)} \\cdot ${paren(w, fmt)} - ${fmt(lr)} \\cdot ${paren(g, fmt)} = ${fmt(answer, 6)}`,
				},
			],
			mistakes: [
				{ value: w - lr * g, say: 'plain' },
				{ value: w - lr * (g - lambda * w), say: 'sign' },
				{ value: w - lr * g - lambda * w, say: 'rate' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ w, g, lambda, lr }) => `(${w}) - (${lr}) * ((${g}) + (${lambda}) * (${w}))`,
};

interface MaskInputs {
	h: number[];
	mask: number[];
	p: number;
}

/** The activations after a given dropout mask, rescaled by 1/(1 − p). */
const mask: Kind<MaskInputs> = {
	id: 'mask',
	draw: (rng) => {
		const p = [0.5, 0.2, 0.75, 0.8, 0.6][rng.int(5)]!;
		const h = Array.from({ length: 4 }, () => pick(rng, 1, 12) / 2);
		for (;;) {
			const m = drawMask(rng, 4, 0.5);
			const kept = m.reduce((a, b) => a + b, 0);
			if (kept > 0 && kept < 4) return { h, mask: m, p };
		}
	},
	solve: ({ h, mask: m, p }, fmt) => {
		const answer = dropout(h, m, p);
		const scale = 1 / (1 - p);
		const tolerance = 1e-9;
		const differs = (v: number[]) => v.some((x, i) => Math.abs(x - answer[i]!) > tolerance);
		return {
			vars: { h: `h = ${row(h, fmt)}`, m: `m = ${row(m, fmt)}`, p: `p = ${fmt(p)}` },
			answer: { kind: 'vector', value: answer, tolerance },
			steps: [
				{ say: 'multiply', tex: `h \\odot m = ${row(h.map((v, i) => v * m[i]!), fmt)}` },
				{ say: 'scale', tex: `\\frac{1}{1 - p} = \\frac{1}{${fmt(1 - p)}} = ${fmt(scale)}` },
				{ say: 'result', tex: `${fmt(scale)} \\cdot h \\odot m = ${row(answer, fmt)}` },
			],
			mistakes: [
				{ value: h.map((v, i) => v * m[i]!), say: 'unscaled' },
				{ value: h.map((v, i) => (v * m[i]!) / p), say: 'byp' },
				{ value: h.map((v, i) => v * m[i]! * (1 - p)), say: 'times' },
			].filter((x) => differs(x.value)),
		};
	},
	numpy: ({ h, mask: m, p }) => `np.array(${JSON.stringify(h)}) * np.array(${JSON.stringify(m)}) / (1 - ${p})`,
};

export const practice: TopicModule['practice'] = [decay, mask];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { decay: weightDecay, dropout: dropoutExample };

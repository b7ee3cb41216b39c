/**
 * Scaled dot-product attention, softmax(Q·Kᵀ/√d)·V, step by step on a few tokens, every number from
 * the core: matmul gives the projections Q, K, V and the scores, softmax row by row the weights, one
 * more matmul mixes the values. A causal mask hides the future: scores above the diagonal become −∞
 * before the softmax. Tests: tests/topics/neural-networks/attention.test.ts.
 */
import type { Rng } from '../../../core/random';
import { matmul } from '../../../core/tensor/linear';
import { fromRows, toRows, transpose } from '../../../core/tensor/matrix';
import { softmax } from '../../../core/tensor/softmax';
import type { Fmt, Kind } from '../../../practice/types';
import { listSeparator, paren } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { texRow, texShaped } from '../loss-functions';
import { pick } from '../../draw';
import { plain, svg, text } from '../../../figures/svg';
import { heatGrid } from '../../../figures/network';

/** Q·Kᵀ/√d for queries and keys given as rows, with −∞ above the diagonal when `causal`; also the unscaled Q·Kᵀ. */
export function scaledScores(q: number[][], k: number[][], causal = false): { raw: number[][]; scaled: number[][] } {
	const raw = toRows(matmul(fromRows(q), transpose(fromRows(k))));
	const d = q[0]!.length;
	return { raw, scaled: raw.map((row, i) => row.map((v, j) => (causal && j > i ? -Infinity : v / Math.sqrt(d)))) };
}

/** The weights softmax(scores) row by row and the output weights · V, by the core. */
export function mix(scores: number[][], v: number[][]): { weights: number[][]; output: number[][] } {
	const A = softmax(fromRows(scores));
	return { weights: toRows(A), output: toRows(matmul(A, fromRows(v))) };
}

/** The whole attention of tokens X with projections W_Q, W_K, W_V. */
export function attention(x: number[][], wq: number[][], wk: number[][], wv: number[][], causal = false) {
	const X = fromRows(x);
	const [q, k, v] = [wq, wk, wv].map((w) => toRows(matmul(X, fromRows(w)))) as [number[][], number[][], number[][]];
	const { raw, scaled } = scaledScores(q, k, causal);
	return { q, k, v, raw, scaled, ...mix(scaled, v) };
}

interface AttentionInputs {
	x: number[][];
	wq: number[][];
	wk: number[][];
	wv: number[][];
	causal: boolean;
	/** Leave out the projections and QKᵀ (steps 1–3), for a second run of the same matrices with the mask. */
	scoresOnly: boolean;
}

/** A matrix that may hold −∞ (masked scores), with its shape underneath. */
const texMasked = (rows: number[][], fmt: Fmt) =>
	`\\underbrace{\\begin{bmatrix} ${rows.map((r) => r.map((v) => (v === -Infinity ? '-\\infty' : fmt(v))).join(' & ')).join(' \\\\ ')} \\end{bmatrix}}_{${rows.length} \\times ${rows[0]!.length}}`;

const attentionExample = (inputs: AttentionInputs): WorkedExample<AttentionInputs> => ({
	inputs,
	blocks: ({ x, wq, wk, wv, causal, scoresOnly }, fmt) => {
		const { q, k, v, raw, scaled, weights, output } = attention(x, wq, wk, wv, causal);
		const m = (rows: number[][]) => texShaped(rows, fmt);
		const d = q[0]!.length;
		const kT = toRows(transpose(fromRows(k)));
		// The sums come from the computed rows, not from the definition: a check that softmax did its job.
		const sums = weights.map((r) => fmt(r.reduce((a, b) => a + b, 0))).join(`${listSeparator(fmt)}\\ `);
		const fraction = `\\frac{Q K^{\\top}}{\\sqrt{${d}}}`;
		const steps: Block[][] = [
			[{ say: 'queries' }, { tex: `Q = X W_Q = ${m(x)} ${m(wq)} = ${m(q)}` }],
			[{ say: 'keys' }, { tex: `K = X W_K = ${m(k)}, \\qquad V = X W_V = ${m(v)}` }],
			[{ say: 'scores' }, { tex: `Q K^{\\top} = ${m(q)} ${m(kT)} = ${m(raw)}` }],
			[{ say: causal ? 'masked' : 'scale', with: { d: `${d}` } }, { tex: `${fraction} = ${texMasked(scaled, fmt)}` }],
			[
				{ say: 'weights' },
				{ tex: `A = \\operatorname{softmax}\\!\\left(${fraction}\\right) = ${m(weights)}` },
				{ tex: `\\textstyle\\sum_j a_{ij} = ${sums}` },
				{ svg: weightMap(weights, fmt), caption: { say: causal ? 'map-causal' : 'map' }, alt: { say: causal ? 'map-causal-alt' : 'map-alt' } },
			],
			[{ say: 'output' }, { tex: `A V = ${m(weights)} ${m(v)} = ${m(output)}` }],
		];
		return steps.slice(scoresOnly ? 3 : 0).flat();
	},
});

/**
 * The weights A as a heat grid, a query per row and a key per column, the darker the larger, with each
 * row's sum (computed from the drawn row) written at its end.
 */
function weightMap(weights: number[][], fmt: Fmt): string {
	const size = 60;
	const [left, top] = [56, 40];
	const names = (letter: string) => weights.map((_, i) => `${letter}${'₁₂₃₄₅₆₇₈₉'[i]}`);
	const body = heatGrid([left, top], weights, { size, max: 1, label: (v) => plain(fmt(v, 2)), rows: names('q'), cols: names('k') });
	const right = left + size * weights[0]!.length;
	weights.forEach((row, i) => body.push(text(right + 12, top + (i + 0.5) * size, `Σ = ${plain(fmt(row.reduce((a, b) => a + b, 0), 2))}`, { anchor: 'start', size: 16, tone: 'accent' })));
	return svg(360, top + size * weights.length + 10, body);
}

const draw = (rng: Rng, length: number, lo: number, hi: number) => Array.from({ length }, () => pick(rng, lo, hi));
const dot = (a: readonly number[], b: readonly number[], fmt: Fmt) => a.map((x, i) => `${paren(x, fmt)} \\cdot ${paren(b[i]!, fmt)}`).join(' + ');
const py = (v: unknown) => `np.array(${JSON.stringify(v)}, dtype=float)`;

interface ScoresInputs {
	q: number[];
	k1: number[];
	k2: number[];
}

/** The scaled scores q·kⱼ/√d of one query against two keys, d = 4. */
const scores: Kind<ScoresInputs> = {
	id: 'scores',
	draw: (rng) => ({ q: draw(rng, 4, -2, 2), k1: draw(rng, 4, -2, 2), k2: draw(rng, 4, -2, 2) }),
	solve: ({ q, k1, k2 }, fmt) => {
		const { raw, scaled } = scaledScores([q], [k1, k2]);
		const [r1, r2] = raw[0] as [number, number];
		const answer = scaled[0]!;
		return {
			vars: { q: `q = ${texRow(q, fmt)}`, k1: `k_1 = ${texRow(k1, fmt)}`, k2: `k_2 = ${texRow(k2, fmt)}`, s: `s_j = \\frac{q \\cdot k_j}{\\sqrt{d}}` },
			answer: { kind: 'vector', value: answer },
			steps: [
				{ say: 'dot', tex: `q \\cdot k_1 = ${dot(q, k1, fmt)} = ${fmt(r1)}` },
				{ tex: `q \\cdot k_2 = ${dot(q, k2, fmt)} = ${fmt(r2)}` },
				{ say: 'scale', tex: `\\sqrt{d} = \\sqrt{4} = 2, \\quad s = \\left(\\frac{${fmt(r1)}}{2}, \\frac{${fmt(r2)}}{2}\\right) = (${answer.map((v) => fmt(v)).join(`${listSeparator(fmt)}\\ `)})` },
			],
			// The dot products without the scale; divided by d instead of √d.
			mistakes: [
				{ value: [r1, r2], say: 'unscaled' },
				{ value: [r1 / 4, r2 / 4], say: 'byD' },
			].filter((m) => m.value.some((v, i) => v !== answer[i])),
		};
	},
	numpy: ({ q, k1, k2 }) => `np.stack([${py(k1)}, ${py(k2)}]) @ ${py(q)} / np.sqrt(4)`,
};

interface OutputInputs {
	s: number[];
	v1: number[];
	v2: number[];
}

/** The output of attention over two keys: softmax of the scores, then the weighted sum of the values. */
const output: Kind<OutputInputs> = {
	id: 'output',
	draw: (rng) => ({ s: draw(rng, 2, -2, 2), v1: draw(rng, 2, -3, 3), v2: draw(rng, 2, -3, 3) }),
	solve: ({ s, v1, v2 }, fmt) => {
		const { weights, output: out } = mix([s], [v1, v2]);
		const [a1, a2] = weights[0] as [number, number];
		const answer = out[0]!;
		const sep = `${listSeparator(fmt)}\\ `;
		const combine = (b1: number, b2: number) => v1.map((x, i) => b1 * x + b2 * v2[i]!);
		return {
			vars: { s: `s = (${s.map((v) => fmt(v)).join(sep)})`, v1: `v_1 = ${texRow(v1, fmt)}`, v2: `v_2 = ${texRow(v2, fmt)}` },
			answer: { kind: 'vector', value: answer, tolerance: 0.01 },
			steps: [
				{ say: 'weights', tex: `a_1 = \\frac{e^{${fmt(s[0]!)}}}{e^{${fmt(s[0]!)}} + e^{${fmt(s[1]!)}}} \\approx ${fmt(a1)}, \\quad a_2 = 1 - a_1 \\approx ${fmt(a2)}` },
				{ say: 'sum', tex: `a_1 v_1 + a_2 v_2 = ${fmt(a1)} \\cdot ${texRow(v1, fmt)} + ${fmt(a2)} \\cdot ${texRow(v2, fmt)} \\approx ${texRow(answer, fmt)}` },
			],
			// The scores used as weights without softmax; the weights swapped; the plain mean of the values.
			mistakes: [
				{ value: combine(s[0]!, s[1]!), say: 'noSoftmax' },
				{ value: combine(a2, a1), say: 'swapped' },
				{ value: combine(0.5, 0.5), say: 'mean' },
			].filter((m) => m.value.some((v, i) => Math.abs(v - answer[i]!) > 0.02)),
		};
	},
	numpy: ({ s, v1, v2 }) => `(np.exp(${py(s)}) / np.exp(${py(s)}).sum()) @ np.stack([${py(v1)}, ${py(v2)}])`,
};

const matrices = { x: [[1, 0], [0, 1], [1, 1]], wq: [[1, 0], [1, 1]], wk: [[1, 1], [0, 1]], wv: [[1, 0], [0, 2]] };

export const practice: TopicModule['practice'] = [scores, output];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	attention: attentionExample({ ...matrices, causal: false, scoresOnly: false }),
	causal: attentionExample({ ...matrices, causal: true, scoresOnly: true }),
};

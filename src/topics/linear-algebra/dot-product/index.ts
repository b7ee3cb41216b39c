/**
 * The dot product: a weighted sum x·w = x₁w₁ + … + xₙwₙ, the length ‖x‖ = √(x·x) and the cosine of
 * the angle, x·w / (‖x‖‖w‖). The sum is computed by the core as a 1×n by n×1 matrix product, as a
 * layer computes it. One module for the worked example (also shown, with a bias and the Σ sign, on
 * the page on summation, which borrows its factory), the practice problems and the tests
 * (tests/topics/linear-algebra/dot-product.test.ts).
 */
import type { Rng } from '../../../core/random';
import { matmul } from '../../../core/tensor/linear';
import { createMatrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { pick } from '../../draw';
import { boundsFor, planeSvg, type Point } from '../../../figures/plane';
import { plainList, waterfall } from '../../../figures/grid';
import { plain } from '../../../figures/svg';

/** x·w by the core: a 1×n row times an n×1 column. */
export function dot(x: readonly number[], w: readonly number[]): number {
	if (x.length !== w.length) throw new Error(`dot: vectors of lengths ${x.length} and ${w.length}; a dot product needs equal lengths`);
	return matmul(createMatrix(1, x.length, x), createMatrix(w.length, 1, w)).data[0]!;
}

/** The Euclidean length ‖x‖ = √(x·x). */
export const length = (x: readonly number[]): number => Math.sqrt(dot(x, x));

/** The cosine of the angle between two nonzero vectors. */
export const cosine = (x: readonly number[], w: readonly number[]): number => dot(x, w) / (length(x) * length(w));

/** `a·b + c·(−d)`: every factor but the very first gets brackets when negative. */
export function texProducts(pairs: readonly (readonly [number, number])[], fmt: Fmt): string {
	return pairs.map(([a, b], i) => `${i === 0 ? fmt(a) : paren(a, fmt)} \\cdot ${paren(b, fmt)}`).join(' + ');
}

/** `1 + (−2) + 3`: a sum of numbers, negative terms after the first in brackets. */
export const texSum = (values: readonly number[], fmt: Fmt): string => values.map((v, i) => (i > 0 ? paren(v, fmt) : fmt(v))).join(' + ');

/** `3^2 + (-4)^2`: the squares under a length's root. */
export const texSquares = (v: readonly number[], fmt: Fmt): string => v.map((t) => `${paren(t, fmt)}^2`).join(' + ');

export interface WeightedSumInputs {
	x: number[];
	w: number[];
	/** A bias added after the sum, as in a neuron. */
	b?: number;
	/** Also the lengths of both vectors and the cosine of the angle between them. */
	norms?: boolean;
	/** Write the sum with the Σ sign first. */
	sigma?: boolean;
}

/** The projection of x on the line of w: (x·w / w·w) w, the point of that line nearest to x. */
export const projection = (x: readonly number[], w: readonly number[]): number[] => w.map((t) => (dot(x, w) / dot(w, w)) * t);

/**
 * The dot product as a projection, for plane vectors: x, w, and the shadow p of x on the line of w
 * (its length is x·w / ‖w‖), with the dashed drop from x onto it at a right angle.
 */
export function projectionFigure(x: readonly number[], w: readonly number[]): string {
	const p = projection(x, w) as unknown as Point;
	const [px, pw] = [x as unknown as Point, w as unknown as Point];
	return planeSvg({
		bounds: boundsFor([px, pw, p]),
		arrows: [
			{ to: pw, label: 'w', tone: 'b' },
			{ to: px, label: 'x', tone: 'a' },
			{ to: p, tone: 'c' },
			// The drop from x onto the line of w carries the name p: a label at p's own tip would sit on w.
			{ from: px, to: p, label: 'p', tone: 'muted', dashed: true },
		],
		label: 'x, w, p',
	}).replace('<svg ', '<svg style="max-width: 280px" ');
}

/** A sum as a waterfall of its terms wᵢxᵢ and the bias, ending in the total z. */
function termsFigure(x: readonly number[], w: readonly number[], b: number, fmt: Fmt): Block {
	const terms = [...x.map((xi, i) => xi * w[i]!), b];
	const sub = (i: number) => String.fromCharCode(0x2080 + i + 1);
	const z = dot(x, w) + b;
	return {
		svg: waterfall({
			values: terms,
			names: [...x.map((_, i) => `w${sub(i)}x${sub(i)}`), 'b'],
			total: 'z',
			valueLabels: terms.map((t) => plain(fmt(t))),
			totalLabel: plain(fmt(z)),
		}).replace('<svg ', '<svg style="max-width: 380px" '),
		caption: { say: 'termsFigure', with: { z: fmt(z) } },
		alt: { say: 'termsFigureAlt', with: { terms: plainList(terms, fmt), z: plain(fmt(z)) } },
	};
}

/** A dot product written out term by term, with a bias or with the lengths and the cosine. */
export const weightedSumExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: WeightedSumInputs): WorkedExample<WeightedSumInputs> => ({
	inputs,
	blocks: ({ x, w, b, norms = false, sigma = false }, fmt) => {
		const xw = dot(x, w);
		const terms = texProducts(x.map((xi, i) => [xi, w[i]!] as const), fmt);
		const products = texSum(x.map((xi, i) => xi * w[i]!), fmt);
		const head = sigma ? `\\sum_{i=1}^{${x.length}} x_i w_i` : 'x \\cdot w';
		const lines = [`x = ${texMatrix([x], fmt)}, \\quad w = ${texMatrix([w], fmt)}`];
		// Two lines (the terms, then their values), so the sum fits a phone screen.
		if (b === undefined) lines.push(`\\begin{aligned} ${head} &= ${terms} \\\\ &= ${products} = ${fmt(xw)} \\end{aligned}`);
		else lines.push(`\\begin{aligned} ${head} + b &= ${terms} + ${paren(b, fmt)} \\\\ &= ${products} + ${paren(b, fmt)} = ${fmt(xw + b)} \\end{aligned}`);
		if (norms) {
			const [nx, nw] = [length(x), length(w)];
			lines.push(`\\lVert x \\rVert = \\sqrt{${texSquares(x, fmt)}} = \\sqrt{${fmt(dot(x, x))}} \\approx ${fmt(nx)}`);
			lines.push(`\\lVert w \\rVert = \\sqrt{${texSquares(w, fmt)}} = \\sqrt{${fmt(dot(w, w))}} \\approx ${fmt(nw)}`);
			lines.push(`\\cos\\theta = \\frac{x \\cdot w}{\\lVert x \\rVert\\, \\lVert w \\rVert} \\approx \\frac{${fmt(xw)}}{${fmt(nx)} \\cdot ${fmt(nw)}} \\approx ${fmt(cosine(x, w))}`);
		}
		const blocks: Block[] = lines.map((tex) => ({ tex }));
		if (sigma && b !== undefined) blocks.push(termsFigure(x, w, b, fmt));
		if (norms && x.length === 2) {
			const p = projection(x, w);
			blocks.push({
				svg: projectionFigure(x, w),
				caption: { say: 'projectionFigure', with: { xw: fmt(xw), nw: fmt(length(w)), p: fmt(xw / length(w)) } },
				alt: { say: 'projectionFigureAlt', with: { x: `(${plainList(x, fmt)})`, w: `(${plainList(w, fmt)})`, p: `(${plainList(p, fmt)})`, len: plain(fmt(xw / length(w))) } },
			});
		}
		return blocks;
	},
});

/** A vector of `n` whole numbers from −3 to 3, not all zero. */
export function smallVector(rng: Rng, n: number): number[] {
	for (;;) {
		const v = Array.from({ length: n }, () => pick(rng, -3, 3));
		if (v.some((t) => t !== 0)) return v;
	}
}

interface DotInputs {
	x: number[];
	w: number[];
}

/** A dot product of two short vectors, term by term. */
const dotKind: Kind<DotInputs> = {
	id: 'dot',
	draw: (rng) => {
		const n = 3 + rng.int(2);
		return { x: smallVector(rng, n), w: smallVector(rng, n) };
	},
	solve: ({ x, w }, fmt) => {
		const answer = dot(x, w);
		const sum = (v: number[]) => v.reduce((s, t) => s + t, 0);
		return {
			vars: { x: `x = ${texMatrix([x], fmt)}`, w: `w = ${texMatrix([w], fmt)}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'pairs', tex: `x \\cdot w = ${texProducts(x.map((xi, i) => [xi, w[i]!] as const), fmt)}` },
				{ say: 'add', tex: `x \\cdot w = ${texSum(x.map((xi, i) => xi * w[i]!), fmt)} = ${fmt(answer)}` },
			],
			// The signs of the products dropped; the sums multiplied instead of the pairs.
			mistakes: [
				{ value: sum(x.map((xi, i) => Math.abs(xi * w[i]!))), say: 'sign' },
				{ value: sum(x) * sum(w), say: 'sums' },
			].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ x, w }) => `np.dot(${JSON.stringify(x)}, ${JSON.stringify(w)})`,
};

/** Plane vectors with whole lengths: 5, 5, 10, 13, 1, 2 before signs and swaps. */
const WHOLE_LENGTH: [number, number][] = [[3, 4], [0, 5], [6, 8], [5, 12], [1, 0], [0, 2], [4, 3]];

/** One of the whole-length vectors with its coordinates swapped and signs flipped at random. */
function wholeLengthVector(rng: Rng): number[] {
	const [a, b] = WHOLE_LENGTH[rng.int(WHOLE_LENGTH.length)]!;
	const v = rng.int(2) ? [b, a] : [a, b];
	return v.map((t) => (rng.int(2) ? -t : t) || 0);
}

/** The cosine similarity of two plane vectors whose lengths are whole numbers. */
const cosineKind: Kind<DotInputs> = {
	id: 'cosine',
	draw: (rng) => ({ x: wholeLengthVector(rng), w: wholeLengthVector(rng) }),
	solve: ({ x, w }, fmt) => {
		const xw = dot(x, w);
		const [nx, nw] = [length(x), length(w)];
		const answer = cosine(x, w);
		const tolerance = 0.005;
		return {
			vars: { x: `x = ${texMatrix([x], fmt)}`, w: `w = ${texMatrix([w], fmt)}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'dot', tex: `x \\cdot w = ${texProducts([[x[0]!, w[0]!], [x[1]!, w[1]!]], fmt)} = ${fmt(xw)}` },
				{ say: 'lengths', tex: `\\lVert x \\rVert = \\sqrt{${texSquares(x, fmt)}} = ${fmt(nx)}, \\quad \\lVert w \\rVert = \\sqrt{${texSquares(w, fmt)}} = ${fmt(nw)}` },
				{ say: 'divide', tex: `\\cos\\theta = \\frac{${fmt(xw)}}{${fmt(nx)} \\cdot ${fmt(nw)}} = ${fmt(answer)}` },
			],
			// The dot product left undivided; divided by the squared lengths (the roots forgotten).
			mistakes: [
				{ value: xw, say: 'undivided' },
				{ value: xw / (nx * nx * nw * nw), say: 'squares' },
			].filter((m, i, all) => Math.abs(m.value - answer) > 2 * tolerance && all.findIndex((o) => Math.abs(o.value - m.value) <= 2 * tolerance) === i),
		};
	},
	numpy: ({ x, w }) => `np.dot(${JSON.stringify(x)}, ${JSON.stringify(w)}) / (np.linalg.norm(${JSON.stringify(x)}) * np.linalg.norm(${JSON.stringify(w)}))`,
};

export const practice: TopicModule['practice'] = [dotKind, cosineKind];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	angle: weightedSumExample({ x: [2, 1], w: [1, 3], norms: true }),
};

/**
 * A dense layer H = relu(A·W + b): A holds an example per row, W a neuron per column, b a bias per
 * neuron added to every row. The numbers come from the core's matrix operations (matmul, addBias,
 * relu in src/core/tensor). One module for the worked example (the three steps with their shapes),
 * the practice problems and the tests (tests/topics/neural-networks/dense-layer.test.ts).
 */
import type { Rng } from '../../../core/random';
import { relu } from '../../../core/tensor/activations';
import { addBias, matmul } from '../../../core/tensor/linear';
import { fromRows, type Matrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { listSeparator, paren, texMatrix } from '../../tex';
import { shapeCheckExample } from '../../linear-algebra/matrix-multiplication';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { arrow, circle, plain, svg, text } from '../../../figures/svg';
import { heatGrid } from '../../../figures/network';
import { pick } from '../../draw';

/**
 * A matrix as rows. (The core's `toRows` does the same, but no widget uses it: importing it here
 * would add it to the matrix chunk every widget page downloads, and the training page is at its budget.)
 */
const rowsOf = (m: Matrix): number[][] => Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));

/** The three steps of a dense layer: Z = A·W, S = Z + b (b under every row), H = relu(S). */
export function denseForward(a: readonly (readonly number[])[], w: readonly (readonly number[])[], b: readonly number[]): { Z: number[][]; S: number[][]; H: number[][] } {
	const Z = matmul(fromRows(a), fromRows(w));
	const S = addBias(Z, Float64Array.from(b));
	return { Z: rowsOf(Z), S: rowsOf(S), H: rowsOf(relu(S)) };
}

/** The number of parameters of a layer from n inputs to k neurons: n·k weights and k biases. */
export const parameterCount = (inputs: number, neurons: number): number => inputs * neurons + neurons;

/** A matrix with its shape underneath: `\underbrace{…}_{4 \times 2}`. */
const shaped = (rows: readonly (readonly number[])[], fmt: Fmt) => `\\underbrace{${texMatrix(rows, fmt)}}_{${rows.length} \\times ${rows[0]?.length ?? 0}}`;

export interface StepsInputs {
	a: number[][];
	w: number[][];
	b: number[];
}

/** relu(A·W + b) in three steps, each with its shape. */
export const stepsExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: StepsInputs): WorkedExample<StepsInputs> => ({
	inputs,
	blocks: ({ a, w, b }, fmt): Block[] => {
		const { Z, S, H } = denseForward(a, w, b);
		return [
			{ svg: layerFigure(w, fmt), caption: { say: 'layer', with: { n: `${w.length}`, k: `${w[0]!.length}` } }, alt: { say: 'layer-alt', with: { n: `${w.length}`, k: `${w[0]!.length}` } } },
			{ tex: `A W = ${shaped(a, fmt)} \\cdot ${shaped(w, fmt)} = ${shaped(Z, fmt)}` },
			{ tex: `A W + b = ${shaped(Z, fmt)} + ${shaped([b], fmt)} = ${shaped(S, fmt)}` },
			{ tex: `\\operatorname{relu}(A W + b) = ${shaped(H, fmt)}` },
		];
	},
});

/**
 * The layer as a picture: every input joined to every neuron, and beside it the weight matrix W, a row
 * per input and a column per neuron. The first neuron's edges and its column are in the accent colour:
 * the column holds exactly the weights on those edges.
 */
function layerFigure(w: readonly (readonly number[])[], fmt: Fmt): string {
	const [n, k] = [w.length, w[0]!.length];
	const sub = (i: number) => '₁₂₃₄₅₆₇₈₉'[i]!;
	const spread = (count: number, i: number) => 125 + (i - (count - 1) / 2) * (count > 2 ? 70 : 80);
	const body: string[] = [];
	for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) body.push(arrow(48, spread(n, i), 168, spread(k, j), { gap: 22, tone: j === 0 ? 'accent' : 'muted' }));
	for (let i = 0; i < n; i++) body.push(circle(48, spread(n, i), 20), text(48, spread(n, i), `x${sub(i)}`, { size: 16 }));
	for (let j = 0; j < k; j++) body.push(circle(168, spread(k, j), 20, j === 0 ? 'accent' : 'ink'), text(168, spread(k, j), `h${sub(j)}`, { size: 16 }));
	const size = 40;
	const [left, top] = [262, 98];
	const max = Math.max(...w.flat().map(Math.abs));
	body.push(...heatGrid([left, top], w, { size, max, label: (v) => plain(fmt(v)), rows: w.map((_, i) => `x${sub(i)}`), cols: w[0]!.map((_, j) => `h${sub(j)}`), tone: 'muted' }));
	body.push(`<rect x="${left}" y="${top}" width="${size}" height="${size * n}" class="fig-accent fig-stroke" stroke-width="3"/>`);
	body.push(text(left + (size * k) / 2, top + size * n + 22, `W: ${n} × ${k}`, { size: 16 }));
	return svg(400, 250, body);
}

/** A row vector as TeX: `\begin{bmatrix} 1 & 2 \end{bmatrix}`. */
const texRow = (v: readonly number[], fmt: Fmt) => texMatrix([v], fmt);

/** A vector as TeX in the answer's notation: `(1;\ 0;\ 2)`. */
const texVector = (v: readonly number[], fmt: Fmt) => `(${v.map((t) => fmt(t)).join(';\\ ')})`;

interface OutputInputs {
	x: number[];
	w: number[][];
	b: number[];
}

/** One example through a layer of three neurons with two inputs: W is 2×3, the output has three numbers. */
const output: Kind<OutputInputs> = {
	id: 'output',
	draw: (rng) => ({
		x: [pick(rng, -2, 3, true), pick(rng, -2, 3, true)],
		w: [0, 1].map(() => [pick(rng, -2, 2), pick(rng, -2, 2), pick(rng, -2, 2)]),
		b: [pick(rng, -2, 2), pick(rng, -2, 2), pick(rng, -2, 2)],
	}),
	solve: ({ x, w, b }, fmt) => {
		const { Z, S, H } = denseForward([x], w, b);
		const z = Z[0]!;
		const s = S[0]!;
		const h = H[0]!;
		// Each neuron's sum written out: x₁·w₁ⱼ + x₂·w₂ⱼ + bⱼ.
		const sums = [0, 1, 2].map((j) => `${paren(x[0]!, fmt)} \\cdot ${paren(w[0]![j]!, fmt)} + ${paren(x[1]!, fmt)} \\cdot ${paren(w[1]![j]!, fmt)} ${b[j]! < 0 ? '-' : '+'} ${fmt(Math.abs(b[j]!))} = ${fmt(s[j]!)}`);
		return {
			vars: { x: `x = ${texRow(x, fmt)}`, w: `W = ${texMatrix(w, fmt)}`, b: `b = ${texRow(b, fmt)}` },
			answer: { kind: 'vector', value: h },
			steps: [
				{ say: 'columns', tex: sums.join(`${listSeparator(fmt)} \\quad `) },
				{ say: 'sum', tex: `x W + b = ${texRow(z, fmt)} + ${texRow(b, fmt)} = ${texRow(s, fmt)}` },
				{ say: 'relu', tex: `h = \\operatorname{relu}(x W + b) = ${texVector(h, fmt)}` },
			],
			// ReLU forgotten; the bias forgotten.
			mistakes: [
				{ value: s, say: 'norelu' },
				{ value: z.map((v) => Math.max(0, v)), say: 'nobias' },
			].filter((m, i, all) => m.value.some((v, j) => v !== h[j]) && all.findIndex((o) => o.value.every((v, j) => v === m.value[j])) === i),
		};
	},
	numpy: ({ x, w, b }) => `np.maximum(np.array(${JSON.stringify(x)}) @ np.array(${JSON.stringify(w)}) + np.array(${JSON.stringify(b)}), 0)`,
};

/** Sizes of inputs and layers a reader meets; every count stays below 10⁴. */
const INPUTS = [2, 3, 4, 5, 8, 10, 16, 20, 32, 64];
const NEURONS = [1, 2, 3, 4, 8, 10, 16, 32, 64, 100];

interface LayerInputs {
	/** Examples in the batch: they do not change the layer's parameters. */
	m: number;
	n: number;
	k: number;
}

const drawLayer = (rng: Rng): LayerInputs => ({ m: [4, 8, 32, 100][rng.int(4)]!, n: INPUTS[rng.int(INPUTS.length)]!, k: NEURONS[rng.int(NEURONS.length)]! });

/** The number of parameters of a layer: weights and biases, whatever the batch size. */
const params: Kind<LayerInputs> = {
	id: 'params',
	draw: drawLayer,
	solve: ({ m, n, k }, fmt) => {
		const answer = parameterCount(n, k);
		return {
			vars: { a: `${fmt(m)} \\times ${fmt(n)}`, k: fmt(k) },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'weights', tex: `W: \\ ${fmt(n)} \\times ${fmt(k)} = ${fmt(n * k)}` },
				{ say: 'biases', tex: `b: \\ ${fmt(k)}` },
				{ say: 'total', tex: `${fmt(n * k)} + ${fmt(k)} = ${fmt(answer)}` },
			],
			// The biases forgotten; a bias per input instead of per neuron; the batch taken for the inputs.
			mistakes: [
				{ value: n * k, say: 'nobias' },
				{ value: n * k + n, say: 'biasperinput' },
				{ value: parameterCount(m, k), say: 'batch' },
			].filter((mk, i, all) => mk.value !== answer && all.findIndex((o) => o.value === mk.value) === i),
		};
	},
	numpy: ({ n, k }) => `np.zeros((${n}, ${k})).size + np.zeros(${k}).size`,
};

/** The shape of W in the site's convention (a neuron per column), and the transposed one PyTorch stores. */
const weights: Kind<LayerInputs> = {
	id: 'weights',
	draw: drawLayer,
	solve: ({ m, n, k }, fmt) => ({
		vars: { a: `${fmt(m)} \\times ${fmt(n)}`, k: fmt(k) },
		answer: { kind: 'shape', value: [n, k] },
		steps: [
			{ say: 'rows', tex: `A W: \\ (${fmt(m)} \\times ${fmt(n)}) \\cdot (${fmt(n)} \\times ${fmt(k)}) = ${fmt(m)} \\times ${fmt(k)}` },
			{ say: 'shape', tex: `W: \\ ${fmt(n)} \\times ${fmt(k)}` },
		],
		// PyTorch's weight (k × n); the output's shape; the batch in place of the inputs.
		mistakes: [
			{ value: [k, n], say: 'transposed' },
			{ value: [m, k], say: 'output' },
			{ value: [m, n], say: 'input' },
		].filter((mk, i, all) => (mk.value[0] !== n || mk.value[1] !== k) && all.findIndex((o) => o.value[0] === mk.value[0] && o.value[1] === mk.value[1]) === i),
	}),
	numpy: ({ m, n, k }) => `np.linalg.lstsq(np.ones((${m}, ${n})), np.zeros((${m}, ${k})), rcond=None)[0].shape`,
};

export const practice: TopicModule['practice'] = [output, params, weights];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	// The layer's product A·W for a batch of 4 examples with 2 features into 16 neurons.
	shapes: shapeCheckExample({ a: [4, 2], b: [2, 16] }),
	steps: stepsExample({
		a: [
			[0, 0],
			[0, 2],
			[2, 2],
			[2, 0],
		],
		w: [
			[1, -1, 0.5],
			[1, 1, -1],
		],
		b: [-1, 0, 1],
	}),
};

/**
 * Convolution on small numbers with the core's conv1d / conv2d (cross-correlation, as in every
 * framework): the padded input, each output as the dot product of a window with the kernel, the
 * output size ⌊(n + 2p − k)/s⌋ + 1, and the kernel's gradient, a sum over all positions because the
 * same weights are used at each. Tests: tests/topics/neural-networks/convolution.test.ts.
 */
import { conv1d, conv1dBackward, conv2d, type ConvOptions } from '../../../core/tensor/conv';
import { createMatrix, fromRows, toRows } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { paren } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { arrow, plain, svg, text } from '../../../figures/svg';
import { box, cell, line, plainList } from '../../../figures/network';
import { texRow, texShaped } from '../loss-functions';
import { pick } from '../../draw';

const vec = (v: readonly number[]) => Float64Array.from(v);

/** A 1-D convolution by the core, with the zero-padded input and the window each output sees. */
export function conv1dSteps(x: readonly number[], w: readonly number[], options: Required<ConvOptions>): { padded: number[]; windows: number[][]; y: number[] } {
	const { stride, padding } = options;
	const y = Array.from(conv1d(vec(x), vec(w), options));
	const zeros = Array.from({ length: padding }, () => 0);
	const padded = [...zeros, ...x, ...zeros];
	return { padded, windows: y.map((_, o) => padded.slice(o * stride, o * stride + w.length)), y };
}

/** The kernel's gradient ∂L/∂w for an upstream gradient ∂L/∂y, by the core's backward pass. */
export const conv1dKernelGradient = (x: readonly number[], w: readonly number[], upstream: readonly number[], options: ConvOptions): number[] =>
	Array.from(conv1dBackward(vec(x), vec(w), vec(upstream), options).dKernel);

/** The output of a 2-D convolution by the core. */
export const conv2dRows = (x: number[][], w: number[][], options: ConvOptions = {}): number[][] => toRows(conv2d(fromRows(x), fromRows(w), options));

/** The output's side for an n×n input and a k×k kernel: the core's conv2d run on zeros, so its size rule is the one used. */
export function outputSide(n: number, k: number, options: ConvOptions): number {
	return conv2d(createMatrix(n, n), createMatrix(k, k), options).rows;
}

interface Conv1dInputs {
	input: number[];
	kernel: number[];
	stride: number;
	padding: number;
	/** ∂L/∂y, to show the kernel's gradient. */
	upstream: number[];
}

const example1d: WorkedExample<Conv1dInputs> = {
	inputs: { input: [1, 2, -1, 0, 3, 1], kernel: [1, 0, -1], stride: 2, padding: 1, upstream: [1, 1, 1] },
	blocks: ({ input: x, kernel: w, stride, padding, upstream }, fmt): Block[] => {
		const { padded, windows, y } = conv1dSteps(x, w, { stride, padding });
		const paddedTex = padded.map((v, i) => (i < padding || i >= padding + x.length ? `\\color{gray}{${fmt(v)}}` : fmt(v)));
		const dKernel = conv1dKernelGradient(x, w, upstream, { stride, padding });
		return [
			{ tex: `x = ${texRow(x, fmt)}, \\quad w = ${texRow(w, fmt)}, \\quad s = ${stride}, \\quad p = ${padding}` },
			{ tex: `x_{\\text{pad}} = \\begin{bmatrix} ${paddedTex.join(' & ')} \\end{bmatrix}` },
			{ svg: windowFigure(padded, padding, w, stride, y, FIGURE_OUTPUT, fmt), caption: { say: 'window', with: { o: `${FIGURE_OUTPUT}` } }, alt: { say: 'window-alt', with: { o: `${FIGURE_OUTPUT}`, y: plain(fmt(y[FIGURE_OUTPUT]!)), w: plainList(w, fmt), n: `${padded.length}` } } },
			...y.map((value, o) => ({ tex: `y_{${o}} = ${products(windows[o]!, w, fmt)} = ${fmt(value)}` })),
			{
				tex: `\\text{len}(y) = \\left\\lfloor \\frac{${x.length} + 2 \\cdot ${padding} - ${w.length}}{${stride}} \\right\\rfloor + 1 = ${y.length}, \\qquad y = ${texRow(y, fmt)}`,
			},
			{
				tex: `\\frac{\\partial L}{\\partial y} = ${texRow(upstream, fmt)} \\;\\Rightarrow\\; \\frac{\\partial L}{\\partial w} = \\sum_{o} \\frac{\\partial L}{\\partial y_o}\\, x^{(o)} = ${texRow(dKernel, fmt)}`,
			},
		];
	},
};

/** The output the figure follows through its window. */
const FIGURE_OUTPUT = 1;

/**
 * The padded input as a row of cells (added zeros in grey), a bracket over each output's window, the
 * window of output `o` outlined with the kernel under it, and the outputs below, each under the middle
 * of its window, output `o` filled.
 */
function windowFigure(padded: readonly number[], padding: number, w: readonly number[], stride: number, y: readonly number[], o: number, fmt: Fmt): string {
	const size = 44;
	const left = 30;
	const n = (v: number) => plain(fmt(v));
	const [inputY, kernelY, outputY] = [44, 124, 204];
	const body: string[] = [text(left - 10, inputY + size / 2, 'x', { anchor: 'end', size: 17 }), text(left - 10, kernelY + size / 2, 'w', { anchor: 'end', size: 17 }), text(left - 10, outputY + size / 2, 'y', { anchor: 'end', size: 17 })];
	padded.forEach((v, i) => {
		const added = i < padding || i >= padded.length - padding;
		body.push(box(left + i * size, inputY, size, size, { tone: 'muted', width: 1 }), text(left + (i + 0.5) * size, inputY + size / 2, n(v), { size: 16, tone: added ? 'muted' : 'ink' }));
	});
	// Brackets over the windows, alternately higher, since neighbouring windows share a cell.
	y.forEach((_, k) => {
		const [a, b] = [left + k * stride * size + 4, left + (k * stride + w.length) * size - 4];
		const top = k % 2 ? 14 : 26;
		body.push(`<path d="M${a} ${top + 8}V${top}H${b}V${top + 8}" class="fig-${k === o ? 'accent' : 'muted'} fig-stroke" stroke-width="${k === o ? 2.5 : 1.5}"/>`);
	});
	const start = left + o * stride * size;
	body.push(box(start, inputY, w.length * size, size, { tone: 'accent', width: 3 }));
	w.forEach((v, t) => body.push(box(start + t * size, kernelY, size, size, { tone: 'accent', width: 1.5 }), text(start + (t + 0.5) * size, kernelY + size / 2, n(v), { size: 16, tone: 'accent' })));
	body.push(text(start + w.length * size + 8, kernelY + size / 2, `s = ${stride}`, { anchor: 'start', size: 15, tone: 'muted' }));
	y.forEach((v, k) => {
		const cx = left + (k * stride + w.length / 2) * size;
		body.push(cell(cx - size / 2, outputY, size, size, k === o ? 0.3 : 0, { value: v }), box(cx - size / 2, outputY, size, size, { tone: k === o ? 'accent' : 'muted', width: k === o ? 2.5 : 1 }), text(cx, outputY + size / 2, n(v), { size: 16 }));
	});
	const mid = start + (w.length / 2) * size;
	body.push(line(mid, inputY + size, mid, kernelY, { tone: 'accent', width: 1, dashed: true }), arrow(mid, kernelY + size, mid, outputY, { tone: 'accent', gap: 2 }));
	return svg(400, outputY + size + 6, body);
}

interface Conv2dInputs {
	input: number[][];
	kernel: number[][];
}

const example2d: WorkedExample<Conv2dInputs> = {
	inputs: {
		input: [[0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1]],
		kernel: [[1, -1], [1, -1]],
	},
	blocks: ({ input, kernel }, fmt) => [
		{ tex: `${texShaped(input, fmt)} \\star ${texShaped(kernel, fmt)} = ${texShaped(conv2dRows(input, kernel), fmt)} \\qquad (s = 1,\\ p = 0)` },
	],
};

/** A window times the kernel, term by term: `0 \cdot 1 + 2 \cdot (-1)`. */
const products = (window: readonly number[], w: readonly number[], fmt: Fmt) => window.map((v, t) => `${paren(v, fmt)} \\cdot ${paren(w[t]!, fmt)}`).join(' + ');

interface SizeInputs {
	n: number;
	k: number;
	s: number;
	p: number;
}

/** The output size of a 2-D convolution over a square image. */
const outSize: Kind<SizeInputs> = {
	id: 'out-size',
	draw: (rng) => {
		const n = pick(rng, 5, 32);
		const k = [2, 3, 3, 5, 7][rng.int(5)]!;
		const p = rng.int(4);
		return { n, k, s: pick(rng, 1, 3), p: Math.max(p, Math.ceil((k - n) / 2)) };
	},
	solve: ({ n, k, s, p }, fmt) => {
		const side = outputSide(n, k, { stride: s, padding: p });
		const span = n + 2 * p - k;
		const q = span / s;
		const size = (m: number) => [m, m];
		return {
			vars: { n: `${n} \\times ${n}`, k: `${k} \\times ${k}`, s: `s = ${s}`, p: `p = ${p}` },
			answer: { kind: 'shape', value: size(side) },
			steps: [
				{ say: 'span', tex: `n + 2p - k = ${n} + 2 \\cdot ${p} - ${k} = ${span}` },
				{ say: 'steps', tex: s === 1 ? `${span} / 1 = ${span}` : `${span} / ${s} = ${fmt(q)}${Number.isInteger(q) ? '' : ` \\to ${Math.floor(q)}`}` },
				{ say: 'plusOne', tex: `${Math.floor(q)} + 1 = ${side} \\quad\\Rightarrow\\quad ${side} \\times ${side}` },
			],
			// No padding; no "+1" for the first position; rounding up; the padding on one side only.
			mistakes: [
				{ value: size(Math.floor((n - k) / s) + 1), say: 'noPadding' },
				{ value: size(Math.floor(q)), say: 'noPlusOne' },
				{ value: size(Math.ceil(q) + 1), say: 'roundedUp' },
				{ value: size(Math.floor((n + p - k) / s) + 1), say: 'oneSide' },
			].filter((m, i, all) => m.value[0] !== side && m.value[0]! > 0 && all.findIndex((o) => o.value[0] === m.value[0]) === i),
		};
	},
	numpy: ({ n, k, s, p }) => `np.lib.stride_tricks.sliding_window_view(np.pad(np.zeros((${n}, ${n})), ${p}), (${k}, ${k}))[::${s}, ::${s}].shape[:2]`,
};

interface ValueInputs {
	x: number[];
	w: number[];
	s: number;
	p: number;
	/** The output asked for, counted from 0 as on the page. */
	o: number;
}

/** One output of a 1-D convolution with stride and padding. */
const value: Kind<ValueInputs> = {
	id: 'value',
	draw: (rng) => {
		const x = Array.from({ length: 6 }, () => pick(rng, -3, 3));
		let w: number[];
		do w = Array.from({ length: 3 }, () => pick(rng, -2, 2));
		while (w.every((v) => v === 0));
		const s = pick(rng, 1, 2);
		const p = rng.int(2);
		const length = Math.floor((6 + 2 * p - 3) / s) + 1;
		return { x, w, s, p, o: rng.int(length) };
	},
	solve: ({ x, w, s, p, o }, fmt) => {
		const { padded, windows, y } = conv1dSteps(x, w, { stride: s, padding: p });
		const answer = y[o]!;
		const window = windows[o]!;
		const at = (ys: readonly number[]) => ys[o];
		const flipped = at(conv1dSteps(x, [...w].reverse(), { stride: s, padding: p }).y);
		const noPadding = p > 0 ? at(conv1dSteps(x, w, { stride: s, padding: 0 }).y) : undefined;
		const noStride = s > 1 ? at(conv1dSteps(x, w, { stride: 1, padding: p }).y) : undefined;
		const first = o * s;
		return {
			vars: { x: `x = ${texRow(x, fmt)}`, w: `w = ${texRow(w, fmt)}`, s: `s = ${s}`, p: `p = ${p}`, y: `y_{${o}}` },
			answer: { kind: 'number', value: answer },
			steps: [
				...(p > 0 ? [{ say: 'pad', tex: `x_{\\text{pad}} = ${texRow(padded, fmt)}` }] : []),
				{ say: 'window', with: { from: `${first}`, to: `${first + w.length - 1}` }, tex: `x^{(${o})} = ${texRow(window, fmt)}` },
				{ say: 'dot', tex: `y_{${o}} = ${products(window, w, fmt)} = ${fmt(answer)}` },
			],
			// The kernel flipped (convolution as in mathematics); the padding forgotten; the stride forgotten.
			mistakes: [
				{ value: flipped, say: 'flipped' },
				{ value: noPadding, say: 'noPadding' },
				{ value: noStride, say: 'noStride' },
			].filter((m): m is { value: number; say: string } => m.value !== undefined && m.value !== answer),
		};
	},
	numpy: ({ x, w, s, p, o }) => `np.correlate(np.pad(np.array(${JSON.stringify(x)}, dtype=float), ${p}), np.array(${JSON.stringify(w)}, dtype=float), 'valid')[::${s}][${o}]`,
};

export const practice: TopicModule['practice'] = [outSize, value];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { conv1d: example1d, conv2d: example2d };

/**
 * Gradient checking: the gradient from backpropagation against a numerical one from the forward pass
 * alone, (L(θ + h) − L(θ − h)) / 2h, compared by the relative error |g − ĝ| / max(|g|, |ĝ|). The worked
 * examples check the core's Mlp (a table of parameters, then one weight with many steps h); the
 * practice asks for a central difference by hand and for the relative error of a check.
 * Tests: tests/topics/neural-networks/gradient-checking.test.ts.
 */
import { fromRows } from '../../../core/tensor/matrix';
import { centralDifference, forwardDifference } from '../../../math/finite-difference';
import { Mlp } from '../../../nn/mlp';
import type { Fmt, Kind } from '../../../practice/types';
import { paren } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { plain, svg, text } from '../../../figures/svg';
import { curve, dot, line, scale } from '../../../figures/network';
import { scientific } from '../shared';
import { pick } from '../../draw';

/** |g − ĝ| / max(|g|, |ĝ|): how far apart two gradients are, whatever their scale. */
export function relativeError(g: number, numeric: number): number {
	return Math.abs(g - numeric) / Math.max(Math.abs(g), Math.abs(numeric), 1e-300);
}

/** A parameter: layer (from 1), `W` with row and column (from 1), or `b` with an index (from 1). */
export type Param = { layer: number; kind: 'W'; row: number; col: number } | { layer: number; kind: 'b'; index: number };

/** A small classification network of the core and its batch. */
export interface NetInputs {
	sizes: number[];
	seed: number;
	x: number[][];
	labels: number[];
}

/**
 * The core's network after one backward pass over the batch, with, for each parameter, its gradient
 * from backpropagation and the loss with that parameter moved by `delta` (then put back exactly).
 */
export function checkedNet({ sizes, seed, x, labels }: NetInputs) {
	const net = new Mlp({ sizes, seed });
	const X = fromRows(x);
	net.computeGradients(X, labels);
	const slot = (p: Param) => {
		const layer = net.layers[p.layer - 1]!;
		if (p.kind === 'W') return { values: layer.weights.data, grads: layer.weightGrad.data, k: (p.row - 1) * layer.weights.cols + (p.col - 1) };
		return { values: layer.bias, grads: layer.biasGrad, k: p.index - 1 };
	};
	return {
		backprop: (p: Param) => slot(p).grads[slot(p).k]!,
		lossAt: (p: Param, delta: number) => {
			const { values, k } = slot(p);
			const original = values[k]!;
			values[k] = original + delta;
			const loss = net.loss(X, labels);
			values[k] = original;
			return loss;
		},
	};
}

/** Backpropagation against the central difference with step `h`, for each parameter. */
export function checkTable(net: NetInputs, params: readonly Param[], h: number) {
	const checked = checkedNet(net);
	return params.map((p) => {
		const backprop = checked.backprop(p);
		const numeric = centralDifference((delta) => checked.lossAt(p, delta), 0, h);
		return { param: p, backprop, numeric, error: relativeError(backprop, numeric) };
	});
}

/** One parameter, many steps: the relative errors of the forward and the central difference. */
export function stepScan(net: NetInputs, param: Param, steps: readonly number[]) {
	const checked = checkedNet(net);
	const backprop = checked.backprop(param);
	const loss = (delta: number) => checked.lossAt(param, delta);
	return {
		backprop,
		rows: steps.map((step) => ({
			step,
			forward: relativeError(backprop, forwardDifference(loss, 0, step)),
			central: relativeError(backprop, centralDifference(loss, 0, step)),
		})),
	};
}

const texParam = (p: Param) => (p.kind === 'W' ? `w^{(${p.layer})}_{${p.row}${p.col}}` : `b^{(${p.layer})}_{${p.index}}`);

interface TableInputs extends NetInputs {
	params: Param[];
	h: number;
}
interface ScanInputs extends NetInputs {
	param: Param;
	steps: number[];
}

const table: WorkedExample<TableInputs> = {
	inputs: {
		sizes: [2, 3, 2],
		seed: 3,
		x: [[0.5, -1], [1, 2], [-1.5, 0.5]],
		labels: [0, 1, 1],
		h: 1e-5,
		params: [
			{ layer: 1, kind: 'W', row: 1, col: 1 },
			{ layer: 1, kind: 'W', row: 2, col: 3 },
			{ layer: 1, kind: 'b', index: 2 },
			{ layer: 2, kind: 'W', row: 3, col: 2 },
			{ layer: 2, kind: 'b', index: 1 },
		],
	},
	blocks: (inputs, fmt) => [
		{
			head: [{ say: 'param' }, { say: 'backprop' }, { say: 'numeric' }, { say: 'error' }],
			rows: checkTable(inputs, inputs.params, inputs.h).map((r) => [texParam(r.param), fmt(r.backprop, 8), fmt(r.numeric, 8), scientific(r.error, fmt)]),
		},
	],
};

const stepSize: WorkedExample<ScanInputs> = {
	inputs: {
		...table.inputs,
		param: { layer: 1, kind: 'W', row: 1, col: 1 },
		steps: [0.1, 0.01, 0.001, 0.0001, 0.00001, 0.000001, 1e-7, 1e-8, 1e-10, 1e-12],
	},
	blocks: (inputs, fmt): Block[] => {
		const { backprop, rows } = stepScan(inputs, inputs.param, inputs.steps);
		return [
			{ tex: `\\frac{\\partial L}{\\partial ${texParam(inputs.param)}} = ${fmt(backprop, 8)}` },
			{ svg: secantFigure(inputs, inputs.param, FIGURE_STEP, fmt), caption: { say: 'secant', with: { w: texParam(inputs.param), h: fmt(FIGURE_STEP) } }, alt: { say: 'secant-alt', with: { h: plain(fmt(FIGURE_STEP)) } } },
			{
				head: [{ say: 'step' }, { say: 'forward' }, { say: 'central' }],
				rows: rows.map((r) => [scientific(r.step, fmt), scientific(r.forward, fmt), scientific(r.central, fmt)]),
			},
		];
	},
};

/**
 * The figure's step: far larger than a check would take, so that the secants are apart, yet within the
 * smooth piece around w (a hidden relu switches at about w − 0.35, and a secant across it says little).
 */
const FIGURE_STEP = 0.3;

/**
 * The loss as a function of one weight near its value w (the core's network, the weight moved and put
 * back), with the tangent at w (slope from backpropagation, dashed), the central secant through w ± h
 * (accent) and the forward secant through w and w + h (muted).
 */
function secantFigure(net: NetInputs, param: Param, h: number, fmt: Fmt): string {
	const checked = checkedNet(net);
	const loss = (delta: number) => checked.lossAt(param, delta);
	const slope = checked.backprop(param);
	const span = 1.8 * h;
	const ys = Array.from({ length: 61 }, (_, i) => loss(-span + (2 * span * i) / 60));
	const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
	const pad = (hi - lo) * 0.25;
	const X = scale(-span, span, 20, 380);
	const Y = scale(lo - pad, hi + pad, 190, 15);
	// A straight line through (d, L) with slope k, drawn over [a, b] (deltas from w).
	const through = (d: number, l: number, k: number, a: number, b: number, opts: Parameters<typeof line>[4]) => line(X(a), Y(l + k * (a - d)), X(b), Y(l + k * (b - d)), opts);
	const [below, at, above] = [loss(-h), loss(0), loss(h)];
	const body = [line(20, 190, 380, 190, { tone: 'muted' })];
	for (const [d, name] of [[-h, 'w − h'], [0, 'w'], [h, 'w + h']] as const) {
		body.push(line(X(d), 190, X(d), Y(loss(d)), { tone: 'muted', width: 1, dashed: true }), text(X(d), 206, name, { size: 16 }));
	}
	body.push(curve(loss, [-span, span], X, Y, { n: 60 }));
	body.push(through(0, at, slope, -1.5 * h, 1.5 * h, { tone: 'ink', dashed: true, width: 2 }));
	body.push(through(0, at, (above - at) / h, -0.4 * h, 1.5 * h, { tone: 'muted', width: 2 }));
	body.push(through(-h, below, centralDifference(loss, 0, h), -1.5 * h, 1.5 * h, { tone: 'accent', width: 2.5 }));
	body.push(dot(X(-h), Y(below)), dot(X(0), Y(at), 4.5, 'ink'), dot(X(h), Y(above)));
	return svg(400, 218, body);
}

interface CentralInputs {
	a: number;
	x0: number;
	h: number;
}

/** The central difference of f(x) = a·x³ at x₀ with a finite step: a(3x₀² + h²), the exact slope plus a·h². */
const central: Kind<CentralInputs> = {
	id: 'central',
	draw: (rng) => ({ a: pick(rng, 1, 3) * (rng.int(4) ? 1 : -1), x0: pick(rng, -3, 3), h: [1, 0.5, 0.2, 0.1][rng.int(4)]! }),
	solve: ({ a, x0, h }, fmt) => {
		const f = (t: number) => a * t ** 3;
		const ahead = f(x0 + h);
		const behind = f(x0 - h);
		const answer = centralDifference(f, x0, h);
		const exact = 3 * a * x0 * x0;
		const cube = (t: number) => `${fmt(a)} \\cdot ${paren(t, fmt, 6)}^3 = ${fmt(f(t), 6)}`;
		return {
			vars: { f: `f(x) = ${a === 1 ? '' : a === -1 ? '-' : fmt(a)}x^3`, x0: `x_0 = ${fmt(x0)}`, h: `h = ${fmt(h)}`, q: `\\frac{f(x_0 + h) - f(x_0 - h)}{2h}` },
			answer: { kind: 'number', value: answer, tolerance: 1e-6 * Math.max(1, Math.abs(answer)) },
			steps: [
				{ say: 'ahead', tex: `f(${fmt(x0 + h, 6)}) = ${cube(x0 + h)}` },
				{ say: 'behind', tex: `f(${fmt(x0 - h, 6)}) = ${cube(x0 - h)}` },
				{ say: 'divide', tex: `\\frac{${fmt(ahead, 6)} - ${paren(behind, fmt, 6)}}{2 \\cdot ${fmt(h)}} = ${fmt(answer, 6)}` },
				{
					say: 'compare',
					with: { exact: `f'(${fmt(x0)}) = 3 \\cdot ${paren(a, fmt)} \\cdot ${paren(x0, fmt)}^2 = ${fmt(exact)}`, gap: `${fmt(a)} \\cdot ${fmt(h)}^2 = ${fmt(answer - exact, 6)}` },
					// The exact derivative plus the error a·h² is the quotient again: the answer, reached the other way.
					tex: `${fmt(exact)} + ${paren(answer - exact, fmt, 6)} = ${fmt(answer, 6)}`,
				},
			],
			mistakes: [
				{ value: answer * 2, say: 'half' },
				{ value: forwardDifference(f, x0, h), say: 'forward' },
				{ value: exact, say: 'exact' },
			].filter((m) => Math.abs(m.value - answer) > 1e-6 * Math.max(1, Math.abs(answer))),
		};
	},
	numpy: ({ a, x0, h }) => `((${a})*((${x0})+(${h}))**3 - (${a})*((${x0})-(${h}))**3) / ((${h}) + (${h}))`,
};

interface RelativeInputs {
	/** From backpropagation. */
	g: number;
	/** From the central difference. */
	numeric: number;
}

/** The relative error of a check, to the thousandth. */
const relative: Kind<RelativeInputs> = {
	id: 'relative',
	draw: (rng) => {
		const sign = rng.int(3) ? 1 : -1;
		const g = pick(rng, 5, 60) / 10;
		const gap = [0.1, 0.2, 0.3, 0.5, -0.1, -0.2, -0.3, -0.5][rng.int(8)]!;
		return { g: sign * g, numeric: sign * Math.round((g + gap) * 10) / 10 };
	},
	solve: ({ g, numeric }, fmt) => {
		const answer = relativeError(g, numeric);
		const diff = Math.abs(g - numeric);
		const larger = Math.max(Math.abs(g), Math.abs(numeric));
		const smaller = Math.min(Math.abs(g), Math.abs(numeric));
		const tolerance = 5e-4;
		return {
			vars: { g: `g = ${fmt(g)}`, numeric: `\\hat g = ${fmt(numeric)}`, formula: `\\frac{|g - \\hat g|}{\\max(|g|, |\\hat g|)}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'difference', tex: `|g - \\hat g| = |${fmt(g)} - ${paren(numeric, fmt)}| = ${fmt(diff)}` },
				{ say: 'scale', tex: `\\max(|g|, |\\hat g|) = \\max(${fmt(Math.abs(g))}, ${fmt(Math.abs(numeric))}) = ${fmt(larger)}` },
				{ say: 'divide', tex: `\\frac{${fmt(diff)}}{${fmt(larger)}} \\approx ${fmt(answer, 4)}` },
				{ say: 'verdict' },
			],
			mistakes: [
				{ value: diff, say: 'absolute' },
				{ value: diff / smaller, say: 'smaller' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ g, numeric }) => `abs((${g}) - (${numeric})) / max(abs(${g}), abs(${numeric}))`,
};

export const practice: TopicModule['practice'] = [central, relative];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { table, steps: stepSize };

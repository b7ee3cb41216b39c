/**
 * Activation functions: relu, σ and tanh applied to every number of a vector, and their derivatives,
 * by the core's activations (src/core/tensor/activations.ts). The derivative is the core's backward
 * pass, which writes it through the output y: relu' = [y > 0], σ' = y(1 − y), tanh' = 1 − y². One
 * module for the worked example (a table per function), the practice problems and the tests
 * (tests/topics/neural-networks/activation-functions.test.ts).
 */
import type { Rng } from '../../../core/random';
import { activations, type ActivationName } from '../../../core/tensor/activations';
import { createMatrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { paren } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { plain, svg, text } from '../../../figures/svg';
import { axes, curve, dot } from '../../../figures/network';

/** The activation's name in TeX. */
export const ACTIVATION_TEX: Record<ActivationName, string> = { relu: '\\operatorname{relu}', sigmoid: '\\sigma', tanh: '\\tanh' };

/** f(x) at every point and the derivative f'(x) there: the core's forward, and its backward with an upstream gradient of ones. */
export function activate(fn: ActivationName, values: readonly number[]): { y: number[]; dy: number[] } {
	const activation = activations[fn];
	const y = activation.forward(createMatrix(1, values.length, values));
	const dy = activation.backward(y, createMatrix(1, values.length, values.map(() => 1)));
	return { y: Array.from(y.data), dy: Array.from(dy.data) };
}

/** ∂L/∂x for one point from the activation's output y and the upstream ∂L/∂y, as the core's backward pass computes it. */
export function backwardFromOutput(fn: ActivationName, y: number, upstream: number): number {
	return activations[fn].backward(createMatrix(1, 1, [y]), createMatrix(1, 1, [upstream])).data[0]!;
}

export interface TableInputs {
	fn: ActivationName;
	values: number[];
}

/** A table of the activation and its derivative at a few points. */
export const tableExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: TableInputs): WorkedExample<TableInputs> => ({
	inputs,
	blocks: ({ fn, values }, fmt): Block[] => {
		const { y, dy } = activate(fn, values);
		const name = ACTIVATION_TEX[fn];
		return [
			{ svg: curveFigure(fn, values, fmt), caption: { say: `${fn}-figure` }, alt: { say: `${fn}-figure-alt` } },
			{
				head: ['x', ...values.map((v) => fmt(v))],
				rows: [
					[`${name}(x)`, ...y.map((v) => fmt(v))],
					[`${name}'(x)`, ...dy.map((v) => fmt(v))],
				],
			},
		];
	},
});

/** The names the figure writes by its two curves. */
const PLAIN_NAME: Record<ActivationName, string> = { relu: 'relu', sigmoid: 'σ', tanh: 'tanh' };

/**
 * The activation's curve (solid) and its derivative's (dashed, accent) over the table's range, both
 * drawn through the core's `activate`, with the table's points on the first.
 */
function curveFigure(fn: ActivationName, values: readonly number[], fmt: Fmt): string {
	const [a, b] = [Math.min(...values) - 1, Math.max(...values) + 0.5];
	const f = (x: number) => activate(fn, [x]).y[0]!;
	const df = (x: number) => activate(fn, [x]).dy[0]!;
	const top = Math.max(1, f(b));
	const { body, X, Y } = axes(
		{ left: 30, top: 22, width: 350, height: 170, x: [a, b], y: [-0.15 * top, top * 1.08] },
		{ x: [-2, 2].filter((t) => t > a && t < b), y: [1], label: (v) => plain(fmt(v)) },
	);
	// relu bends at 0: its polyline steps by ½ from a whole or half number, so 0 is one of its points.
	// relu' jumps at 0: two pieces, so the drawing shows the step instead of a slanted join.
	const pieces: [number, number][] = fn === 'relu' ? [[a, -1e-9], [1e-9, b]] : [[a, b]];
	for (const piece of pieces) body.push(curve(df, piece, X, Y, { tone: 'accent', dashed: true, n: fn === 'relu' ? 1 : 60 }));
	body.push(curve(f, [a, b], X, Y, { n: fn === 'relu' ? Math.round((b - a) * 2) : 60 }));
	const { y } = activate(fn, values);
	values.forEach((x, i) => body.push(dot(X(x), Y(y[i]!), 4.5, 'ink')));
	const name = PLAIN_NAME[fn];
	body.push(text(X(b) - 4, Y(f(b)) - 16, `${name}(x)`, { anchor: 'end', size: 16 }));
	body.push(text(X(a) + 4, Y(df(a)) - 14, `${name}′(x)`, { anchor: 'start', size: 16, tone: 'accent' }));
	return svg(400, 220, body);
}

/** A vector as TeX: `(-2;\ 0{,}5;\ 3)`. */
const texVector = (v: readonly number[], fmt: Fmt) => `(${v.map((t) => fmt(t)).join(';\\ ')})`;

/** relu on every number of a vector: at least one negative and one positive entry among five. */
const relu: Kind<{ z: number[] }> = {
	id: 'relu',
	draw: (rng: Rng) => {
		for (;;) {
			const z = Array.from({ length: 5 }, () => (rng.int(13) - 6) / 2);
			if (z.some((t) => t < 0) && z.some((t) => t > 0)) return { z };
		}
	},
	solve: ({ z }, fmt) => {
		const { y } = activate('relu', z);
		return {
			vars: { z: `z = ${texVector(z, fmt)}` },
			answer: { kind: 'vector', value: y },
			steps: [
				{ say: 'rule', tex: `\\operatorname{relu}(z) = \\max(0, z)` },
				{ say: 'apply', tex: `\\operatorname{relu}(z) = ${texVector(y, fmt)}` },
			],
			// Folding instead of flattening: |z|; the derivative [z > 0] instead of the values.
			mistakes: [
				{ value: z.map(Math.abs), say: 'abs' },
				{ value: z.map((t) => (t > 0 ? 1 : 0)), say: 'derivative' },
			].filter((m) => m.value.some((v, i) => v !== y[i])),
		};
	},
	numpy: ({ z }) => `np.maximum(np.array(${JSON.stringify(z)}), 0)`,
};

interface BackwardInputs {
	fn: 'sigmoid' | 'tanh';
	/** The activation's output at the point, one decimal. */
	y: number;
	/** ∂L/∂y arriving from above. */
	g: number;
}

/** The derivative of σ or tanh through its output, times the upstream gradient: the activation's backward pass. */
const backward: Kind<BackwardInputs> = {
	id: 'backward',
	draw: (rng) => {
		const fn = rng.int(2) === 0 ? 'sigmoid' : 'tanh';
		const y = fn === 'sigmoid' ? (1 + rng.int(9)) / 10 : (rng.int(19) - 9) / 10;
		return { fn, y, g: [-2, -1, 1, 2, 3][rng.int(5)]! };
	},
	solve: ({ fn, y, g }, fmt) => {
		const slope = fn === 'sigmoid' ? y * (1 - y) : 1 - y * y;
		const answer = backwardFromOutput(fn, y, g);
		const round = (v: number) => Number(v.toFixed(10));
		const name = ACTIVATION_TEX[fn];
		return {
			vars: { y: `a = ${name}(z) = ${fmt(y)}`, g: `\\frac{\\partial L}{\\partial a} = ${fmt(g)}` },
			answer: { kind: 'number', value: round(answer), tolerance: 1e-9 },
			steps: [
				fn === 'sigmoid'
					? { say: 'sigmoid', tex: `\\sigma'(z) = a(1 - a) = ${fmt(y)} \\cdot ${paren(round(1 - y), fmt)} = ${fmt(round(slope), 4)}` }
					: { say: 'tanh', tex: `\\tanh'(z) = 1 - a^2 = 1 - ${paren(y, fmt)}^2 = ${fmt(round(slope), 4)}` },
				{ say: 'chain', tex: `\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\cdot ${name}'(z) = ${paren(g, fmt)} \\cdot ${fmt(round(slope), 4)} = ${fmt(round(answer), 4)}` },
			],
			// The slope without the upstream gradient; the output a instead of the slope; tanh' without the square.
			mistakes: [
				{ value: round(slope), say: 'noupstream' },
				{ value: round(g * y), say: 'value' },
				...(fn === 'tanh' ? [{ value: round(g * (1 - y)), say: 'nosquare' }] : []),
			].filter((m, i, all) => Math.abs(m.value - round(answer)) > 1e-9 && all.findIndex((o) => Math.abs(o.value - m.value) <= 1e-9) === i),
		};
	},
	numpy: ({ fn, y, g }) =>
		fn === 'sigmoid' ? `(${g}) * d(lambda t: 1 / (1 + np.exp(-t)), np.log((${y}) / (1 - (${y}))))` : `(${g}) * d(np.tanh, np.arctanh(${y}))`,
};

export const practice: TopicModule['practice'] = [relu, backward];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	relu: tableExample({ fn: 'relu', values: [-2, -0.5, 0.5, 1.5, 3] }),
	sigmoid: tableExample({ fn: 'sigmoid', values: [-2, -0.5, 0.5, 1.5, 3] }),
};

/**
 * One neuron: the weighted sum z = w·x + b and the activation a = f(z), computed by the core's scalar
 * nodes (the same ones backpropagation later walks back through). One module for the worked examples
 * (the sum written out term by term), the practice problems and the tests
 * (tests/topics/neural-networks/neuron.test.ts).
 */
import { value, type Value } from '../../../core/scalar/value';
import type { Fmt, Kind } from '../../../practice/types';
import { paren } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { arrow, circle, plain, svg, text } from '../../../figures/svg';
import { box } from '../../../figures/network';
import { pick } from '../../draw';

export type NeuronActivation = 'relu' | 'sigmoid' | 'tanh';

/** The activation's name in TeX. */
export const ACTIVATION_TEX: Record<NeuronActivation, string> = { relu: '\\operatorname{relu}', sigmoid: '\\sigma', tanh: '\\tanh' };

/** The pre-activation z = w·x + b, summed by the core's nodes in the order the page writes it. */
export function preactivation(x: readonly number[], w: readonly number[], b: number): Value {
	if (x.length !== w.length) throw new Error(`A neuron with ${w.length} weights cannot take ${x.length} inputs.`);
	return x
		.map((xi, i) => value(w[i]!).mul(value(xi)))
		.reduce<Value>((sum, p) => sum.add(p), value(0))
		.add(value(b));
}

/** The neuron's output f(w·x + b) and its pre-activation. */
export function neuronOutput(x: readonly number[], w: readonly number[], b: number, fn: NeuronActivation): { z: number; a: number } {
	const z = preactivation(x, w, b);
	return { z: z.data, a: z[fn]().data };
}

/** A signed term after a plus: `+ 2`, `- 0{,}5`. */
export const plusTerm = (v: number, fmt: Fmt): string => (v < 0 ? `- ${fmt(-v)}` : `+ ${fmt(v)}`);

/** `w_1 x_1 + w_2 x_2 + …` with the numbers in: `0{,}5 \cdot 1 + (-0{,}25) \cdot 2`. */
export const texWeightedSum = (x: readonly number[], w: readonly number[], fmt: Fmt): string =>
	x.map((xi, i) => `${i === 0 ? '' : '+ '}${paren(w[i]!, fmt)} \\cdot ${paren(xi, fmt)}`).join(' ');

export interface ForwardInputs {
	x: number[];
	w: number[];
	b: number;
	/** The activations after the sum; several give one line each. */
	fns: NeuronActivation[];
}

/** One neuron on one example, `a = f(w·x + b)`, written out term by term. */
export const forwardExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: ForwardInputs): WorkedExample<ForwardInputs> => ({
	inputs,
	blocks: ({ x, w, b, fns }, fmt) => {
		const z = preactivation(x, w, b);
		return [
			{ tex: `z = w \\cdot x + b = ${texWeightedSum(x, w, fmt)} ${plusTerm(b, fmt)} = ${fmt(z.data)}` },
			...fns.map((fn) => ({ tex: `${ACTIVATION_TEX[fn]}(z) = ${ACTIVATION_TEX[fn]}(${fmt(z.data)}) = ${fmt(z[fn]().data)}` })),
		];
	},
});

/**
 * The neuron as a picture: the inputs with their values, an edge per weight, the sum node with the bias
 * coming in from above and z under it, the activation, the output. The numbers are the example's.
 */
export const figureExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: ForwardInputs): WorkedExample<ForwardInputs> => ({
	inputs,
	blocks: ({ x, w, b, fns }, fmt): Block[] => {
		const fn = fns[0]!;
		const { z, a } = neuronOutput(x, w, b, fn);
		const n = (v: number) => plain(fmt(v));
		const sub = (i: number) => '₁₂₃₄₅₆₇₈₉'[i]!;
		const [sumX, sumY, R] = [178, 125, 26];
		const rows = x.map((_, i) => 50 + (i * 150) / Math.max(1, x.length - 1));
		const body: string[] = [];
		x.forEach((xi, i) => {
			const y = rows[i]!;
			body.push(circle(52, y, 22), text(52, y, n(xi), { size: 16 }), text(24, y, `x${sub(i)}`, { anchor: 'end', size: 17 }));
			body.push(arrow(52, y, sumX, sumY, { gap: 24 }));
			// The weight's label before the middle of its edge, above it (below for an edge that comes up from below).
			const [lx, ly] = [52 + (sumX - 52) * 0.42, y + (sumY - y) * 0.42];
			body.push(text(lx, ly + (y > sumY ? 16 : -14), `w${sub(i)} = ${n(w[i]!)}`, { size: 16, tone: 'muted' }));
		});
		body.push(text(sumX, 22, `b = ${n(b)}`, { size: 16 }), arrow(sumX, 32, sumX, sumY, { gap: R }));
		body.push(circle(sumX, sumY, R, 'ink'), text(sumX, sumY, 'Σ', { size: 20 }), text(sumX, sumY + R + 16, `z = ${n(z)}`, { size: 16, tone: 'accent' }));
		const fnName = fn === 'sigmoid' ? 'σ' : fn;
		body.push(arrow(sumX + R, sumY, 226, sumY), box(226, sumY - 20, 56, 40, { rx: 6 }), text(254, sumY, fnName, { size: 17 }));
		body.push(arrow(282, sumY, 306, sumY), text(310, sumY, `a = ${n(a)}`, { anchor: 'start', size: 16, tone: 'accent' }));
		return [{ svg: svg(380, 230, body), caption: { say: 'figure', with: { fn: ACTIVATION_TEX[fn] } }, alt: { say: 'figure-alt', with: { n: `${x.length}`, z: n(z), a: n(a) } } }];
	},
});

/** A weight a reader multiplies by heart: a whole number or a half. */
const WEIGHTS = [-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2];

interface OutputInputs {
	x: number[];
	w: number[];
	b: number;
}

/** The output of a ReLU neuron with three inputs: the weighted sum, the bias, then relu. */
const output: Kind<OutputInputs> = {
	id: 'output',
	draw: (rng) => ({
		x: [pick(rng, -3, 3, true), pick(rng, -3, 3, true), pick(rng, -3, 3, true)],
		w: [0, 0, 0].map(() => WEIGHTS[rng.int(WEIGHTS.length)]!),
		// Never 0, so the bias always shows in the sum.
		b: pick(rng, -3, 3, true),
	}),
	solve: ({ x, w, b }, fmt) => {
		const { z, a } = neuronOutput(x, w, b, 'relu');
		const sum = z - b;
		const vec = (v: number[]) => `(${v.map((t) => fmt(t)).join(';\\ ')})`;
		return {
			vars: { x: `x = ${vec(x)}`, w: `w = ${vec(w)}`, b: `b = ${fmt(b)}` },
			answer: { kind: 'number', value: a },
			steps: [
				{ say: 'sum', tex: `z = ${texWeightedSum(x, w, fmt)} ${plusTerm(b, fmt)} = ${fmt(z)}` },
				{ say: z > 0 ? 'positive' : 'negative', tex: `a = \\operatorname{relu}(${fmt(z)}) = \\max(0, ${fmt(z)}) = ${fmt(a)}` },
			],
			// The sum itself when relu should have zeroed it; the bias left out (with or without relu).
			mistakes: [
				{ value: z, say: 'norelu' },
				{ value: Math.max(0, sum), say: 'nobias' },
				{ value: sum, say: 'nobias' },
			].filter((m, i, all) => m.value !== a && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ x, w, b }) => `np.maximum(np.dot(np.array(${JSON.stringify(w)}), np.array(${JSON.stringify(x)})) + (${b}), 0)`,
};

interface ThresholdInputs {
	w: [number, number];
	b: number;
	x2: number;
}

/** Where the neuron switches on: the x₁ at which w₁x₁ + w₂x₂ + b = 0 for a fixed x₂. */
export function threshold(w: readonly [number, number], b: number, x2: number): number {
	return -(w[1] * x2 + b) / w[0];
}

/** The boundary w·x + b = 0 crossed along x₁: the threshold the bias sets. */
const boundary: Kind<ThresholdInputs> = {
	id: 'boundary',
	draw: (rng) => {
		const w1 = [-2, -1, 1, 2][rng.int(4)]!;
		const w2 = pick(rng, -3, 3);
		const x2 = pick(rng, -2, 2);
		// The crossing is drawn first, a whole number or a half, and the bias made to fit it.
		const crossing = pick(rng, -6, 6) / 2;
		return { w: [w1, w2], b: -(w1 * crossing + w2 * x2) || 0, x2 };
	},
	solve: ({ w, b, x2 }, fmt) => {
		const rest = w[1] * x2 + b;
		const answer = threshold(w, b, x2);
		const clean = (v: number) => v || 0;
		return {
			vars: { w: `w = (${fmt(w[0])};\\ ${fmt(w[1])})`, b: `b = ${fmt(b)}`, x2: `x_2 = ${fmt(x2)}` },
			answer: { kind: 'number', value: clean(answer) },
			steps: [
				{ say: 'equation', tex: `${fmt(w[0])} \\cdot x_1 + ${paren(w[1], fmt)} \\cdot ${paren(x2, fmt)} ${plusTerm(b, fmt)} = 0` },
				{ say: 'collect', tex: `${fmt(w[0])} \\cdot x_1 = ${fmt(clean(-rest))}` },
				{ say: 'divide', tex: `x_1 = \\frac{${fmt(clean(-rest))}}{${fmt(w[0])}} = ${fmt(clean(answer))}` },
			],
			// The sign lost when moving the terms across; the bias forgotten; no division by w₁.
			mistakes: [
				{ value: clean(-answer), say: 'sign' },
				{ value: clean(-(w[1] * x2) / w[0]), say: 'nobias' },
				{ value: clean(-rest), say: 'undivided' },
			].filter((m, i, all) => m.value !== clean(answer) && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ w, b, x2 }) => `np.roots([${w[0]}, (${w[1]})*(${x2}) + (${b})])[0]`,
};

export const practice: TopicModule['practice'] = [output, boundary];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	active: forwardExample({ x: [1, 2, 0.5], w: [0.5, -0.25, 2], b: 0.5, fns: ['relu', 'sigmoid'] }),
	silent: forwardExample({ x: [1, 2, -1], w: [0.5, -0.25, 2], b: 0.5, fns: ['relu', 'sigmoid'] }),
	// The `active` example drawn as inputs → weighted sum → activation.
	figure: figureExample({ x: [1, 2, 0.5], w: [0.5, -0.25, 2], b: 0.5, fns: ['relu'] }),
};

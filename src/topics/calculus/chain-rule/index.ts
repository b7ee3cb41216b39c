/**
 * The chain rule: the derivative of a composition is the product of the local derivatives along the
 * chain, which is what a backward pass multiplies out node by node. One module for the worked example
 * (a small graph's forward and backward pass as the core runs them; the page on the multivariable
 * chain rule shows another graph with the same factory), the practice problems and the tests
 * (tests/topics/calculus/chain-rule.test.ts).
 */
import { traceBackward } from '../../../core/scalar/graph';
import { topologicalOrder } from '../../../core/scalar/topological-order';
import { value, type Value } from '../../../core/scalar/value';
import type { Fmt, Kind } from '../../../practice/types';
import { bar, paren, readable, texPolynomial } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { CHAIN_GRAPHS, type ChainGraphName } from '../functions';
import { coreSlope } from '../differentiation-rules';
import { pick } from '../../draw';
import { axes, curve, dot, label, plot, stack, tangent } from '../../../figures/chart';
import { plain } from '../../../figures/svg';

/** The separator of a list of equalities in a formula: `;` in Russian, where the comma is the decimal sign, `,` in English. */
const listSeparator = (fmt: Fmt) => (fmt(0.5).includes('{,}') ? ';\\quad ' : ',\\quad ');

/** The formula of a node in terms of its parents' names. */
function expression(v: Value, name: (v: Value) => string): string {
	const [a, b] = v.parents.map(name);
	switch (v.op) {
		case 'add': return `${a} + ${b}`;
		case 'sub': return `${a} - ${b}`;
		case 'mul': return `${a} \\cdot ${b}`;
		case 'div': return `\\frac{${a}}{${b}}`;
		case 'pow': return `${a}^{${v.exponent}}`;
		case 'neg': return `-${a}`;
		case 'exp': return `e^{${a}}`;
		case 'log': return `\\ln ${a}`;
		case 'tanh': return `\\tanh ${a}`;
		case 'sigmoid': return `\\sigma(${a})`;
		case 'relu': return `\\operatorname{relu}(${a})`;
		default: return v.op;
	}
}

export interface BackwardStepsInputs {
	graph: ChainGraphName;
	/** Show the forward pass too (default true). */
	forward?: boolean;
}

/**
 * A graph of calc-functions.ts: the forward pass node by node, then the backward pass as the core
 * runs it, one chain-rule product per edge. A value that feeds several nodes gets `+=` lines with
 * the running total: the multivariable chain rule.
 */
export const backwardStepsExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: BackwardStepsInputs): WorkedExample<BackwardStepsInputs> => ({
	inputs,
	blocks: ({ graph, forward = true }, fmt) => {
		const { root, inputs: leaves } = CHAIN_GRAPHS[graph]();
		const order = topologicalOrder(root);
		const byId = new Map<number, Value>(order.map((v) => [v.id, v]));
		const num = (v: number) => readable(v, fmt, 4);
		const factor = (v: number) => (v < 0 ? `(${num(v)})` : num(v));
		const name = (v: Value) => v.label ?? num(v.data);
		const isConstant = (v: Value) => v.op === '' && v.label === undefined;
		const sep = listSeparator(fmt);
		const aligned = (lines: string[], gap = '') => `\\begin{aligned} ${lines.join(` \\\\${gap} `)} \\end{aligned}`;

		const forwardLines = order.filter((v) => v.op !== '').map((v) => `${name(v)} &= ${expression(v, name)} = ${num(v.data)}`);
		const inputLine = leaves.map((v) => `${name(v)} = ${num(v.data)}`).join(sep);

		const steps = traceBackward(root);
		const uses = new Map<number, number>();
		for (const s of steps) for (const c of s.contributions) uses.set(c.parentId, (uses.get(c.parentId) ?? 0) + 1);
		const d = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
		const L = name(root);
		// ū is the accumulated gradient ∂L/∂u, ∂v/∂u the local derivative (content/notation/letters.yaml).
		const backwardLines: string[] = [`${bar(L)} &= 1`];
		for (const step of steps) {
			const node = byId.get(step.nodeId)!;
			for (const c of step.contributions) {
				const parent = byId.get(c.parentId)!;
				if (isConstant(parent)) continue;
				const shared = (uses.get(parent.id) ?? 0) > 1;
				const chain = `${bar(name(node))} \\cdot ${d(name(node), name(parent))}`;
				const numbers = ` = ${factor(step.upstream)} \\cdot ${factor(c.local)}`;
				backwardLines.push(
					shared
						? `${bar(name(parent))} &\\mathrel{+}= ${chain}${numbers} = ${num(c.product)} \\;\\Rightarrow\\; ${num(c.gradAfter)}`
						: `${bar(name(parent))} &= ${chain}${numbers} = ${num(c.product)}`,
				);
			}
		}
		const summary = leaves.map((v) => `${bar(name(v))} = ${num(v.grad)}`).join(sep);
		const blocks: Block[] = forward ? [{ say: 'forward' }, { tex: inputLine }, { tex: aligned(forwardLines) }] : [];
		return [...blocks, { say: 'backward' }, { tex: aligned(backwardLines, '[6pt]') }, { say: 'result' }, { tex: summary }];
	},
});

interface CompositionInputs {
	a: number;
	b: number;
	n: number;
	x0: number;
}

/** f(x) = (ax + b)ⁿ as the core's values. */
export const compositionFunction =
	({ a, b, n }: Omit<CompositionInputs, 'x0'>) =>
	(x: Value) =>
		x.mul(a).add(b).pow(n);

/** d/dx of the composition at x₀, by the core's backward pass. */
export const compositionSlope = (inputs: CompositionInputs): number => coreSlope(compositionFunction(inputs), inputs.x0);

/** The derivative of a power of a linear function at a point: outer derivative times inner. */
const composition: Kind<CompositionInputs> = {
	id: 'composition',
	draw: (rng) => ({ a: pick(rng, -3, 3, true), b: pick(rng, -4, 4), n: 2 + rng.int(2), x0: pick(rng, -2, 2) }),
	solve: (inputs, fmt) => {
		const { a, b, n, x0 } = inputs;
		const answer = compositionSlope(inputs);
		const inner = texPolynomial([a, b], fmt);
		const u = a * x0 + b;
		const outer = n * u ** (n - 1);
		const outerTex = n === 2 ? `2u` : `${n}u^${n - 1}`;
		return {
			vars: { f: `f(x) = (${inner})^${n}`, x0: `x_0 = ${fmt(x0)}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'split', tex: `u = ${inner}, \\quad f = u^${n}, \\quad \\frac{df}{du} = ${outerTex}, \\quad \\frac{du}{dx} = ${fmt(a)}` },
				{ say: 'inner', tex: `u(${fmt(x0)}) = ${fmt(u)}` },
				{ say: 'outer', tex: `\\frac{df}{du} = ${n === 2 ? `2 \\cdot ${paren(u, fmt)}` : `${n} \\cdot ${paren(u, fmt)}^${n - 1}`} = ${fmt(outer)}` },
				{ say: 'multiply', tex: `f'(${fmt(x0)}) = \\frac{df}{du} \\cdot \\frac{du}{dx} = ${paren(outer, fmt)} \\cdot ${paren(a, fmt)} = ${fmt(answer)}` },
			],
			// The outer derivative alone; the value of f.
			mistakes: [
				{ value: outer, say: 'inner' },
				{ value: u ** n, say: 'value' },
			].filter((m) => m.value !== answer),
		};
	},
	numpy: ({ a, b, n, x0 }) => `d(lambda t: ((${a})*t + (${b}))**${n}, ${x0})`,
};

interface NeuronInputs {
	w: number;
	x: number;
	b: number;
	y: number;
}

/** L = (w·x + b − y)² through the core: its value and ∂L/∂w, ∂L/∂b. */
export function neuronGradient({ w, x, b, y }: NeuronInputs): { z: number; e: number; L: number; dw: number; db: number } {
	const wv = value(w, 'w');
	const bv = value(b, 'b');
	const z = wv.mul(x).add(bv);
	const e = z.sub(y);
	const L = e.pow(2);
	L.backward();
	return { z: z.data, e: e.data, L: L.data, dw: wv.grad, db: bv.grad };
}

/** The local derivatives along w → z → e → L, multiplied: the backward pass by hand on one neuron without activation. */
const neuron: Kind<NeuronInputs> = {
	id: 'neuron',
	draw: (rng) => ({ w: pick(rng, -4, 4) / 2, x: pick(rng, -3, 3, true), b: pick(rng, -2, 2), y: pick(rng, -3, 3) }),
	solve: (inputs, fmt) => {
		const { w, x, b, y } = inputs;
		const { z, e, dw } = neuronGradient(inputs);
		return {
			vars: { chain: `z = wx + b, \\quad e = z - y, \\quad L = e^2`, values: `w = ${fmt(w)}, \\; x = ${fmt(x)}, \\; b = ${fmt(b)}, \\; y = ${fmt(y)}`, target: `\\frac{\\partial L}{\\partial w}` },
			answer: { kind: 'number', value: dw },
			steps: [
				{ say: 'forward', tex: `z = ${paren(w, fmt)} \\cdot ${paren(x, fmt)} + ${paren(b, fmt)} = ${fmt(z)}, \\quad e = ${fmt(z)} - ${paren(y, fmt)} = ${fmt(e)}` },
				{ say: 'locals', tex: `\\frac{\\partial L}{\\partial e} = 2e = ${fmt(2 * e)}, \\quad \\frac{\\partial e}{\\partial z} = 1, \\quad \\frac{\\partial z}{\\partial w} = x = ${fmt(x)}` },
				{ say: 'multiply', tex: `\\frac{\\partial L}{\\partial w} = ${paren(2 * e, fmt)} \\cdot 1 \\cdot ${paren(x, fmt)} = ${fmt(dw)}` },
			],
			// The 2 of the square lost; the last factor x left out (that is ∂L/∂b).
			mistakes: [
				{ value: e * x, say: 'two' },
				{ value: 2 * e, say: 'bias' },
			].filter((m) => m.value !== dw),
		};
	},
	numpy: ({ w, x, b, y }) => `d(lambda t: (t*(${x}) + (${b}) - (${y}))**2, ${w})`,
};

/** The named nodes of a graph, found from its root through their parents. */
function namedNodes(root: Value): Map<string, Value> {
	return new Map(topologicalOrder(root).filter((v) => v.label).map((v) => [v.label!, v] as const));
}

export interface RatesInputs {
	graph: ChainGraphName;
	/** The inner node, the node after it (its one operation, σ) and the root (L = (a − 1)², the plot's formulas). */
	chain: [string, string, string];
	windows: { x: [number, number]; y: [number, number]; ticks: { x: number[]; y: number[] } }[];
}

/**
 * The chain rule as two stacked rates: the middle node as a function of the inner one with its tangent
 * (the local slope), then the root as a function of the middle one with its tangent; the product of
 * the two slopes is the root's derivative by the inner node. Every slope and value is the core's.
 */
export const ratesExample = (inputs: RatesInputs): WorkedExample<RatesInputs> => ({
	inputs,
	blocks: ({ graph, chain, windows }, fmt) => {
		const { root } = CHAIN_GRAPHS[graph]();
		root.backward();
		const nodes = namedNodes(root);
		const [inner, middle, outer] = chain.map((n) => nodes.get(n)!);
		// The inner rate is the middle node's local derivative; the outer one is the root's derivative by
		// the middle node, the gradient the backward pass accumulated there (through any unnamed steps).
		const s1 = { slope: middle!.localGrads()[middle!.parents.indexOf(inner!)]!, at: inner!.data };
		const s2 = { slope: middle!.grad, at: middle!.data };
		const fns = [
			(t: number) => value(t).sigmoid().data,
			(t: number) => value(t).sub(value(1)).pow(2).data,
		];
		const plots = [
			{ s: s1, y: middle!.data, names: [chain[0], chain[1]] },
			{ s: s2, y: outer!.data, names: [chain[1], chain[2]] },
		].map(({ s, y, names }, i) => {
			const w = windows[i]!;
			const p = plot({ x: w.x, y: w.y, height: 210 });
			axes(p, w.ticks, fmt, { x: names[0], y: names[1] });
			curve(p, fns[i]!, { tone: 'ink', samples: 50 });
			tangent(p, s.at, y, s.slope, { half: 60 });
			dot(p, s.at, y);
			label(p, s.at, y, `∂${names[1]}/∂${names[0]} = ${plain(fmt(s.slope, 3))}`, { dx: 12, dy: i === 0 ? 20 : -18, anchor: 'start', tone: 'accent' });
			return p;
		});
		const w = {
			d1: `\\frac{\\partial ${chain[1]}}{\\partial ${chain[0]}} = ${fmt(s1.slope, 3)}`,
			d2: `\\frac{\\partial ${chain[2]}}{\\partial ${chain[1]}} = ${fmt(s2.slope, 3)}`,
			at1: `${chain[0]} = ${fmt(s1.at, 3)}`,
			at2: `${chain[1]} = ${fmt(s2.at, 3)}`,
			product: `\\frac{\\partial ${chain[2]}}{\\partial ${chain[0]}} = ${fmt(s1.slope, 3)} \\cdot ${paren(s2.slope, fmt, 3)} = ${fmt(inner!.grad, 3)}`,
		};
		return [{ svg: stack(plots), caption: { say: 'rates', with: w }, alt: { say: 'rates-alt', with: w } }];
	},
});

export const practice: TopicModule['practice'] = [composition, neuron];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	rates: /* @__PURE__ */ ratesExample({ graph: 'sigmoid-neuron', chain: ['z', 'a', 'L'], windows: [{ x: [-4.2, 4.2], y: [-0.15, 1.15], ticks: { x: [-4, -2, 2, 4], y: [0.5, 1] } }, { x: [-0.08, 1.1], y: [-0.12, 1.15], ticks: { x: [0.5, 1], y: [0.5, 1] } }] }),
	neuron: /* @__PURE__ */ backwardStepsExample({ graph: 'sigmoid-neuron' }),
};

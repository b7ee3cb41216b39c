/**
 * The computational graph of one neuron and its squared error, L = (relu(w₁x₁ + w₂x₂ + b) − y)²,
 * built from the core's scalar nodes: every node's value and local derivatives (the forward table),
 * and, for the page on backpropagation, the chain-rule steps the core takes backwards. One module for
 * the worked example, the practice problems and the tests
 * (tests/topics/neural-networks/computational-graph.test.ts).
 */
import type { Rng } from '../../../core/random';
import { traceBackward } from '../../../core/scalar/graph';
import type { Value } from '../../../core/scalar/value';
import type { Fmt, Kind, Step } from '../../../practice/types';
import { bar, listSeparator, paren } from '../../tex';
import type { Block, Cell, TopicModule, WorkedExample } from '../../types';
import { localDerivativeFormula, neuronLossGraph, type NeuronLossInput } from './neuron-loss-graph';
import { pick } from '../../draw';
import { barName, edge, node, plainName, type Box } from '../../../figures/graph';
import { plain, svg } from '../../../figures/svg';

export { localDerivativeFormula, neuronLossGraph, type NeuronLossInput };

/** A signed term after a plus: `+ 2`, `- 0{,}5`. */
const plusTerm = (v: number, fmt: Fmt): string => (v < 0 ? `- ${fmt(-v)}` : `+ ${fmt(v)}`);

export interface GraphExampleInputs extends NeuronLossInput {
	/**
	 * `forward`: one row per node (what it computes, its value, its local derivatives);
	 * `backward`: one row per chain-rule step of backpropagation, in the core's order, then the gradients.
	 */
	mode: 'forward' | 'backward';
	/** forward mode: a parameter (`w_1`, `w_2` or `b`) whose path to L is multiplied out under the table. */
	path?: string;
}

/** The forward table: what each node computes, its value and its local derivatives, then the path of one parameter to L. */
function forwardBlocks({ x, w, b, y, path }: GraphExampleInputs, fmt: Fmt): Block[] {
	const graph = neuronLossGraph({ x, w, b, y });
	const n = (v: number) => fmt(v, 4);
	const parameterNames = new Set(graph.parameters.map(graph.nameOf));
	const rows: Cell[][] = graph.nodes.map(({ node, name, formula }) => {
		const parents = node.parents.map(graph.nameOf);
		const locals = node.localGrads();
		const local = node.parents
			.map((_, slot) => {
				const symbolic = localDerivativeFormula(node.op, parents, slot);
				const numeric = n(locals[slot]!);
				const shown = symbolic === numeric ? numeric : `${symbolic} = ${numeric}`;
				return `\\tfrac{\\partial ${name}}{\\partial ${parents[slot]}} = ${shown}`;
			})
			.join(`${listSeparator(fmt)}\\;\\; `);
		const computes: Cell = formula !== '' ? formula : { say: parameterNames.has(name) ? 'parameter' : name === 'y' ? 'target' : 'input' };
		return [name, computes, n(node.data), local];
	});
	const blocks: Block[] = [{ head: [{ say: 'node' }, { say: 'computes' }, { say: 'value' }, { say: 'local' }], rows }];
	if (path !== undefined) {
		// In this graph every node feeds exactly one other, so the path from a parameter to L is unique.
		const start = graph.nodes.find((entry) => entry.name === path)?.node;
		if (!start) throw new Error(`The neuron's graph has no node ${path}.`);
		const child = new Map(graph.nodes.flatMap(({ node }) => node.parents.map((parent, slot) => [parent.id, { node, slot }] as const)));
		const symbols: string[] = [];
		const symbolic: string[] = [];
		const numbers: number[] = [];
		let current: Value = start;
		for (let next = child.get(current.id); next !== undefined; next = child.get(current.id)) {
			const parents = next.node.parents.map(graph.nameOf);
			symbols.unshift(`\\frac{\\partial ${graph.nameOf(next.node)}}{\\partial ${graph.nameOf(current)}}`);
			symbolic.unshift(localDerivativeFormula(next.node.op, parents, next.slot));
			numbers.unshift(next.node.localGrads()[next.slot]!);
			current = next.node;
		}
		const product = numbers.reduce((a, v) => a * v, 1);
		blocks.push(
			{ tex: `\\frac{\\partial L}{\\partial ${path}} = ${symbols.join('\\,')} = ${symbolic.join(' \\cdot ')}` },
			{ tex: `= ${numbers.map((v) => paren(v, fmt)).join(' \\cdot ')} = ${n(product)}` },
		);
	}
	return blocks;
}

/** The backward table: each chain-rule step the core takes, what every input of the node receives, then the parameters' gradients. */
function backwardBlocks({ x, w, b, y }: GraphExampleInputs, fmt: Fmt): Block[] {
	const graph = neuronLossGraph({ x, w, b, y });
	const steps = traceBackward(graph.root);
	const n = (v: number) => fmt(v, 4);
	const byId = new Map(graph.nodes.map(({ node }) => [node.id, node]));
	const rows: Cell[][] = steps.map((step) => {
		const name = graph.nameOf(byId.get(step.nodeId)!);
		const received = step.contributions.map((c) => {
			const parent = graph.nameOf(byId.get(c.parentId)!);
			const accumulated = c.gradBefore === 0 ? '' : ` \\;(${n(c.gradBefore)} ${c.product < 0 ? '-' : '+'} ${n(Math.abs(c.product))} = ${n(c.gradAfter)})`;
			return `${bar(parent)} \\mathrel{+}= ${paren(step.upstream, fmt)} \\cdot ${paren(c.local, fmt)} = ${n(c.product)}${accumulated}`;
		});
		return [
			String(step.index + 1),
			`${bar(name)} = ${n(step.upstream)}`,
			received.length === 1 ? received[0]! : `\\begin{array}{l} ${received.join(' \\\\ ')} \\end{array}`,
		];
	});
	const summary = graph.parameters.map((p) => `${bar(graph.nameOf(p))} = ${n(p.grad)}`).join(`${listSeparator(fmt)}\\quad `);
	return [{ head: [{ say: 'step' }, { say: 'from' }, { say: 'to' }], rows }, { tex: summary }];
}

/**
 * The neuron's graph as a worked example: the forward table on this page, the backward one on the page
 * on backpropagation. Its sentences (`node`, `computes`, `value`, `local`, `input`, `parameter`,
 * `target`; `step`, `from`, `to`) are in this topic's ru.ts / en.ts.
 */
export const neuronLossExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: GraphExampleInputs): WorkedExample<GraphExampleInputs> => ({
	inputs,
	blocks: (i, fmt) => (i.mode === 'forward' ? forwardBlocks(i, fmt) : backwardBlocks(i, fmt)),
});

/**
 * Where each node of the neuron's graph sits in the figure: leaves on the left, the operations left to
 * right, the loss under the error so the drawing fits the page's column without scrolling.
 */
const FIGURE_LAYOUT: Record<string, [number, number]> = {
	x_1: [60, 30], w_1: [60, 94], x_2: [60, 190], w_2: [60, 254],
	m_1: [192, 62], m_2: [192, 222],
	s: [310, 142], b: [310, 250],
	z: [425, 142], a: [540, 142], y: [540, 250],
	e: [655, 142], L: [655, 250],
};

/**
 * The neuron's graph as a static figure: every node in a box with its forward value (ink) and its
 * gradient ū = ∂L/∂u from the core's backward pass (accent), an arrow for every input of a node.
 * Build-time only: reached from `examples`, never from `practice`.
 */
export function graphFigure(input: NeuronLossInput, fmt: Fmt): string {
	const graph = neuronLossGraph(input);
	traceBackward(graph.root);
	const n = (v: number) => plain(fmt(v, 4));
	const boxes = new Map<Value, Box>();
	const texts = new Map<Value, string[]>();
	for (const { node: v, name } of graph.nodes) {
		const at = FIGURE_LAYOUT[name];
		if (!at) throw new Error(`computational-graph: the figure has no place for the node ${name}; add it to FIGURE_LAYOUT.`);
		const lines = [`${plainName(name)} = ${n(v.data)}`, `${barName(name)} = ${n(v.grad)}`];
		// Wide enough for the longer line at 16 px (about 8.8 px a character, the bar takes none).
		const chars = Math.max(...lines.map((l) => l.replace('\u0304', '').length));
		boxes.set(v, { cx: at[0], cy: at[1], hw: Math.max(44, Math.ceil(chars * 4.4) + 6), hh: 24 });
		texts.set(v, lines);
	}
	const body: string[] = [];
	for (const { node: v } of graph.nodes) for (const parent of v.parents) body.push(edge(boxes.get(parent)!, boxes.get(v)!));
	for (const { node: v } of graph.nodes) {
		const [value, grad] = texts.get(v)!;
		body.push(node(boxes.get(v)!, [{ text: value! }, { text: grad!, tone: 'accent' }], { size: 16 }));
	}
	// The drawing ends where the rightmost and the lowest boxes do.
	const width = Math.max(...[...boxes.values()].map((b) => b.cx + b.hw)) + 6;
	const height = Math.max(...[...boxes.values()].map((b) => b.cy + b.hh)) + 6;
	// At 36rem the 16 px labels stay 13 px or more; a phone scrolls the figure sideways.
	return svg(width, height, body, { minWidth: '36rem' });
}

/** The figure as a worked example of its own, placed where the page talks about the graph. */
export const graphFigureExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: NeuronLossInput): WorkedExample<NeuronLossInput> => ({
	inputs,
	blocks: (i, fmt) => {
		// The text alternative names the parameters' gradients, the numbers a reader looks for in the drawing.
		const graph = neuronLossGraph(i);
		traceBackward(graph.root);
		const [w1, w2, b] = graph.parameters.map((p) => plain(fmt(p.grad, 4)));
		return [{ svg: graphFigure(i, fmt), caption: { say: 'figure' }, alt: { say: 'figure-alt', with: { w1: w1!, w2: w2!, b: b! } } }];
	},
});

/** Small whole inputs for the neuron's graph; z is never exactly 0, where relu has no derivative. */
function drawNeuron(rng: Rng): NeuronLossInput {
	for (;;) {
		const x: [number, number] = [pick(rng, -2, 3, true), pick(rng, -2, 3, true)];
		const w: [number, number] = [pick(rng, -2, 2, true), pick(rng, -2, 2, true)];
		const b = pick(rng, -2, 2);
		if (w[0] * x[0] + w[1] * x[1] + b !== 0) return { x, w, b, y: pick(rng, 0, 3) };
	}
}

/** The graph's values by node name: m_1, m_2, s, z, a, e, L and the inputs. */
export function forwardValues(input: NeuronLossInput): Record<string, number> {
	const graph = neuronLossGraph(input);
	return Object.fromEntries(graph.nodes.map(({ name, node }) => [name, node.data]));
}

/** The question's inputs as TeX. */
const inputVars = ({ x, w, b, y }: NeuronLossInput, fmt: Fmt) => ({
	x: `x = (${fmt(x[0])};\\ ${fmt(x[1])})`,
	w: `w = (${fmt(w[0])};\\ ${fmt(w[1])})`,
	b: `b = ${fmt(b)}`,
	y: `y = ${fmt(y)}`,
});

/** The forward pass node by node as solution steps, up to `last`. */
function forwardSteps({ x, w, b, y }: NeuronLossInput, fmt: Fmt, last: 'z' | 'L'): Step[] {
	const v = forwardValues({ x, w, b, y });
	const steps: Step[] = [
		{ say: 'products', tex: `m_1 = w_1 x_1 = ${paren(w[0], fmt)} \\cdot ${paren(x[0], fmt)} = ${fmt(v.m_1!)}${listSeparator(fmt)} \\quad m_2 = w_2 x_2 = ${paren(w[1], fmt)} \\cdot ${paren(x[1], fmt)} = ${fmt(v.m_2!)}` },
		{ say: 'sums', tex: `s = m_1 + m_2 = ${fmt(v.s!)}${listSeparator(fmt)} \\quad z = s + b = ${fmt(v.s!)} ${plusTerm(b, fmt)} = ${fmt(v.z!)}` },
	];
	if (last === 'z') return steps;
	return [
		...steps,
		{ say: v.z! > 0 ? 'relupass' : 'reluzero', tex: `a = \\operatorname{relu}(${fmt(v.z!)}) = ${fmt(v.a!)}` },
		{ say: 'error', tex: `e = a - y = ${fmt(v.a!)} - ${paren(y, fmt)} = ${fmt(v.e!)}` },
		{ say: 'square', tex: `L = e^2 = ${paren(v.e!, fmt)}^2 = ${fmt(v.L!)}` },
	];
}

/** The forward pass through the neuron's graph: the value of L. */
const forward: Kind<NeuronLossInput> = {
	id: 'forward',
	draw: drawNeuron,
	solve: (input, fmt) => {
		const v = forwardValues(input);
		const L = v.L!;
		const e = v.e!;
		const withoutRelu = (v.z! - input.y) ** 2;
		return {
			vars: inputVars(input, fmt),
			answer: { kind: 'number', value: L },
			steps: forwardSteps(input, fmt, 'L'),
			// The error before squaring; relu skipped on a negative sum.
			mistakes: [
				{ value: e, say: 'unsquared' },
				{ value: withoutRelu, say: 'norelu' },
			].filter((m, i, all) => m.value !== L && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ x, w, b, y }) => `(np.maximum(np.dot(np.array(${JSON.stringify(w)}), np.array(${JSON.stringify(x)})) + (${b}), 0) - (${y}))**2`,
};

/** The local derivatives a problem asks for: of the square, of relu, of a product. */
const EDGES = [
	{ node: 'L', parent: 'e' },
	{ node: 'a', parent: 'z' },
	{ node: 'm_1', parent: 'w_1' },
] as const;

interface LocalInputs extends NeuronLossInput {
	edge: number;
}

/** ∂node/∂parent in the neuron's graph at the values of its forward pass, from the core's node. */
export function localDerivative(input: NeuronLossInput, node: string, parent: string): number {
	const graph = neuronLossGraph(input);
	const entry = graph.nodes.find((n) => n.name === node);
	const slot = entry?.node.parents.findIndex((p) => graph.nameOf(p) === parent) ?? -1;
	if (!entry || slot < 0) throw new Error(`${parent} is not an input of ${node} in the neuron's graph.`);
	return entry.node.localGrads()[slot]!;
}

/** One local derivative of a node: it depends on the forward values, so the pass comes first. */
const local: Kind<LocalInputs> = {
	id: 'local',
	draw: (rng) => ({ ...drawNeuron(rng), edge: rng.int(EDGES.length) }),
	solve: ({ edge, ...input }, fmt) => {
		const { node, parent } = EDGES[edge]!;
		const v = forwardValues(input);
		const answer = localDerivative(input, node, parent);
		const d = `\\frac{\\partial ${node}}{\\partial ${parent}}`;
		const vars = { ...inputVars(input, fmt), d };
		if (node === 'L')
			return {
				vars,
				answer: { kind: 'number', value: answer },
				steps: [...forwardSteps(input, fmt, 'L').slice(0, 4), { say: 'powerrule', tex: `${d} = 2e = 2 \\cdot ${paren(v.e!, fmt)} = ${fmt(answer)}` }],
				// e without the 2 of the power rule; the node's value L instead of its derivative.
				mistakes: [
					{ value: v.e!, say: 'half' },
					{ value: v.L!, say: 'value' },
				].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
			};
		if (node === 'a')
			return {
				vars,
				answer: { kind: 'number', value: answer },
				steps: [...forwardSteps(input, fmt, 'z'), { say: v.z! > 0 ? 'gateopen' : 'gateclosed', tex: `${d} = [z > 0] = ${fmt(answer)}` }],
				// The value z or relu(z) instead of the slope.
				mistakes: [
					{ value: v.z!, say: 'value' },
					{ value: v.a!, say: 'value' },
				].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
			};
		return {
			vars,
			answer: { kind: 'number', value: answer },
			steps: [{ say: 'product', tex: `m_1 = w_1 x_1${listSeparator(fmt)} \\quad ${d} = x_1 = ${fmt(answer)}` }],
			// The factor one differentiates by, or the product's value.
			mistakes: [
				{ value: input.w[0], say: 'ownfactor' },
				{ value: v.m_1!, say: 'value' },
			].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ x, w, b, y, edge }) => {
		const z = `(np.dot(np.array(${JSON.stringify(w)}), np.array(${JSON.stringify(x)})) + (${b}))`;
		const { node } = EDGES[edge]!;
		if (node === 'L') return `d(lambda t: t**2, np.maximum(${z}, 0) - (${y}))`;
		if (node === 'a') return `d(lambda t: max(t, 0.0), ${z})`;
		return `d(lambda t: t * (${x[0]}), ${w[0]})`;
	},
};

export const practice: TopicModule['practice'] = [forward, local];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	forward: neuronLossExample({ x: [2, 1], w: [0.75, -0.5], b: 0.25, y: 2, mode: 'forward', path: 'w_1' }),
	figure: graphFigureExample({ x: [2, 1], w: [0.75, -0.5], b: 0.25, y: 2 }),
};

/**
 * Backpropagation: one pass from the loss back to the inputs, each node handing its gradient to its
 * operands times the local derivative, contributions to a reused value added up. Every number here
 * comes from the core's scalar autograd (`Value.backward`), the same pass the page's tables show;
 * this module only picks inputs and writes the pass out as steps. Its test:
 * tests/topics/neural-networks/backpropagation.test.ts.
 */
import type { Rng } from '../../../core/random';
import { value, type Value } from '../../../core/scalar/value';
import type { Fmt, Kind, Mistake, Step } from '../../../practice/types';
import { bar, paren } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { neuronLossExample } from '../computational-graph';
import { arrow, circle, plain, svg, text } from '../../../figures/svg';
import { TWO_LAYER, twoLayer, type TwoLayerInputs } from './two-layer';

export { TWO_LAYER, twoLayer, twoLayerSteps, type TwoLayerInputs } from './two-layer';

/** A small graph to go through by hand: its formula, its inputs, and how the core builds it (nodes named as the steps call them). */
export interface HandGraph {
	/** L as a formula of the inputs, TeX. */
	tex: string;
	/** The same in Python, for the independent check (inputs by name). */
	python: string;
	inputs: readonly string[];
	build(v: Record<string, Value>): Value;
}

/** b appears twice in the last two graphs: its gradient is the sum over two paths. */
export const HAND_GRAPHS: readonly HandGraph[] = [
	{ tex: 'L = (a b + c)^2', python: '(a*b + c)**2', inputs: ['a', 'b', 'c'], build: ({ a, b, c }) => a!.mul(b!).named('u').add(c!).named('z').pow(2) },
	{
		tex: 'L = \\operatorname{relu}(a b - c) \\cdot d',
		python: 'max(0.0, a*b - c) * d',
		inputs: ['a', 'b', 'c', 'd'],
		build: ({ a, b, c, d }) => a!.mul(b!).named('u').sub(c!).named('z').relu().named('h').mul(d!),
	},
	{ tex: 'L = (a + b)(b - c)', python: '(a + b)*(b - c)', inputs: ['a', 'b', 'c'], build: ({ a, b, c }) => a!.add(b!).named('u').mul(b!.sub(c!).named('v')) },
	{ tex: 'L = a b c + b', python: 'a*b*c + b', inputs: ['a', 'b', 'c'], build: ({ a, b, c }) => a!.mul(b!).named('u').mul(c!).named('z').add(b!) },
];

/** The graph for these inputs, built by the core and gone through backwards. */
export function handPass(form: number, inputs: Record<string, number>) {
	const graph = HAND_GRAPHS[form]!;
	const vars = Object.fromEntries(graph.inputs.map((name) => [name, value(inputs[name]!, name)]));
	const root = graph.build(vars).named('L');
	const steps = root.backward();
	const grads = Object.fromEntries(graph.inputs.map((name) => [name, vars[name]!.grad]));
	return { root, steps, grads, vars };
}

/** What a node computes from its operands' names, for the forward steps. */
function formula(node: Value): string {
	const [p, q] = node.parents.map((v) => v.label ?? '?');
	switch (node.op) {
		case 'add':
			return `${p} + ${q}`;
		case 'sub':
			return `${p} - ${q}`;
		case 'mul':
			return `${p} \\cdot ${q}`;
		case 'pow':
			return `${p}^{${node.exponent}}`;
		case 'relu':
			return `\\operatorname{relu}(${p})`;
		default:
			throw new Error(`backpropagation: no formula for the operation "${node.op}"; add it to \`formula\`.`);
	}
}

/** Every node a root depends on, operands before results. */
function forwardOrder(root: Value): Value[] {
	const seen = new Set<Value>();
	const out: Value[] = [];
	const visit = (v: Value) => {
		if (seen.has(v)) return;
		seen.add(v);
		v.parents.forEach(visit);
		out.push(v);
	};
	visit(root);
	return out;
}

const dL = (name: string) => `\\frac{\\partial L}{\\partial ${name}}`;

/** Forward values, then one line per gradient handed on; a value reached twice shows the sum. */
export function passSteps(root: Value, steps: ReturnType<Value['backward']>, fmt: Fmt): Step[] {
	const nodes = forwardOrder(root);
	const byId = new Map(nodes.map((v) => [v.id, v]));
	const forward: Step[] = nodes
		.filter((v) => v.op !== '')
		.map((v, i) => ({ ...(i === 0 ? { say: 'forward' } : {}), tex: `${v.label} = ${formula(v)} = ${fmt(v.data)}` }));
	const backward: Step[] = [];
	for (const step of steps) {
		const node = byId.get(step.nodeId)!;
		for (const c of step.contributions) {
			const parent = byId.get(c.parentId)!;
			const name = parent.label!;
			const local = `\\frac{\\partial ${node.label}}{\\partial ${name}}`;
			// ū, the accumulated gradient, apart from the local ∂v/∂u (content/notation/letters.yaml).
			const chain = node === root ? `${local} = ${fmt(c.local)}` : `${bar(node.label!)} \\cdot ${local} = ${fmt(step.upstream)} \\cdot ${paren(c.local, fmt)} = ${fmt(c.product)}`;
			const tex = c.gradBefore === 0 ? `${bar(name)} = ${chain}` : `${bar(name)} = ${fmt(c.gradBefore)} + ${paren(c.product, fmt)} = ${fmt(c.gradAfter)}`;
			backward.push({ ...(backward.length === 0 ? { say: 'backward' } : {}), ...(c.gradBefore !== 0 ? { say: 'sum' } : {}), tex });
		}
	}
	return [...forward, ...backward];
}

/** A whole number from −3 to 3 without 0, so no product vanishes by accident. */
const small = (rng: Rng) => (rng.int(2) ? 1 : -1) * (1 + rng.int(3));

interface GraphInputs {
	form: number;
	values: Record<string, number>;
	target: string;
}

/** ∂L/∂(one input) of a small graph, backwards by hand. */
const graph: Kind<GraphInputs> = {
	id: 'graph',
	draw: (rng) => {
		const form = rng.int(HAND_GRAPHS.length);
		const names = HAND_GRAPHS[form]!.inputs;
		const values = Object.fromEntries(names.map((n) => [n, small(rng)]));
		return { form, values, target: names[rng.int(names.length)]! };
	},
	solve: ({ form, values, target }, fmt) => {
		const { root, steps, grads, vars } = handPass(form, values);
		const answer = grads[target]!;
		const names = HAND_GRAPHS[form]!.inputs;
		const mistakes: Mistake[] = [];
		// A value used twice: one path's product alone is the classic slip.
		const byPath = steps.flatMap((s) => s.contributions).filter((c) => c.parentId === vars[target]!.id);
		if (byPath.length > 1) for (const c of byPath) if (c.product !== answer) mistakes.push({ value: c.product, say: 'one-path' });
		// Through relu as if it were not there: the slope 1 where it is 0.
		if (form === 1 && values.a! * values.b! - values.c! <= 0) {
			const identity = { a: values.b! * values.d!, b: values.a! * values.d!, c: -values.d!, d: values.a! * values.b! - values.c! }[target]!;
			if (identity !== answer) mistakes.push({ value: identity, say: 'relu' });
		}
		return {
			vars: { L: HAND_GRAPHS[form]!.tex, values: names.map((n) => `${n} = ${fmt(values[n]!)}`).join(', \\; '), target: dL(target) },
			answer: { kind: 'number', value: answer },
			steps: [...passSteps(root, steps, fmt), { say: 'answer', tex: `${dL(target)} = ${fmt(answer)}` }],
			mistakes: dedupe(mistakes),
		};
	},
	numpy: ({ form, values, target }) => {
		const g = HAND_GRAPHS[form]!;
		const i = g.inputs.indexOf(target);
		return `grad(lambda v: (lambda ${g.inputs.join(', ')}: ${g.python})(*v), [${g.inputs.map((n) => values[n]).join(', ')}])[${i}]`;
	},
};

/** Mistakes with distinct values, the first explanation kept. */
function dedupe(mistakes: Mistake[]): Mistake[] {
	const seen = new Set<string>();
	return mistakes.filter((m) => !seen.has(String(m.value)) && seen.add(String(m.value)));
}

interface NeuronInputs {
	x: [number, number];
	w: [number, number];
	b: number;
	y: number;
}

/** The neuron of the page, L = (relu(w₁x₁ + w₂x₂ + b) − y)², by the core: its gradients and the values on the way. */
export function neuronGradients({ x, w, b, y }: NeuronInputs) {
	const [x1, x2] = [value(x[0], 'x_1'), value(x[1], 'x_2')];
	const [w1, w2, bb] = [value(w[0], 'w_1'), value(w[1], 'w_2'), value(b, 'b')];
	const z = w1.mul(x1).add(w2.mul(x2)).add(bb);
	const a = z.relu();
	const loss = a.sub(value(y)).pow(2);
	loss.backward();
	return { z: z.data, a: a.data, loss: loss.data, da: a.grad, dz: z.grad, grads: [w1.grad, w2.grad, bb.grad] as [number, number, number] };
}

/** ∂L/∂(w₁, w₂, b) of one ReLU neuron with a squared loss. */
const neuron: Kind<NeuronInputs> = {
	id: 'neuron',
	draw: (rng) => {
		for (;;) {
			const x: [number, number] = [1 + rng.int(3), rng.int(5) - 2];
			const w: [number, number] = [[-1, -0.5, 0.5, 1, 1.5][rng.int(5)]!, [-1, -0.5, 0.5, 1][rng.int(4)]!];
			const b = rng.int(5) - 2;
			const y = rng.int(5);
			const z = w[0] * x[0] + w[1] * x[1] + b;
			// Away from relu's kink, where the slope is a convention, not a derivative.
			if (Math.abs(z) >= 0.5) return { x, w, b, y };
		}
	},
	solve: (inputs, fmt) => {
		const { x, w, b, y } = inputs;
		const r = neuronGradients(inputs);
		const alive = r.z > 0;
		const grads = r.grads;
		const vec = (v: readonly number[]) => `(${v.map((n) => fmt(n)).join('; \\ ')})`;
		return {
			vars: { x: `x = ${vec(x)}`, w: `w = ${vec(w)}`, b: `b = ${fmt(b)}`, y: `y = ${fmt(y)}` },
			answer: { kind: 'vector', value: [...grads] },
			steps: [
				{ say: 'z', tex: `z = ${fmt(w[0])} \\cdot ${paren(x[0], fmt)} + ${paren(w[1], fmt)} \\cdot ${paren(x[1], fmt)} + ${paren(b, fmt)} = ${fmt(r.z)}` },
				{ tex: `a = \\operatorname{relu}(${fmt(r.z)}) = ${fmt(r.a)}` },
				{ say: 'da', tex: `\\bar a = 2(a - y) = 2 \\cdot (${fmt(r.a)} - ${paren(y, fmt)}) = ${fmt(r.da)}` },
				{ say: alive ? 'alive' : 'dead', tex: `\\bar z = \\bar a \\cdot \\frac{\\partial a}{\\partial z} = ${fmt(r.da)} \\cdot ${alive ? 1 : 0} = ${fmt(r.dz)}` },
				{
					say: 'params',
					tex: `(\\bar w_1; \\ \\bar w_2; \\ \\bar b) = (${fmt(r.dz)} \\cdot ${paren(x[0], fmt)}; \\ ${fmt(r.dz)} \\cdot ${paren(x[1], fmt)}; \\ ${fmt(r.dz)}) = ${vec(grads)}`,
				},
			],
			mistakes: dedupe(
				[
					// The 2 of the square forgotten; relu's slope taken as 1 on the flat side; w where x belongs.
					{ value: grads.map((g) => g / 2), say: 'half' },
					...(alive ? [] : [{ value: [x[0], x[1], 1].map((xi) => 2 * (r.z - y) * xi), say: 'dead' }]),
					{ value: [r.dz * w[0], r.dz * w[1], r.dz], say: 'weights' },
				].filter((m) => m.value.some((v, i) => Math.abs(v - grads[i]!) > 1e-9)),
			),
		};
	},
	numpy: ({ x, w, b, y }) => `grad(lambda p: (max(0.0, p[0]*${x[0]} + p[1]*(${x[1]}) + p[2]) - ${y})**2, [${w[0]}, ${w[1]}, ${b}])`,
};

const d = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
/** The accumulated gradient ū = ∂L/∂u (content/notation/letters.yaml). */

/** The network drawn with its forward values (ink) and the gradients of the loss (accent) at every node. */
function twoLayerFigure(p: TwoLayerInputs, r: ReturnType<typeof twoLayer>, fmt: Fmt): string {
	const n = (v: number) => plain(fmt(v));
	const X = [60, 260, 450, 570];
	const rows = [70, 220];
	const mid = 145;
	const R = 27;
	const body: string[] = [];
	// Edges first, so the nodes' text sits on top; each weight by its edge, a third of the way along.
	for (const t of [0, 1]) for (const j of [0, 1]) {
		body.push(arrow(X[0]!, rows[t]!, X[1]!, rows[j]!, { gap: R }));
		// Straight edges: the label above the middle. Crossing edges: on the line, past the crossing, so the two labels sit apart.
		const at = t === j ? 0.5 : 0.64;
		const [lx, ly] = [X[0]! + (X[1]! - X[0]!) * at, rows[t]! + (rows[j]! - rows[t]!) * at + (t === j ? -12 : 0)];
		body.push(text(lx, ly, `w${['₁₁', '₁₂', '₂₁', '₂₂'][2 * t + j]} = ${n(p.w[t]![j]!)}`, { size: 13, tone: 'muted' }));
	}
	for (const j of [0, 1]) {
		body.push(arrow(X[1]!, rows[j]!, X[2]!, mid, { gap: R }));
		body.push(text((X[1]! + X[2]!) / 2, (rows[j]! + mid) / 2 + (j === 0 ? -14 : 14), `v${'₁₂'[j]} = ${n(p.v[j]!)}`, { size: 13, tone: 'muted' }));
	}
	body.push(arrow(X[2]!, mid, X[3]!, mid, { gap: R }));
	const node = (cx: number, cy: number, name: string, forward: string, grad: string) => {
		body.push(circle(cx, cy, R, 'ink'), text(cx, cy, name, { size: 17, weight: 'bold' }));
		body.push(text(cx, cy - R - 12, forward, { size: 14 }), text(cx, cy + R + 14, grad, { size: 14, tone: 'accent' }));
	};
	for (const t of [0, 1]) node(X[0]!, rows[t]!, `x${'₁₂'[t]}`, n(p.x[t]!), `x̄${'₁₂'[t]} = ${n(r.grads.x[t]!)}`);
	for (const j of [0, 1]) node(X[1]!, rows[j]!, `a${'₁₂'[j]}`, `z = ${n(r.z[j]!)}, a = ${n(r.a[j]!)}`, `z̄${'₁₂'[j]} = ${n(r.grads.z[j]!)}`);
	node(X[2]!, mid, 'ŷ', n(r.yhat), `ŷ̄ = ${n(r.grads.yhat)}`);
	node(X[3]!, mid, 'L', n(r.loss), 'L̄ = 1');
	return svg(630, 285, body, { minWidth: '32rem' });
}

/** The page's two-layer example: the network, the forward pass, the backward pass with its sums, one update. */
export const twoLayerExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: TwoLayerInputs): WorkedExample<TwoLayerInputs> => ({
	inputs,
	blocks: (p, fmt): Block[] => {
		const r = twoLayer(p);
		const f = (v: number) => fmt(v);
		const pr = (v: number) => paren(v, fmt);
		const sub = ['1', '2'];
		const forward: string[][] = [
			...[0, 1].map((j) => [`z_${sub[j]}`, `x_1 w_{1${sub[j]}} + x_2 w_{2${sub[j]}} + b_${sub[j]} = ${f(p.x[0])} \\cdot ${pr(p.w[0][j]!)} + ${f(p.x[1])} \\cdot ${pr(p.w[1][j]!)} + ${pr(p.b[j]!)}`, f(r.z[j]!)]),
			...[0, 1].map((j) => [`a_${sub[j]}`, `\\operatorname{relu}(z_${sub[j]})`, f(r.a[j]!)]),
			['\\hat y', `a_1 v_1 + a_2 v_2 + c = ${f(r.a[0])} \\cdot ${pr(p.v[0])} + ${f(r.a[1])} \\cdot ${pr(p.v[1])} + ${pr(p.c)}`, f(r.yhat)],
			['L', `(\\hat y - y)^2 = (${f(r.yhat)} - ${pr(p.y)})^2`, f(r.loss)],
		];
		const G = r.grads;
		const Y = bar('\\hat y');
		// Each row: ū = v̄ · ∂v/∂u with the local derivative written out, then the numbers.
		const backward: string[][] = [
			[Y, `\\bar L \\cdot ${d('L', '\\hat y')} = 1 \\cdot 2(\\hat y - y) = 2 \\cdot (${f(r.yhat)} - ${pr(p.y)})`, f(G.yhat)],
			...[0, 1].map((j) => [bar(`v_${sub[j]}`), `${Y} \\cdot ${d('\\hat y', `v_${sub[j]}`)} = ${Y} \\cdot a_${sub[j]} = ${f(G.yhat)} \\cdot ${pr(r.a[j]!)}`, f(G.v[j]!)]),
			[bar('c'), `${Y} \\cdot ${d('\\hat y', 'c')} = ${Y} \\cdot 1`, f(G.c)],
			...[0, 1].map((j) => [bar(`a_${sub[j]}`), `${Y} \\cdot ${d('\\hat y', `a_${sub[j]}`)} = ${Y} \\cdot v_${sub[j]} = ${f(G.yhat)} \\cdot ${pr(p.v[j]!)}`, f(G.a[j]!)]),
			...[0, 1].map((j) => [bar(`z_${sub[j]}`), `${bar(`a_${sub[j]}`)} \\cdot ${d(`a_${sub[j]}`, `z_${sub[j]}`)} = ${bar(`a_${sub[j]}`)} \\cdot \\operatorname{relu}'(z_${sub[j]}) = ${f(G.a[j]!)} \\cdot ${r.z[j]! > 0 ? 1 : 0}`, f(G.z[j]!)]),
			...[0, 1].flatMap((j) => [0, 1].map((t) => [bar(`w_{${sub[t]}${sub[j]}}`), `${bar(`z_${sub[j]}`)} \\cdot x_${sub[t]} = ${f(G.z[j]!)} \\cdot ${pr(p.x[t]!)}`, f(G.w[t]![j]!)])),
			...[0, 1].map((j) => [bar(`b_${sub[j]}`), `${bar(`z_${sub[j]}`)} \\cdot 1`, f(G.b[j]!)]),
			...[0, 1].map((t) => [
				bar(`x_${sub[t]}`),
				`${bar('z_1')} \\cdot w_{${sub[t]}1} + ${bar('z_2')} \\cdot w_{${sub[t]}2} = ${f(G.z[0])} \\cdot ${pr(p.w[t]![0]!)} + ${pr(G.z[1])} \\cdot ${pr(p.w[t]![1]!)}`,
				f(G.x[t]!),
			]),
		];
		const params: [string, number, number, number][] = [
			...[0, 1].flatMap((t) => [0, 1].map((j) => [`w_{${sub[t]}${sub[j]}}`, p.w[t]![j]!, G.w[t]![j]!, r.next.w[t]![j]!] as [string, number, number, number])),
			...[0, 1].map((j) => [`b_${sub[j]}`, p.b[j]!, G.b[j]!, r.next.b[j]!] as [string, number, number, number]),
			...[0, 1].map((j) => [`v_${sub[j]}`, p.v[j]!, G.v[j]!, r.next.v[j]!] as [string, number, number, number]),
			['c', p.c, G.c, r.next.c],
		];
		return [
			// One equation per line, aligned at «=»: side by side they were wider than a phone.
			{ tex: `\\begin{aligned} z_j &= x_1 w_{1j} + x_2 w_{2j} + b_j, \\\\ a_j &= \\operatorname{relu}(z_j), \\\\ \\hat y &= a_1 v_1 + a_2 v_2 + c, \\\\ L &= (\\hat y - y)^2 \\end{aligned}` },
			{
				say: 'net-inputs',
				with: {
					x: `x = (${f(p.x[0])};\\ ${f(p.x[1])})`,
					y: `y = ${f(p.y)}`,
					w: `w_{11} = ${f(p.w[0][0])},\\ w_{12} = ${f(p.w[0][1])},\\ w_{21} = ${f(p.w[1][0])},\\ w_{22} = ${f(p.w[1][1])}`,
					b: `b = (${f(p.b[0])};\\ ${f(p.b[1])})`,
					v: `v = (${f(p.v[0])};\\ ${f(p.v[1])})`,
					c: `c = ${f(p.c)}`,
				},
			},
			{ svg: twoLayerFigure(p, r, fmt), caption: { say: 'net-figure' }, alt: { say: 'net-figure-alt' } },
			{ say: 'net-forward' },
			{ head: [{ say: 'node' }, { say: 'computes' }, { say: 'value' }], rows: forward },
			{ say: 'net-backward' },
			{ head: [{ say: 'gradient' }, { say: 'chain' }, { say: 'value' }], rows: backward },
			{ say: 'net-sum', with: { x1: bar('x_1'), z1: bar('z_1'), z2: bar('z_2') } },
			{ say: 'net-update', with: { eta: `\\eta = ${f(p.eta)}` } },
			{ head: [{ say: 'parameter' }, { say: 'before' }, { say: 'gradient' }, { say: 'after' }], rows: params.map(([name, before, grad, after]) => [name, f(before), f(grad), f(after)]) },
			{ say: 'net-after', with: { before: `L = ${f(r.loss)}`, after: `L = ${f(r.lossAfter)}` } },
		];
	},
});

export const practice: TopicModule['practice'] = [graph, neuron];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	// The computational-graph page's neuron, gone through backwards; then the same neuron with a negative sum.
	live: neuronLossExample({ x: [2, 1], w: [0.75, -0.5], b: 0.25, y: 2, mode: 'backward' }),
	dead: neuronLossExample({ x: [2, 1], w: [0.75, -0.5], b: -2, y: 2, mode: 'backward' }),
	twoLayer: twoLayerExample(TWO_LAYER),
};

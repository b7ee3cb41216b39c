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
import { paren } from '../../tex';
import type { TopicModule } from '../../types';

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
			const chain = node === root ? `${local} = ${fmt(c.local)}` : `${dL(node.label!)} \\cdot ${local} = ${fmt(step.upstream)} \\cdot ${paren(c.local, fmt)} = ${fmt(c.product)}`;
			const tex = c.gradBefore === 0 ? `${dL(name)} = ${chain}` : `${dL(name)} = ${fmt(c.gradBefore)} + ${paren(c.product, fmt)} = ${fmt(c.gradAfter)}`;
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
	const h = z.relu();
	const loss = h.sub(value(y)).pow(2);
	loss.backward();
	return { z: z.data, h: h.data, loss: loss.data, dh: h.grad, dz: z.grad, grads: [w1.grad, w2.grad, bb.grad] as [number, number, number] };
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
				{ tex: `h = \\operatorname{relu}(${fmt(r.z)}) = ${fmt(r.h)}` },
				{ say: 'dh', tex: `\\frac{\\partial L}{\\partial h} = 2(h - y) = 2 \\cdot (${fmt(r.h)} - ${paren(y, fmt)}) = ${fmt(r.dh)}` },
				{ say: alive ? 'alive' : 'dead', tex: `\\frac{\\partial L}{\\partial z} = ${fmt(r.dh)} \\cdot ${alive ? 1 : 0} = ${fmt(r.dz)}` },
				{
					say: 'params',
					tex: `\\left(\\frac{\\partial L}{\\partial w_1}; \\ \\frac{\\partial L}{\\partial w_2}; \\ \\frac{\\partial L}{\\partial b}\\right) = (${fmt(r.dz)} \\cdot ${paren(x[0], fmt)}; \\ ${fmt(r.dz)} \\cdot ${paren(x[1], fmt)}; \\ ${fmt(r.dz)}) = ${vec(grads)}`,
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

const topic: TopicModule = { practice: [graph, neuron] };
export const { practice } = topic;

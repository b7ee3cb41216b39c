import { value, type Value } from '../../../core/scalar/value';

/**
 * The computational graph of one neuron and its squared error, L = (relu(w₁x₁ + w₂x₂ + b) − y)²,
 * built from the core's scalar nodes, each with a TeX name for the tables on the graph and
 * backpropagation pages (the example in ./index.ts); tested at the matching path under tests/topics.
 */

export interface NeuronLossInput {
	x: readonly [number, number];
	w: readonly [number, number];
	b: number;
	y: number;
}

export interface NamedGraph {
	/** The loss L, the root of the graph. */
	root: Value;
	/** Every node in the order it was created (inputs first), with its TeX name. */
	nodes: { node: Value; name: string; formula: string }[];
	/** The TeX name of a node. */
	nameOf: (node: Value) => string;
	/** The nodes a reader would train: w₁, w₂, b. */
	parameters: Value[];
}

export function neuronLossGraph({ x, w, b, y }: NeuronLossInput): NamedGraph {
	const nodes: NamedGraph['nodes'] = [];
	const names = new Map<Value, string>();
	const add = (node: Value, name: string, formula = ''): Value => {
		nodes.push({ node, name, formula });
		names.set(node, name);
		return node;
	};
	const x1 = add(value(x[0]), 'x_1');
	const x2 = add(value(x[1]), 'x_2');
	const w1 = add(value(w[0]), 'w_1');
	const w2 = add(value(w[1]), 'w_2');
	const bias = add(value(b), 'b');
	const target = add(value(y), 'y');
	const m1 = add(w1.mul(x1), 'm_1', 'w_1 x_1');
	const m2 = add(w2.mul(x2), 'm_2', 'w_2 x_2');
	const s = add(m1.add(m2), 's', 'm_1 + m_2');
	const z = add(s.add(bias), 'z', 's + b');
	// The activation is a and the error e, as on every page (content/notation/letters.yaml).
	const a = add(z.relu(), 'a', '\\operatorname{relu}(z)');
	const e = add(a.sub(target), 'e', 'a - y');
	const loss = add(e.pow(2), 'L', 'e^2');
	return { root: loss, nodes, nameOf: (node) => names.get(node) ?? '?', parameters: [w1, w2, bias] };
}

/**
 * ∂node/∂parent written symbolically, for the forward table: `x_1` for ∂m₁/∂w₁, `2e` for ∂L/∂e.
 * Only the operations the neuron graph uses are known.
 */
export function localDerivativeFormula(op: string, parents: readonly string[], slot: number): string {
	switch (op) {
		case 'mul':
			return parents[1 - slot]!;
		case 'add':
			return '1';
		case 'sub':
			return slot === 0 ? '1' : '-1';
		case 'pow':
			return `2${parents[0]}`;
		case 'relu':
			return `[${parents[0]} > 0]`;
		default:
			throw new Error(`No symbolic derivative for ${op}`);
	}
}

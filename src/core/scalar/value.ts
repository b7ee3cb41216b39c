/**
 * Reverse-mode automatic differentiation on single numbers: the whole idea of backpropagation with
 * nothing else in the way.
 *
 * Every operation creates a node holding its result and, right beside it, how to get its local
 * derivatives ∂out/∂parent. Backpropagation is then generic: walk the nodes from the output back
 * and add "gradient of the node × local derivative" to each parent (the chain rule).
 */
import { topologicalOrder } from './topological-order';

export type Operand = Value | number;

/** Ids only need to be unique, so that widgets can key nodes and edges by them. */
let nextId = 0;

export class Value {
	readonly id = nextId++;
	data: number;
	/** ∂(root of the last backward)/∂(this node); 0 until backward runs. */
	grad = 0;
	/** Name of the operation that produced the node; '' for an input or a constant. */
	readonly op: string;
	/**
	 * The operands in order: an array, not a set, so x·x keeps both uses of x and the order stays
	 * meaningful for a − b and a / b.
	 */
	readonly parents: readonly Value[];
	/** A name for display, such as 'w1' or 'L'. */
	label: string | undefined;
	/** The constant exponent of a 'pow' node, which a drawing needs to show x². */
	readonly exponent: number | undefined;
	private readonly local: () => readonly number[];

	/**
	 * `new Value(2, 'a')` makes an input. The remaining arguments are for operations: local returns
	 * ∂this/∂parents[i] for each i, in the order of `parents`.
	 */
	constructor(
		data: number,
		label?: string,
		op = '',
		parents: readonly Value[] = [],
		local: () => readonly number[] = () => [],
		exponent?: number,
	) {
		this.data = data;
		this.label = label;
		this.op = op;
		this.parents = parents;
		this.local = local;
		this.exponent = exponent;
	}

	/** ∂this/∂parents[i] for each parent, evaluated at the values of the forward pass. */
	localGrads(): readonly number[] {
		return this.local();
	}

	add(other: Operand): Value {
		const b = toValue(other);
		return node('add', [this, b], this.data + b.data, () => [1, 1]);
	}

	sub(other: Operand): Value {
		const b = toValue(other);
		return node('sub', [this, b], this.data - b.data, () => [1, -1]);
	}

	mul(other: Operand): Value {
		const b = toValue(other);
		const x = this.data;
		const y = b.data;
		// Each factor's derivative is the other factor.
		return node('mul', [this, b], x * y, () => [y, x]);
	}

	div(other: Operand): Value {
		const b = toValue(other);
		const x = this.data;
		const y = b.data;
		return node('div', [this, b], x / y, () => [1 / y, -x / (y * y)]);
	}

	/** xᵏ for a constant k; a variable exponent would need exp(k·log x) and a positive base. */
	pow(k: number): Value {
		const x = this.data;
		// x⁰ is the constant 1; the general formula would give 0 · 0⁻¹ = NaN at x = 0.
		return node('pow', [this], x ** k, () => [k === 0 ? 0 : k * x ** (k - 1)], k);
	}

	neg(): Value {
		return node('neg', [this], -this.data, () => [-1]);
	}

	exp(): Value {
		const e = Math.exp(this.data);
		// e^x is its own derivative, so the forward result is reused.
		return node('exp', [this], e, () => [e]);
	}

	log(): Value {
		const x = this.data;
		return node('log', [this], Math.log(x), () => [1 / x]);
	}

	tanh(): Value {
		const t = Math.tanh(this.data);
		return node('tanh', [this], t, () => [1 - t * t]);
	}

	/**
	 * The overflow-free formula of the matrix path's stableSigmoid, written out again so that a widget
	 * using only the scalar graph does not load a shared chunk for two lines: only an exponent ≤ 0 is
	 * ever taken.
	 */
	sigmoid(): Value {
		const x = this.data;
		const s = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
		return node('sigmoid', [this], s, () => [s * (1 - s)]);
	}

	/** At exactly 0 the derivative is taken as 0, as in every framework. */
	relu(): Value {
		const x = this.data;
		return node('relu', [this], x > 0 ? x : 0, () => [x > 0 ? 1 : 0]);
	}

	/** Sets a display name and returns the node, so a graph can be built and labelled in one expression. */
	named(label: string): this {
		this.label = label;
		return this;
	}

	/**
	 * Fills `grad` of every node this one depends on with ∂this/∂node.
	 *
	 * Gradients are accumulated with += because a node used twice (x·x, or a weight shared by
	 * several examples) receives one contribution per use. They are reset first, so calling backward
	 * again, or on another output of the same graph, gives fresh answers rather than sums of old ones.
	 */
	backward(): void {
		// graph.ts replays this same walk one step at a time for the widgets; this plain loop is kept
		// so that widgets which only need gradients do not bundle the step-by-step record.
		const order = topologicalOrder(this);
		for (const node of order) node.grad = 0;
		this.grad = 1;
		for (let i = order.length - 1; i >= 0; i--) {
			const node = order[i];
			if (node.parents.length === 0) continue;
			const local = node.localGrads();
			for (let p = 0; p < node.parents.length; p++) node.parents[p].grad += node.grad * local[p];
		}
	}
}

/**
 * The result of operation `op` on `parents`, with its value and, right beside it, ∂result/∂parents[i]
 * for each i (evaluated lazily, only if backpropagation reaches the node).
 */
function node(op: string, parents: readonly Value[], data: number, local: () => readonly number[], exponent?: number): Value {
	return new Value(data, undefined, op, parents, local, exponent);
}

/** A number becomes a constant leaf of the graph; a Value is used as it is. */
function toValue(x: Operand): Value {
	return x instanceof Value ? x : new Value(x);
}

/** An input of the graph. */
export function value(data: number, label?: string): Value {
	return new Value(data, label);
}

// Binary operations as functions, for when the left operand is a plain number: sub(1, x).
export const add = (a: Operand, b: Operand): Value => toValue(a).add(b);
export const sub = (a: Operand, b: Operand): Value => toValue(a).sub(b);
export const mul = (a: Operand, b: Operand): Value => toValue(a).mul(b);
export const div = (a: Operand, b: Operand): Value => toValue(a).div(b);

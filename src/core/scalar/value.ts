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
		return new Value(this.data + b.data, undefined, 'add', [this, b], () => [1, 1]);
	}

	sub(other: Operand): Value {
		const b = toValue(other);
		return new Value(this.data - b.data, undefined, 'sub', [this, b], () => [1, -1]);
	}

	mul(other: Operand): Value {
		const b = toValue(other);
		const x = this.data;
		const y = b.data;
		// Each factor's derivative is the other factor.
		return new Value(x * y, undefined, 'mul', [this, b], () => [y, x]);
	}

	div(other: Operand): Value {
		const b = toValue(other);
		const x = this.data;
		const y = b.data;
		return new Value(x / y, undefined, 'div', [this, b], () => [1 / y, -x / (y * y)]);
	}

	/** xᵏ for a constant k; a variable exponent would need exp(k·log x) and a positive base. */
	pow(k: number): Value {
		const x = this.data;
		// x⁰ is the constant 1; the general formula would give 0 · 0⁻¹ = NaN at x = 0.
		return new Value(x ** k, undefined, 'pow', [this], () => [k === 0 ? 0 : k * x ** (k - 1)], k);
	}

	neg(): Value {
		return new Value(-this.data, undefined, 'neg', [this], () => [-1]);
	}

	exp(): Value {
		const e = Math.exp(this.data);
		// e^x is its own derivative, so the forward result is reused.
		return new Value(e, undefined, 'exp', [this], () => [e]);
	}

	log(): Value {
		const x = this.data;
		return new Value(Math.log(x), undefined, 'log', [this], () => [1 / x]);
	}

	tanh(): Value {
		const t = Math.tanh(this.data);
		return new Value(t, undefined, 'tanh', [this], () => [1 - t * t]);
	}

	sigmoid(): Value {
		const x = this.data;
		// The branch keeps e^(±x) from overflowing: only an exponent ≤ 0 is ever taken.
		const s = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
		return new Value(s, undefined, 'sigmoid', [this], () => [s * (1 - s)]);
	}

	/** At exactly 0 the derivative is taken as 0, as in every framework. */
	relu(): Value {
		const x = this.data;
		return new Value(x > 0 ? x : 0, undefined, 'relu', [this], () => [x > 0 ? 1 : 0]);
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

/** A number becomes a constant leaf of the graph; a Value is used as it is. */
export function toValue(x: Operand): Value {
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

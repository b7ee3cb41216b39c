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

/** What one use of a parent receives: ∂L/∂parent += ∂L/∂node · ∂node/∂parent. */
export interface Contribution {
	parentId: number;
	slot: number;
	/** ∂node/∂parent, the local derivative. */
	local: number;
	/** upstream · local, the amount added to the parent's gradient. */
	product: number;
	/** The parent's gradient before and after this addition (they differ from 0 when a value is reused). */
	gradBefore: number;
	gradAfter: number;
}

/** One application of the chain rule: a node passes its gradient to each of its operands. */
export interface BackwardStep {
	/** 0, 1, 2, … in the order the steps happen. */
	index: number;
	nodeId: number;
	op: string;
	/** ∂L/∂node, complete by the time the node is visited. */
	upstream: number;
	contributions: Contribution[];
}

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
	/**
	 * ∂this/∂parents[i] for each parent, evaluated at the values of the forward pass. A function, so
	 * it is computed only if backpropagation reaches the node.
	 */
	readonly localGrads: () => readonly number[];

	/**
	 * `new Value(2, 'a')` makes an input. The remaining arguments are for operations: localGrads
	 * returns ∂this/∂parents[i] for each i, in the order of `parents`.
	 */
	constructor(
		data: number,
		label?: string,
		op = '',
		parents: readonly Value[] = [],
		localGrads: () => readonly number[] = () => [],
		exponent?: number,
	) {
		this.data = data;
		this.label = label;
		this.op = op;
		this.parents = parents;
		this.localGrads = localGrads;
		this.exponent = exponent;
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

	/** The matrix path's formula (tensor/activations.ts says why it is safe for any x). */
	sigmoid(): Value {
		const s = 1 / (1 + Math.exp(-this.data));
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
	 * Fills `grad` of every node this one depends on with ∂this/∂node, and returns what each step of
	 * the chain rule did, for widgets that replay it (graph.ts).
	 *
	 * Gradients are accumulated with += because a node used twice (x·x, or a weight shared by
	 * several examples) receives one contribution per use. They are reset first, so calling backward
	 * again, or on another output of the same graph, gives fresh answers rather than sums of old ones.
	 * The record is made even when nobody reads it: one walk serves both uses, so the replay cannot
	 * drift from the real thing, and a teaching graph of a few dozen nodes costs nothing to describe.
	 */
	backward(): BackwardStep[] {
		const order = topologicalOrder<Value>(this);
		for (const node of order) node.grad = 0;
		this.grad = 1;
		const steps: BackwardStep[] = [];
		// Walking the order backwards reaches a node only after every use of it has sent its gradient.
		for (const node of order.reverse()) {
			// Inputs and constants have no step: they only receive.
			if (node.parents.length === 0) continue;
			const local = node.localGrads();
			steps.push({
				index: steps.length,
				nodeId: node.id,
				op: node.op,
				upstream: node.grad,
				contributions: node.parents.map((parent, slot) => {
					const gradBefore = parent.grad;
					const product = node.grad * local[slot];
					parent.grad += product;
					return { parentId: parent.id, slot, local: local[slot], product, gradBefore, gradAfter: parent.grad };
				}),
			});
		}
		return steps;
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

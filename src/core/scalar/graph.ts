/**
 * The computation graph as plain data, for widgets that draw it and replay backpropagation one
 * chain-rule step at a time.
 */
import { topologicalOrder } from './topological-order';
import type { BackwardStep, Value } from './value';

export type { BackwardStep, Contribution } from './value';

export interface GraphNode {
	id: number;
	/** The node's display name, '' if it has none. */
	label: string;
	/** The operation that produced it, '' for inputs and constants. */
	op: string;
	data: number;
	grad: number;
	/** Only for 'pow' nodes: the constant exponent. */
	exponent?: number;
}

export interface GraphEdge {
	/** The operand. */
	from: number;
	/** The operation's result. */
	to: number;
	/** Which operand: 0 for a in a − b, 1 for b. x·x has two edges from x, with slots 0 and 1. */
	slot: number;
}

export interface GraphSnapshot {
	/** Inputs first, the root last: a left-to-right drawing order. */
	nodes: GraphNode[];
	edges: GraphEdge[];
	/** Ids in the order backpropagation visits them, starting with the root. */
	backwardOrder: number[];
}

/** A serialisable picture of everything `root` depends on, with the current data and gradients. */
export function describeGraph(root: Value): GraphSnapshot {
	const order = topologicalOrder(root);
	return {
		// `exponent` is undefined except on 'pow' nodes, and JSON leaves it out.
		nodes: order.map((v) => ({ id: v.id, label: v.label ?? '', op: v.op, data: v.data, grad: v.grad, exponent: v.exponent })),
		edges: order.flatMap((v) => v.parents.map((parent, slot) => ({ from: parent.id, to: v.id, slot }))),
		backwardOrder: order.map((v) => v.id).reverse(),
	};
}

/**
 * Backpropagation from `root`, recorded step by step: every gradient is reset, ∂L/∂L = 1, and each
 * step says how a node passed its gradient on, so a widget can show "∂L/∂a = ∂L/∂c · ∂c/∂a = 2 · 3 = 6"
 * and, by replaying the steps up to k, the gradients so far. Leaves every gradient filled in.
 */
export function traceBackward(root: Value): BackwardStep[] {
	return root.backward();
}

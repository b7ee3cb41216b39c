/**
 * The computation graph as plain data, for widgets that draw it and replay backpropagation one
 * chain-rule step at a time.
 */
import { topologicalOrder } from './topological-order';
import type { Value } from './value';

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
	const nodes: GraphNode[] = [];
	const edges: GraphEdge[] = [];
	for (const v of order) {
		const node: GraphNode = { id: v.id, label: v.label ?? '', op: v.op, data: v.data, grad: v.grad };
		if (v.exponent !== undefined) node.exponent = v.exponent;
		nodes.push(node);
		v.parents.forEach((parent, slot) => edges.push({ from: parent.id, to: v.id, slot }));
	}
	return { nodes, edges, backwardOrder: order.map((v) => v.id).reverse() };
}

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

/**
 * Backpropagation from `root`, paused after every node: each `next()` applies one step to the
 * graph's `grad` fields and describes it, so a widget can show "∂L/∂a = ∂L/∂c · ∂c/∂a = 2 · 3 = 6"
 * and the gradients so far. Before the first step every gradient is reset and ∂L/∂L = 1.
 * Inputs and constants have no step: they only receive.
 */
export function* backwardSteps(root: Value): Generator<BackwardStep, void, undefined> {
	const order = topologicalOrder(root);
	for (const node of order) node.grad = 0;
	root.grad = 1;
	let index = 0;
	for (let i = order.length - 1; i >= 0; i--) {
		const node = order[i];
		if (node.parents.length === 0) continue;
		const local = node.localGrads();
		const contributions: Contribution[] = node.parents.map((parent, slot) => {
			const gradBefore = parent.grad;
			const product = node.grad * local[slot];
			parent.grad += product;
			return { parentId: parent.id, slot, local: local[slot], product, gradBefore, gradAfter: parent.grad };
		});
		yield { index: index++, nodeId: node.id, op: node.op, upstream: node.grad, contributions };
	}
}

/** All steps at once, leaving every gradient filled in, for widgets that scrub back and forth. */
export function traceBackward(root: Value): BackwardStep[] {
	return [...backwardSteps(root)];
}

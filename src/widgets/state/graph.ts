/**
 * A computational graph ready to draw and to replay: where each node goes, and which gradients are
 * known after k backward steps. Pure; the graph itself and every number come from the core's scalar
 * autograd (`describeGraph`, `traceBackward`).
 */
import { describeGraph, traceBackward, type BackwardStep, type GraphNode, type GraphSnapshot } from '../../core/scalar/graph';
import type { Value } from '../../core/scalar/value';

export interface Traced {
	snap: GraphSnapshot;
	steps: BackwardStep[];
	/** The root's id (the loss). */
	root: number;
	byId: Map<number, GraphNode>;
}

/** The forward values and the whole backward pass of the graph under `root`. */
export function trace(root: Value): Traced {
	const steps = traceBackward(root);
	const snap = describeGraph(root);
	return { snap, steps, root: root.id, byId: new Map(snap.nodes.map((n) => [n.id, n])) };
}

/** ∂L/∂node for every node whose gradient is complete or under way after the first `k` steps. */
export function gradsAt(t: Traced, k: number): Map<number, number> {
	const known = new Map<number, number>();
	if (k < 1) return known;
	known.set(t.root, 1);
	for (const step of t.steps.slice(0, k)) for (const c of step.contributions) known.set(c.parentId, c.gradAfter);
	return known;
}

export interface Placed {
	id: number;
	/** Left edge and vertical centre in the drawing's units. */
	x: number;
	y: number;
	leaf: boolean;
}

export const LAYOUT = { leafX: 0, leafW: 100, opX: 124, opW: 168, top: 44, row: 64, box: 38 } as const;

/**
 * A vertical layout that reads top to bottom like the forward pass: operations in one column in the
 * order they are computed, each input on the left beside the first operation that uses it (two inputs
 * of one operation sit just above and below it).
 */
export function layout(snap: GraphSnapshot): { placed: Placed[]; height: number } {
	const ops = snap.nodes.filter((n) => n.op !== '');
	const placed = new Map<number, Placed>();
	ops.forEach((op, i) => {
		const y = LAYOUT.top + i * LAYOUT.row;
		placed.set(op.id, { id: op.id, x: LAYOUT.opX, y, leaf: false });
		const leaves = snap.edges.filter(
			(e) => e.to === op.id && !placed.has(e.from) && snap.nodes.some((n) => n.id === e.from && n.op === ''),
		);
		const fresh = [...new Set(leaves.map((e) => e.from))];
		fresh.forEach((id, j) => {
			const dy = fresh.length === 1 ? 0 : (j - (fresh.length - 1) / 2) * (LAYOUT.box + 6);
			placed.set(id, { id, x: LAYOUT.leafX, y: y + dy, leaf: true });
		});
	});
	return { placed: [...placed.values()], height: LAYOUT.top + Math.max(0, ops.length - 1) * LAYOUT.row + LAYOUT.top };
}

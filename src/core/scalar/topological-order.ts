import type { Value } from './value';

/**
 * Every node the root depends on, each after all of its parents (inputs first, root last), so that
 * walking the list backwards visits a node only once every use of it has sent back its gradient.
 *
 * A depth-first search kept on an explicit stack instead of the call stack: a graph is as deep as
 * the longest chain of operations (an unrolled loop, a long sum), and recursion overflows the
 * JavaScript stack at a depth of roughly ten thousand.
 */
export function topologicalOrder(root: Value): Value[] {
	const order: Value[] = [];
	const visited = new Set<Value>([root]);
	const stack: Value[] = [root];
	// For each node on the stack, which of its parents to look at next.
	const nextParent: number[] = [0];
	while (stack.length > 0) {
		const top = stack.length - 1;
		const node = stack[top];
		const i = nextParent[top];
		if (i < node.parents.length) {
			nextParent[top] = i + 1;
			const parent = node.parents[i];
			if (!visited.has(parent)) {
				visited.add(parent);
				stack.push(parent);
				nextParent.push(0);
			}
		} else {
			// All parents are already in the order, so the node can follow them.
			stack.pop();
			nextParent.pop();
			order.push(node);
		}
	}
	return order;
}

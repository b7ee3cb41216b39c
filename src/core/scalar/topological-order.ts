/**
 * Every node the root depends on, each after all of its parents (inputs first, root last), so that
 * walking the list backwards visits a node only once every use of it has sent back its gradient.
 *
 * A depth-first search kept on an explicit stack instead of the call stack: a graph is as deep as
 * the longest chain of operations (an unrolled loop, a long sum), and recursion overflows the
 * JavaScript stack at a depth of roughly ten thousand.
 */
export function topologicalOrder<N extends { readonly parents: readonly N[] }>(root: N): N[] {
	const order: N[] = [];
	const visited = new Set<N>();
	// A node is on the stack twice: first to visit its parents (pushed after it, so they come off
	// first, in order), then, marked done, to follow them into the order.
	const stack: [node: N, done: boolean][] = [[root, false]];
	while (stack.length > 0) {
		const [node, done] = stack.pop()!;
		if (done) order.push(node);
		else if (!visited.has(node)) {
			visited.add(node);
			stack.push([node, true]);
			for (let i = node.parents.length - 1; i >= 0; i--) stack.push([node.parents[i], false]);
		}
	}
	return order;
}

/** Strings of the two-layer backprop widget (`src/widgets/TwoLayerBackprop.tsx`), in English; Russian, the model, in `../two-layer.ts`. */
import type { TwoLayerUi } from '../two-layer';

const en: TwoLayerUi = {
	label: 'The backward pass through a 2→2→1 network, node by node',
	intro: 'The same network and the same numbers as in the example above. Under each node is its accumulated gradient ū = ∂L/∂u, once it is known. The ← → keys, Home and End step too.',
	first: '« First',
	back: '← Back',
	next: 'Next →',
	last: 'Last »',
	stepOf: (k: number, n: number) => `Step ${k} of ${n}.`,
	forward: 'The forward pass is done: each node’s value is above it. The backward pass starts from L̄ = 1.',
	node: (v: string, formula: string) => `Node ${v} = ${formula}. Its gradient is complete:`,
	locals: 'Local derivatives:',
	products: 'Products (the node’s gradient × the local derivative), each added to its input’s gradient:',
	added: (before: string, product: string, after: string) => `second path: ${before} + ${product} = ${after}`,
	firstOfTwo: 'the first of two terms: this input also feeds the other hidden unit',
	onePath: (a: string, y: string) => `${a} feeds only ${y}: one path, so its gradient is one product.`,
	sum: (x: string) => `The input ${x} feeds both hidden units: two paths lead to the loss, so its gradient is the sum of two products, one per path.`,
	update: (eta: string) => `One update step: every parameter moves against its gradient, new = old − η · ū, with η = ${eta}.`,
	param: 'Parameter',
	before: 'Before',
	after: 'After',
	loss: (before: string, after: string) => `The loss on this example: ${before} before, ${after} after.`,
	graph: 'The 2→2→1 network: the nodes’ values and their accumulated gradients',
};
export default en;

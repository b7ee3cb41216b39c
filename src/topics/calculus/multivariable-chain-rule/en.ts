import type { Text } from '../../../practice/types';
import chain from '../chain-rule/en';

const text: Text = {
	practice: {
		'two-paths': {
			name: 'Two paths',
			question: 'Let $u = xy$, ${{v}}$ and $L = u \\cdot v$. Find ${{d}}$ at ${{at}}$.',
			hints: [
				'The variable enters both $u$ and $v$: two paths to $L$. Along each path it is an ordinary chain.',
				'The contributions of the paths add up: $\\frac{\\partial L}{\\partial u}\\frac{\\partial u}{\\partial \\cdot} + \\frac{\\partial L}{\\partial v}\\frac{\\partial v}{\\partial \\cdot}$, where $\\frac{\\partial L}{\\partial u} = v$ and $\\frac{\\partial L}{\\partial v} = u$.',
			],
			steps: {
				forward: 'The forward pass:',
				locals: 'The local derivative on each edge:',
				sum: 'Add the two paths:',
			},
			mistakes: {
				'only-u': 'That is only the path through $u$. The variable also enters $v$: add the second path.',
				'only-v': 'That is only the path through $v$. The variable also enters $u$: add the second path.',
			},
		},
		batch: {
			name: 'Sum over a batch',
			question:
				'The model $\\hat y = wx$, a batch of two examples ${{data}}$, the loss is the mean squared error $L = \\frac{1}{2}\\left[(wx_1 - y_1)^2 + (wx_2 - y_2)^2\\right]$. Find $\\frac{dL}{dw}$ at ${{w}}$.',
			hints: [
				'The same $w$ takes part in both examples: two paths to $L$, and their contributions add up.',
				'The contribution of example $i$: $\\frac{1}{2} \\cdot 2 e_i \\cdot x_i = e_i x_i$, where $e_i = w x_i - y_i$ is the error on that example.',
			],
			steps: {
				errors: 'The errors on the examples:',
				paths: 'Each example’s contribution is $\\frac{1}{2} \\cdot 2 e_i x_i = e_i x_i$: the 2 from the derivative of the square cancels the $\\frac{1}{2}$ of the mean.',
				sum: 'Add the paths:',
			},
			mistakes: {
				'one-example': 'That is the contribution of one example only. The weight is shared by the batch, so the contributions of all examples add up.',
				'no-mean': 'Twice too large: the loss is the mean over two examples, and its factor $\\frac{1}{2}$ stays in the derivative.',
			},
		},
	},
	// The worked example is the chain-rule page's backward pass (that topic's module), with the same labels.
	example: {
		...chain.example,
		'paths-figure': 'The graph $L = (x \\cdot y)(x + y)$ with the nodes’ values and the local derivatives on its edges. Two paths lead from ${{from}}$ to $L$ (highlighted); the products along them add up: ${{sum}}$.',
		'paths-figure-alt': 'A graph of five nodes: $x$ and $y$ on the left, $u = x \\cdot y$ and $v = x + y$ in the middle, $L = u \\cdot v$ on the right; each edge carries its local derivative, the two paths from ${{from}}$ to $L$ are highlighted, ${{sum}}$.',
	},
};
export default text;

import type { Text } from '../../../practice/types';
import graph from '../computational-graph/en';

const text: Text = {
	practice: {
		graph: {
			name: 'Backward pass by hand',
			question: 'Take the graph ${{L}}$ with ${{values}}$. Go through it backwards and find ${{target}}$.',
			hints: [
				'Forward pass first: compute and write down the value of every intermediate node.',
				'Backwards from $L$: the gradient an input receives is the node’s own gradient times the local derivative.',
				'If a variable enters the graph twice, its gradient is the sum of the contributions along both paths.',
			],
			steps: {
				forward: 'Forward pass: the nodes’ values in order.',
				backward: 'Backwards from $L$, where $\\bar L = 1$: each node multiplies its gradient by the local derivative and hands it to its input. A bar over a letter is the gradient of the loss with respect to that node: $\\bar u = \\partial L / \\partial u$.',
				sum: 'A gradient arrives here a second time, and the contributions add up:',
				answer: 'The answer:',
			},
			mistakes: {
				'one-path': 'That is the contribution of one path only. The variable enters the graph twice, and the gradients along both paths must be added.',
				relu: 'It looks like the ReLU was skipped. Its input here is not positive, so it outputs zero and its local derivative is zero too.',
			},
		},
		neuron: {
			name: 'A neuron’s gradients',
			question:
				'A ReLU neuron with a squared loss: $L = (\\operatorname{relu}(w_1 x_1 + w_2 x_2 + b) - y)^2$ with ${{x}}$, ${{w}}$, ${{b}}$, ${{y}}$. Find the gradient with respect to the parameters, $\\left(\\frac{\\partial L}{\\partial w_1}; \\frac{\\partial L}{\\partial w_2}; \\frac{\\partial L}{\\partial b}\\right)$.',
			hints: [
				'Forward pass: $z = w_1 x_1 + w_2 x_2 + b$, then $a = \\operatorname{relu}(z)$.',
				'$\\bar a = \\frac{\\partial L}{\\partial a} = 2(a - y)$, and the local derivative of ReLU is 1 for $z > 0$ and 0 for $z < 0$.',
				'$\\frac{\\partial z}{\\partial w_i} = x_i$ and $\\frac{\\partial z}{\\partial b} = 1$.',
			],
			steps: {
				z: 'Forward pass:',
				da: 'Backwards: the gradient of the loss with respect to the neuron’s output, the derivative of the square. A bar over a letter marks the gradient of the loss with respect to that node: $\\bar a = \\partial L / \\partial a$.',
				alive: '$z > 0$, so the ReLU passes the gradient through unchanged:',
				dead: '$z < 0$: the ReLU output zero and its local derivative is zero, so no gradient flows further.',
				params: 'The gradient for a weight is the gradient for $z$ times the matching input; for the bias it is the gradient for $z$ itself:',
			},
			mistakes: {
				half: 'The factor 2 of the square’s derivative is missing: $\\frac{\\partial}{\\partial a}(a - y)^2 = 2(a - y)$.',
				dead: 'Here $z < 0$: the ReLU outputs zero and its derivative is zero, so all three gradients are zero. On this example the neuron is “dead”.',
				weights: 'The gradient for the weight $w_i$ is $\\bar z = \\frac{\\partial L}{\\partial z}$ times the input $x_i$, not times the weight itself.',
			},
		},
	},
	example: {
		// The one-neuron tables are the computational-graph page's, with its labels.
		...graph.example,
		'net-inputs':
			'The inputs and the right answer: ${{x}}$, ${{y}}$. The hidden layer’s weights (the weight $w_{tj}$ runs from input $t$ to neuron $j$): ${{w}}$, biases ${{b}}$. The output neuron: weights ${{v}}$, bias ${{c}}$. Every number below was computed by the site’s core.',
		'net-figure':
			'The 2→2→1 network. Above each node is its value in the forward pass; below it (in colour) is the gradient of the loss with respect to it, found by the backward pass.',
		'net-figure-alt':
			'A diagram of the network: inputs x₁ and x₂ are connected to both hidden neurons a₁ and a₂, both hidden neurons are connected to the output ŷ, and the output to the loss L. Each node is labelled with its value and its gradient, the same as in the tables below.',
		'net-forward': 'The forward pass: left to right, each value computed from ones already known.',
		node: 'Node',
		computes: 'What it computes',
		value: 'Value',
		'net-backward':
			'The backward pass: right to left. We write the accumulated gradient of a node $u$ as $\\bar u = \\partial L/\\partial u$, to keep it apart from a local derivative $\\partial v/\\partial u$. Each $\\bar u$ is the gradient $\\bar v$ of the node $v$ closer to the loss times the local derivative $\\partial v/\\partial u$ (as in the one-neuron example above), starting from $\\bar L = 1$.',
		gradient: 'Gradient',
		chain: 'How it is obtained',
		'net-sum':
			'What is new compared with one neuron is in the last two rows. The input $x_1$ affects the loss along two paths, through $z_1$ and through $z_2$, so ${{x1}}$ is a sum of two products, one per path: ${{z1}} \\cdot w_{11} + {{z2}} \\cdot w_{12}$. If there were another layer before this one, this gradient would be its “gradient with respect to the output”, and the pass would go on the same way.',
		'net-update':
			'A training step: every parameter moves against its gradient, new value = old value − $\\eta$ · gradient, with the learning rate ${{eta}}$.',
		parameter: 'Parameter',
		before: 'Before',
		after: 'After',
		'net-after':
			'After one step the loss on this example went down: from ${{before}}$ to ${{after}}$ (the core recomputed the forward pass with the new weights).',
	},
};
export default text;

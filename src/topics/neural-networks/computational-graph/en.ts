import type { Text } from '../../../practice/types';

/** Shared by both kinds: the forward pass node by node. */
const forwardSteps = {
	products: 'First the product nodes:',
	sums: 'Then the sum and the bias:',
	relupass: 'The sum is positive, so ReLU passes it on:',
	reluzero: 'The sum is not above zero, so ReLU outputs zero:',
	error: 'The error is the output minus the right answer:',
	square: 'The loss is the square of the error:',
};

const text: Text = {
	practice: {
		forward: {
			name: 'Forward pass',
			question:
				'The graph of a neuron and its loss: $m_1 = w_1 x_1$, $m_2 = w_2 x_2$, $s = m_1 + m_2$, $z = s + b$, $a = \\operatorname{relu}(z)$, $e = a - y$, $L = e^2$. Compute $L$ for ${{x}}$, ${{w}}$, ${{b}}$ and ${{y}}$.',
			hints: ['Go through the nodes in the order they are written: each one is computed from nodes already known.', 'ReLU turns a negative sum into zero; do not forget to square the error.'],
			steps: forwardSteps,
			mistakes: {
				unsquared: 'That is the error $e$; the last node of the graph squares it: $L = e^2$.',
				norelu: 'The ReLU node was skipped: a negative sum $z$ becomes zero, and $a = 0$ goes on.',
			},
		},
		local: {
			name: 'Local derivative',
			question:
				'The graph of a neuron and its loss: $m_1 = w_1 x_1$, $m_2 = w_2 x_2$, $s = m_1 + m_2$, $z = s + b$, $a = \\operatorname{relu}(z)$, $e = a - y$, $L = e^2$. For ${{x}}$, ${{w}}$, ${{b}}$ and ${{y}}$, find the local derivative ${{d}}$.',
			hints: [
				'A node’s local derivative is the derivative of its own operation with respect to one of its inputs, ignoring the rest of the graph.',
				'It depends on the values of the forward pass: $2e$ for $e^2$, $1$ or $0$ for ReLU depending on the sign of $z$, the other factor for a product.',
			],
			steps: {
				...forwardSteps,
				powerrule: 'The derivative of a square with respect to its base is twice the base:',
				gateopen: 'For $z > 0$ ReLU acts as $a = z$, so the derivative is one:',
				gateclosed: 'For $z < 0$ ReLU is constant (zero), so the derivative is zero:',
				product: 'The derivative of a product with respect to one factor is the other factor:',
			},
			mistakes: {
				half: 'The 2 went missing: $(e^2)\' = 2e$, not $e$.',
				value: 'That is the node’s value; what is asked is its derivative: how much the node changes for a small change of the input.',
				ownfactor: 'The other way round: with respect to $w_1$ the derivative is the other factor, $x_1$.',
			},
		},
	},
	example: {
		figure:
			'The same graph whole. In each node, on top, its value from the forward pass; below, in colour, the gradient of the loss with respect to it, $\\bar u = \\partial L / \\partial u$, which the backward pass finds.',
		'figure-alt':
			'The neuron’s graph from left to right: the inputs x₁, x₂ and the weights w₁, w₂ go into the products m₁ and m₂, these into the sum s, which with the bias b goes into z; ReLU gives a, which with the right answer y gives the error e, and that gives the loss L. Each node is labelled with its value and the gradient of the loss with respect to it; the parameters’ gradients are w̄₁ = {{w1}}, w̄₂ = {{w2}}, b̄ = {{b}}.',
		node: 'Node',
		computes: 'What it computes',
		value: 'Value',
		local: 'Local derivatives',
		input: 'input',
		parameter: 'parameter',
		target: 'the right answer',
		step: 'Step',
		from: 'Node and its gradient',
		to: 'What each input receives',
	},
};
export default text;

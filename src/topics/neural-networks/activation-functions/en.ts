import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		relu: {
			name: 'ReLU of a vector',
			question: 'Apply ReLU to every number of the vector ${{z}}$. The answer is a vector of five numbers.',
			hints: ['ReLU acts on each number separately: $\\operatorname{relu}(z) = \\max(0, z)$.', 'Positive numbers stay as they are, negative ones become zero.'],
			steps: {
				rule: 'ReLU keeps a positive number and replaces a negative one by zero:',
				apply: 'Apply it to each number separately:',
			},
			mistakes: {
				abs: 'That is the absolute value $|z|$: it reflects negative numbers into positive ones. ReLU does not reflect them, it zeroes them.',
				derivative: 'That is the derivative of ReLU, $[z > 0]$: zeros and ones. What is asked is the values $\\max(0, z)$.',
			},
		},
		backward: {
			name: 'Derivative through the output',
			question: 'The forward pass gave ${{y}}$, and the gradient ${{g}}$ arrived from above. Find $\\frac{\\partial L}{\\partial z}$ without computing $z$ itself.',
			hints: [
				'The derivatives of the sigmoid and of tanh can be written through their output: $\\sigma\' = \\sigma(1 - \\sigma)$, $\\tanh\' = 1 - \\tanh^2$.',
				'By the chain rule, the gradient from above is multiplied by the derivative of the activation.',
			],
			steps: {
				sigmoid: 'The derivative of the sigmoid through its output $a$:',
				tanh: 'The derivative of tanh through its output $a$:',
				chain: 'The chain rule: multiply by the gradient from above.',
			},
			mistakes: {
				noupstream: 'That is only the derivative of the activation. By the chain rule it still has to be multiplied by $\\frac{\\partial L}{\\partial a}$.',
				value: 'That takes the value $a$ instead of the derivative. The derivative is $a(1 - a)$ for the sigmoid and $1 - a^2$ for tanh.',
				nosquare: 'The square went missing: $\\tanh\'(z) = 1 - a^2$, not $1 - a$.',
			},
		},
	},
	example: {
		'relu-figure': 'Solid: $\\operatorname{relu}(x)$; dashed: its derivative, $0$ left of zero and $1$ to the right. The dots are the table\'s values.',
		'relu-figure-alt': 'Graph of relu(x): zero for negative x, then the line y = x. Dashed, the derivative of relu: a step from 0 to 1 at zero. Five points from the table are marked on relu.',
		'sigmoid-figure': 'Solid: $\\sigma(x)$; dashed: its derivative $\\sigma(x)(1 - \\sigma(x))$, largest at zero ($0.25$) and almost gone where the sigmoid saturates. The dots are the table\'s values.',
		'sigmoid-figure-alt': 'Graph of the sigmoid σ(x): an S-shaped curve from 0 to 1 through 0.5 at zero. Dashed, its derivative: a low hill with its top 0.25 at zero, fading to zero on both sides. Five points from the table are marked on the sigmoid.',
	},
};
export default text;

import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		composition: {
			name: 'Derivative of a composition',
			question: 'Find the derivative of ${{f}}$ at ${{x0}}$.',
			hints: ['This is a function of a function: the inner one is $u = ax + b$, the outer one the power $u^n$.', 'The chain rule: $f\'(x) = \\frac{df}{du} \\cdot \\frac{du}{dx}$. Take the outer derivative at $u(x_0)$.'],
			steps: {
				split: 'Split it into two links and differentiate each:',
				inner: 'The inner link’s value at $x_0$:',
				outer: 'The outer link’s derivative there:',
				multiply: 'Multiply the local derivatives:',
			},
			mistakes: {
				inner: 'That is only the outer derivative $\\frac{df}{du}$. It still has to be multiplied by the inner function’s derivative $\\frac{du}{dx} = a$.',
				value: 'That is the value of the function, $f(x_0)$; the question asks for its derivative.',
			},
		},
		neuron: {
			name: 'Gradient along a chain',
			question: 'A neuron without activation and with a squared error: ${{chain}}$. With ${{values}}$, find ${{target}}$.',
			hints: ['First the forward pass: compute $z$ and $e$.', 'The gradient with respect to $w$ is the product of the local derivatives along the chain $w \\to z \\to e \\to L$: $\\frac{\\partial L}{\\partial e} \\cdot \\frac{\\partial e}{\\partial z} \\cdot \\frac{\\partial z}{\\partial w}$.'],
			steps: {
				forward: 'The forward pass:',
				locals: 'The links’ local derivatives:',
				multiply: 'Multiply them from $L$ back to $w$:',
			},
			mistakes: {
				two: 'The 2 got lost: the derivative of a square is $(e^2)\' = 2e$, not $e$.',
				bias: 'That is $\\frac{\\partial L}{\\partial b}$: the chain to $w$ is one link longer, and the factor $\\frac{\\partial z}{\\partial w} = x$ is missing.',
			},
		},
	},
	example: {
		'rates': 'The chain rule as two rates in a row. Top: $a = \\sigma(z)$ with its tangent at ${{at1}}$: ${{d1}}$. Bottom: $L = (a - 1)^2$ with its tangent at ${{at2}}$: ${{d2}}$. The rates multiply: ${{product}}$.',
		'rates-alt': 'Two graphs one above the other: the sigmoid $a = \\sigma(z)$ with a tangent of slope ${{d1}}$ and the parabola $L = (a - 1)^2$ with a tangent of slope ${{d2}}$; their product is ${{product}}$.',
		forward: 'Forward pass:',
		backward: 'Backward pass, from the end to the start:',
		result: 'Result:',
	},
};
export default text;

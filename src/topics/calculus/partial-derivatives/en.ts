import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		partial: {
			name: 'Partial derivative',
			question: 'For ${{f}}$, find ${{d}}$ at the point ${{p}}$.',
			hints: [
				'The other variable becomes a number for a while: differentiate only by the one under the $\\partial$ in the denominator.',
				'A term without that variable is a constant, and its derivative is zero. A factor made of the other variable stays a factor.',
			],
			steps: {
				'freeze-y': 'Treat $y$ as a constant: in the terms, $y$ is just a factor and $y^2$ is a constant.',
				'freeze-x': 'Treat $x$ as a constant: in the terms, $x^2$ and $x$ are just factors.',
				rule: 'Differentiate term by term with the usual rules:',
				substitute: 'Substitute the point:',
			},
			mistakes: {
				other: 'That is the derivative by the other variable. Check which variable is under the $\\partial$ in the denominator.',
				value: 'That is the value of the function at the point; the question asks how fast it changes, the partial derivative.',
				power: 'It looks like the factor 2 of the power rule got lost: the derivative of a variable squared is twice the variable.',
			},
		},
		neuron: {
			name: 'Neuron loss by weight and bias',
			question: 'A neuron without activation, its loss on one example: ${{L}}$, the example ${{data}}$. Find ${{d}}$ at ${{at}}$.',
			hints: [
				'Write $e = wx + b - y$, the error on the example. The derivative of $e^2$ is $2e$ times the derivative of $e$ itself.',
				'The weight multiplies the input, so $\\frac{\\partial e}{\\partial w} = x$; the bias multiplies nothing, so $\\frac{\\partial e}{\\partial b} = 1$.',
			],
			steps: {
				residual: 'First the error on the example:',
				'inner-w': 'The weight multiplies the input, so the derivative of $e$ by the weight is the input:',
				'inner-b': 'The bias enters $e$ with the factor 1:',
				product: 'The derivative of the square is twice the error times the derivative of $e$:',
			},
			mistakes: {
				'no-input': 'The factor $x$ is missing: the weight multiplies the input, so $\\frac{\\partial e}{\\partial w} = x$, not 1.',
				input: 'One factor $x$ too many: the bias does not multiply the input, $\\frac{\\partial e}{\\partial b} = 1$.',
				value: 'That is the loss itself, $L = e^2$; the question asks for its partial derivative.',
			},
		},
	},
	example: {
		'slices': 'A partial derivative is the slope of a slice. Top: ${{f}}$ with ${{y}} = {{y0}}$ frozen, as a function of ${{x}}$ alone; its tangent has slope ${{dx}}$. Bottom: the same with ${{x}} = {{x0}}$: ${{dy}}$.',
		'slices-alt': 'Two graphs of one function ${{f}}$ at the point ${{p}}$: the slice at ${{y}} = {{y0}}$ with a tangent of slope ${{dx}}$, and the slice at ${{x}} = {{x0}}$ with a tangent of slope ${{dy}}$.',
		variable: 'variable',
		core: 'the core (backward pass)',
		numeric: 'difference check, h = 10⁻⁵',
		along: 'Along the direction $u$:',
	},
};
export default text;

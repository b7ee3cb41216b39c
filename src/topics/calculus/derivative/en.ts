import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		slope: {
			name: 'Derivative at a point',
			question: 'Find the slope of the tangent to the graph of ${{f}}$ at ${{x0}}$, that is, $f\'(x_0)$.',
			hints: ['The derivative of a sum is the sum of the derivatives; a constant factor stays in front.', 'By the power rule $(x^2)\' = 2x$, and the derivative of a constant is zero.'],
			steps: {
				rules: 'Three rules are needed: the power rule, the linear term and the constant.',
				derivative: 'Apply them term by term:',
				substitute: 'Substitute $x_0$:',
			},
			mistakes: {
				power: 'It looks like the factor 2 of the power rule got lost: $(ax^2)\' = 2ax$, not $ax$.',
				value: 'That is the value of the function, $f(x_0)$; the question asks for the slope, the derivative $f\'(x_0)$.',
			},
		},
		quotient: {
			name: 'Difference quotient',
			question: 'For ${{f}}$, ${{x0}}$ and the step ${{h}}$, compute the difference quotient ${{q}}$.',
			hints: ['First compute $f$ at two points: $x_0 + h$ and $x_0$.', 'Divide the difference of the values by the step $h$.'],
			steps: {
				ahead: 'The value one step to the right:',
				here: 'The value at the point itself:',
				divide: 'Divide the difference by the step:',
				limit: 'As $h \\to 0$ the quotient tends to the derivative: the smaller the step, the closer. The derivative and our quotient:',
			},
			mistakes: {
				undivided: 'That is the difference of the values without dividing by the step $h$. Divide it.',
			},
		},
	},
	example: {
		'secants': 'The secants through $x$ and $x + h$ at ${{x}}$ have slopes ${{slopes}}$; as $h$ shrinks they turn towards the tangent with slope ${{exact}}$.',
		'secants-alt': 'The graph of ${{f}}$ with its point at ${{x}}$, two dashed secants with slopes ${{slopes}}$ and the tangent with slope ${{exact}}$ that they approach.',
		exact: 'The exact derivative (the core’s backward pass): ${{value}}$',
		error: 'error',
	},
};
export default text;

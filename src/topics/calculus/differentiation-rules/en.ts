import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		product: {
			name: 'Product rule',
			question: 'Find the derivative of ${{f}}$ at ${{x0}}$.',
			hints: ['This is a product $u \\cdot v$: name the factors and differentiate each one.', 'The product rule: $(uv)\' = u\'v + uv\'$. All four numbers are taken at $x_0$.'],
			steps: {
				parts: 'The factors and their derivatives:',
				values: 'Their values at $x_0$:',
				rule: 'Put them together by the product rule:',
			},
			mistakes: {
				product: 'That is the product of the derivatives, $u\' \\cdot v\'$. The derivative of a product works differently: $u\'v + uv\'$.',
				half: 'That is only the first term, $u\'v$. The second one, $uv\'$, is missing.',
			},
		},
		quotient: {
			name: 'Quotient rule',
			question: 'Find the derivative of ${{f}}$ at ${{x0}}$.',
			hints: ['The numerator $u$ and the denominator $v$ are linear here: $u\'$ and $v\'$ are just the coefficients of $x$.', 'The quotient rule: $\\left(\\frac{u}{v}\\right)\' = \\frac{u\'v - uv\'}{v^2}$.'],
			steps: {
				parts: 'The numerator, the denominator and their derivatives at $x_0$:',
				numerator: 'The rule’s numerator: first $u\'v$, then subtract $uv\'$:',
				divide: 'Divide by the square of the denominator:',
			},
			mistakes: {
				order: 'The sign is flipped: the numerator is $u\'v - uv\'$, not $uv\' - u\'v$.',
				square: 'The numerator was divided by $v$; it should be divided by $v^2$.',
			},
		},
	},
	example: {
		'tangents': 'Tangents to the graph of ${{f}}$ at four points, each labelled with its slope, the derivative from the core’s backward pass: ${{list}}$. The sigmoid is steepest at zero.',
		'tangents-alt': 'The S-shaped graph of ${{f}}$ with short tangents at four points and their slopes ${{list}}$: the tangent is steepest at zero and almost flat at the ends.',
		rule: '${{d}}$, by the rules',
		core: '${{d}}$, the core (backward pass)',
	},
};
export default text;

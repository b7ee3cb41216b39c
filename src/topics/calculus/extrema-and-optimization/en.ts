import type { Text } from '../../../practice/types';
import rules from '../differentiation-rules/en';

const text: Text = {
	practice: {
		vertex: {
			name: 'Critical point',
			question: 'Find the point $x^*$ where the derivative of ${{f}}$ is zero.',
			hints: ['Differentiate: $(ax^2 + bx + c)\' = 2ax + b$.', 'Set it to zero and solve the linear equation: $x^* = -\\frac{b}{2a}$.'],
			steps: {
				derivative: 'The derivative of a quadratic is linear:',
				solve: 'Set it to zero:',
				minimum: 'The second derivative is positive, the parabola opens upwards: a minimum:',
				maximum: 'The second derivative is negative, the parabola opens downwards: a maximum:',
				answer: 'The answer:',
			},
			mistakes: {
				two: 'The 2 got lost: $(ax^2)\' = 2ax$, so $x^* = -\\frac{b}{2a}$, not $-\\frac{b}{a}$.',
				sign: 'The sign is flipped: $2ax + b = 0$ gives $x = -\\frac{b}{2a}$.',
			},
		},
		nature: {
			name: 'Minimum or maximum',
			question: 'The derivative of ${{f}}$ is zero at ${{x1}}$. Is it a local minimum or a local maximum?',
			hints: ['Look at the sign of the second derivative $f\'\'(x_1)$.', 'If $f\'\'(x_1) > 0$, the graph bends upwards like a bowl: a minimum. If $f\'\'(x_1) < 0$, a maximum.'],
			steps: {
				first: 'Check that the point is critical:',
				second: 'The second derivative there:',
				minimum: 'It is positive: the graph is a bowl here, and the point is a local minimum.',
				maximum: 'It is negative: the graph is a dome here, and the point is a local maximum.',
			},
			mistakes: {
				backwards: 'The rule is the other way round: $f\'\' > 0$ means the slope grows, so the function falls on the left and rises on the right: a minimum. $f\'\' < 0$ is a maximum.',
			},
			choices: {
				minimum: ['minimum', 'local minimum', 'min'],
				maximum: ['maximum', 'local maximum', 'max'],
			},
		},
	},
	example: {
		...rules.example,
		'flat': 'The loss ${{f}}$ with tangents: left of the minimum the slope is negative, right of it positive, and at the minimum, ${{at}}$, the tangent is flat (slopes: ${{list}}$).',
		'flat-alt': 'The loss parabola ${{f}}$ with three tangents and their slopes ${{list}}$: falling on the left, flat at the lowest point and rising on the right.',
	},
};
export default text;

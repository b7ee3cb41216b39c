import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		central: {
			name: 'Central difference',
			question: 'For ${{f}}$ at ${{x0}}$ with the step ${{h}}$, compute the central difference ${{q}}$, the estimate of the derivative a gradient check uses.',
			hints: ['Evaluate $f$ at two points: one step to the right of $x_0$ and one step to the left.', 'Divide the difference of the two values by $2h$, the distance between the points.'],
			steps: {
				ahead: 'The value one step to the right:',
				behind: 'The value one step to the left:',
				divide: 'Divide the difference by the distance between the points, $2h$:',
				compare: 'The exact derivative is ${{exact}}$. The central difference is off by ${{gap}}$: for a cubic the error is $a h^2$, and it vanishes quickly as the step shrinks.',
			},
			mistakes: {
				half: 'The difference was divided by $h$ instead of $2h$. The points $x_0 + h$ and $x_0 - h$ are $2h$ apart, so the answer is twice too large.',
				forward: 'This is the forward difference $\\frac{f(x_0 + h) - f(x_0)}{h}$. The central one takes points on both sides of $x_0$: $f(x_0 + h)$ and $f(x_0 - h)$.',
				exact: 'This is the exact derivative $3ax_0^2$. The central difference with a finite step differs from it a little: compute it from the formula.',
			},
		},
		relative: {
			name: 'Relative error',
			question: 'Backpropagation gave the derivative ${{g}}$ and the central difference gave ${{numeric}}$. Find the relative error ${{formula}}$ to the nearest thousandth.',
			hints: ['Start with the absolute value of the difference of the two numbers.', 'Divide by the larger of the two absolute values, so the error does not depend on the scale of the gradient.'],
			steps: {
				difference: 'The absolute difference:',
				scale: 'The larger absolute value is the scale the difference is measured against:',
				divide: 'Divide:',
				verdict: 'A good check gives an error around $10^{-7}$ or below. An error in the hundredths points to a mistake in the gradient formula (or to an unlucky step $h$, for example next to the kink of a ReLU).',
			},
			mistakes: {
				absolute: 'This is the absolute difference $|g - \\hat g|$. It still has to be divided by $\\max(|g|, |\\hat g|)$; otherwise large gradients look badly wrong and small ones look fine.',
				smaller: 'The difference was divided by the smaller absolute value. The denominator is the larger one: $\\max(|g|, |\\hat g|)$.',
			},
		},
	},
	example: {
		param: 'Parameter',
		backprop: 'Backpropagation',
		numeric: 'Central difference',
		error: 'Relative error',
		step: 'Step h',
		forward: 'Relative error of the forward difference',
		central: 'Relative error of the central difference',
		secant: 'The loss as a function of one weight $w = {{w}}$ (the others fixed). Dashed: the tangent at $w$, its slope from backpropagation. In colour: the central secant through $w - h$ and $w + h$; in grey: the forward one, through $w$ and $w + h$. The step here is huge, $h = {{h}}$, and still the central secant has almost the tangent\'s slope, while the forward one is steeper: its error is of order $h$, the central one\'s of order $h^2$.',
		'secant-alt': 'The loss curve over a weight axis marked w − h, w and w + h (h = {{h}}), with the curve\'s points above them. A dashed tangent passes through the point above w; a coloured line through the points above w − h and w + h runs almost parallel to it; a grey line through the points above w and w + h is steeper.',
	},
};
export default text;

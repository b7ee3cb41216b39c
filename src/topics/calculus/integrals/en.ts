import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		definite: {
			name: 'Definite integral',
			question: 'Find the definite integral of ${{f}}$ over ${{range}}$: the signed area under the graph.',
			hints: ['Find an antiderivative $F$ by running the power rule backwards: $x^n \\to \\frac{x^{n+1}}{n+1}$.', 'By the fundamental theorem of calculus the integral is $F(b) - F(a)$.'],
			steps: {
				antiderivative: 'The antiderivative: raise each power by one and divide by the new exponent:',
				ends: 'Its values at the ends of the interval:',
				difference: 'The integral is their difference:',
			},
			mistakes: {
				lower: 'That is only $F(b)$. The antiderivative’s value at the lower end, $F(a)$, still has to be subtracted.',
				power: 'The powers were raised but not divided by the new exponent: $x^2$ gives $\\frac{x^3}{3}$, not $x^3$.',
			},
		},
		riemann: {
			name: 'Riemann sum',
			question: 'Approximate the area under the graph of ${{f}}$ over ${{range}}$ by a midpoint Riemann sum: ${{n}}$ rectangles of equal width.',
			hints: ['The width of a rectangle is $\\Delta x = \\frac{b - a}{n}$; each one’s height is the value of $f$ at the middle of its base.', 'Add up the heights and multiply by $\\Delta x$.'],
			steps: {
				width: 'The width of one rectangle:',
				midpoints: 'The middles of their bases:',
				heights: 'The heights, the function’s values at the middles:',
				sum: 'The area is the sum of the heights times the width:',
			},
			mistakes: {
				width: 'That is the sum of the heights. A rectangle’s area is its height times its width $\\Delta x$.',
				left: 'That is the sum at the left ends. The problem takes each height at the middle of the base.',
			},
		},
	},
	example: {
		'area': 'The area under ${{f}}$ on $[{{a}}, {{b}}]$ as ${{n}}$ rectangles of width ${{dx}}$ with heights at their midpoints: they add up to ${{sum}}$; the exact integral is ${{exact}}$.',
		'area-alt': 'The graph of ${{f}}$ from ${{a}}$ to ${{b}}$ with ${{n}}$ narrow rectangles beneath it whose tops cross the curve at their middles; their areas add up to ${{sum}}$ against the exact ${{exact}}$.',
	},
};
export default text;

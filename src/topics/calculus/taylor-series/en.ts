import type { Text } from '../../../practice/types';
import derivative from '../derivative/en';

const text: Text = {
	practice: {
		approx: {
			name: 'Second-order estimate',
			question: 'Given ${{given}}$, estimate ${{target}}$ with the second-order Taylor polynomial.',
			hints: ['First find the step $h$: how far the new point is from the known one.', 'The second-order polynomial: $f(x_0) + f\'(x_0)\\,h + \\frac{f\'\'(x_0)}{2}\\,h^2$.'],
			steps: {
				step: 'The step from the known point:',
				formula: 'Take the first three terms of the Taylor series:',
				substitute: 'Substitute the numbers:',
			},
			mistakes: {
				half: 'The $\\frac{1}{2}$ of the second-order term got lost: the term is $\\frac{f\'\'(x_0)}{2!}\\,h^2$.',
				linear: 'That is the linear estimate $f(x_0) + f\'(x_0)\\,h$, without the curvature term $\\frac{f\'\'(x_0)}{2}\\,h^2$.',
			},
		},
		coefficient: {
			name: 'Series coefficient',
			question: 'The polynomial ${{f}}$ is expanded in powers of $x - a$ about ${{a}}$. Find the coefficient ${{b}}$ of ${{term}}$.',
			hints: ['The coefficient of $(x - a)^k$ is $\\frac{f^{(k)}(a)}{k!}$.', 'Differentiate $k$ times by the power rule, substitute $a$ and divide by $k!$.'],
			steps: {
				rule: 'A Taylor coefficient is the derivative of that order divided by the factorial:',
				derivative: 'Differentiate by the power rule and substitute $a$:',
				divide: 'Divide by the factorial:',
			},
			mistakes: {
				factorial: 'That is the derivative itself, $f^{(k)}(a)$. The series coefficient is that divided by $k!$.',
			},
		},
	},
	example: {
		...derivative.example,
		'polynomials': '$e^h$ and its Taylor polynomials around zero: near zero they almost coincide with the curve and leave it farther out, the later the higher the degree. At $h = 1$: ${{values}}$, while ${{exact}}$.',
		'polynomials-alt': 'The curve $e^h$ and its Taylor polynomials of degrees {{degrees}} around zero: a line and a parabola touch the curve at zero and part from it towards the edges; at $h = 1$, ${{values}}$.',
	},
};
export default text;

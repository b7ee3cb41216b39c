import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		dot: {
			name: 'Dot product',
			question: 'Find the dot product $x \\cdot w$ of ${{x}}$ and ${{w}}$.',
			hints: ['Multiply the coordinates with the same index.', 'Add those products, minding the signs.'],
			steps: {
				pairs: 'Multiply the coordinates pair by pair:',
				add: 'Add the products:',
			},
			mistakes: {
				sign: 'The minus signs seem lost: a product of coordinates with different signs is negative and lowers the sum.',
				sums: 'The sums of the coordinates were multiplied; the products of the pairs must be added: $x_1 w_1 + x_2 w_2 + \\dots$',
			},
		},
		cosine: {
			name: 'Cosine similarity',
			question: 'Find the cosine of the angle between ${{x}}$ and ${{w}}$ (to two decimals).',
			hints: ['$\\cos\\theta = \\frac{x \\cdot w}{\\lVert x \\rVert\\, \\lVert w \\rVert}$.', 'A length is the root of the sum of squared coordinates; here the roots come out whole.'],
			steps: {
				dot: 'The dot product:',
				lengths: 'The lengths of the vectors:',
				divide: 'Divide the product by the product of the lengths:',
			},
			mistakes: {
				undivided: 'That is the dot product itself; the cosine divides it by the product of the lengths.',
				squares: 'Divided by the squared lengths: the denominator holds the lengths, the roots of the sums of squares.',
			},
		},
	},
	example: {
		projectionFigure: 'The shadow $p$ of $x$ on the line of $w$ (the dashed drop meets it at a right angle) has length $\\frac{x \\cdot w}{\\lVert w \\rVert} \\approx \\frac{{{xw}}}{{{nw}}} \\approx {{p}}$: the dot product is the length of this shadow times the length of $w$.',
		projectionFigureAlt: 'A coordinate plane with the arrows x = {{x}} and w = {{w}} from the origin. A third arrow p = {{p}} lies on the line of w and ends where the perpendicular from the tip of x meets it; its length is about {{len}}.',
	},
};
export default text;

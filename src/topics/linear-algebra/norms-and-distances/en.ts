import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		norm: {
			name: 'Norm of a vector',
			question: 'Find ${{norm}}$ for ${{x}}$.',
			hints: [
				'$\\lVert x \\rVert_2$ is the root of the sum of squares, $\\lVert x \\rVert_1$ the sum of absolute values, $\\lVert x \\rVert_\\infty$ the largest absolute value.',
				'In all three norms the sign of a coordinate does not matter.',
			],
			steps: {
				squares: 'The sum of the squared coordinates:',
				root: 'The norm is its root:',
				abs: 'Add the absolute values of the coordinates:',
				max: 'Take the largest absolute value:',
			},
			mistakes: {
				noRoot: 'That is the sum of squares, $\\lVert x \\rVert_2^2$; the root is still to be taken.',
				other: 'That is the sum of absolute values, $\\lVert x \\rVert_1$; the question asks for the Euclidean norm $\\lVert x \\rVert_2$.',
				signs: 'The coordinates were taken with their signs, but a norm uses absolute values: $|-3| = 3$.',
			},
		},
		distance: {
			name: 'Distance between points',
			question: 'Find the Euclidean distance $d(x, y) = \\lVert x - y \\rVert_2$ between ${{x}}$ and ${{y}}$.',
			hints: ['First the difference $x - y$, coordinate by coordinate.', 'Then its length: the root of the sum of squares.'],
			steps: {
				diff: 'The difference of the points:',
				squares: 'The sum of its squares:',
				root: 'The distance is its root:',
			},
			mistakes: {
				noRoot: 'That is the squared distance; the root is still to be taken.',
				manhattan: 'That is the sum of the absolute differences, the Manhattan distance $\\lVert x - y \\rVert_1$; the Euclidean one is asked.',
			},
		},
	},
	example: {
		ballsFigure: 'Three “circles” through one point $x$: all the points as long as $x$ in three norms. The diamond is $\\lVert x \\rVert_1 = {{n1}}$, the circle $\\lVert x \\rVert_2 = {{n2}}$, the square $\\lVert x \\rVert_\\infty = {{ninf}}$.',
		ballsFigureAlt: 'A coordinate plane with the arrow x = {{x}} from the origin. Three shapes centred at the origin pass through its tip: a diamond with corners on the axes at distance {{n1}}, a circle of radius {{n2}} and a square whose half-side is {{ninf}}.',
	},
};
export default text;

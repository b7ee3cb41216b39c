import type { Text } from '../../../practice/types';
import { planeWords } from '../linear-transformations/en';

const text: Text = {
	practice: {
		eigen: {
			name: '2×2 eigenvalues',
			question: 'Find the eigenvalues of ${{w}}$. Write them separated by a semicolon, the larger first (a repeated one twice).',
			hints: [
				'The eigenvalues are the roots of $\\det(W - \\lambda I) = 0$; for a $2 \\times 2$ matrix that is $\\lambda^2 - (a + d)\\lambda + (ad - bc) = 0$.',
				'A check: the roots add up to $a + d$ and multiply to the determinant.',
			],
			steps: {
				traceDet: 'The coefficients of the equation are the trace (the sum of the diagonal) and the determinant:',
				equation: 'The equation $\\det(W - \\lambda I) = 0$:',
				roots: 'The roots of the quadratic:',
				answer: 'The eigenvalues, the larger first:',
				triangular: 'The matrix is triangular, and its eigenvalues are exactly the numbers on the diagonal:',
			},
			mistakes: {
				order: 'The values are right but in the other order: write the larger one first.',
				diagonal: 'Those are the numbers on the diagonal. They are the eigenvalues only of a triangular matrix (with a zero off the diagonal); here the equation $\\lambda^2 - (a + d)\\lambda + (ad - bc) = 0$ has to be solved.',
				signs: 'The roots have the wrong sign: in $\\lambda^2 - (a + d)\\lambda + (ad - bc) = 0$ the trace comes with a minus, and the roots add up to $a + d$.',
			},
		},
		stretch: {
			name: 'Eigenvector',
			question: 'The row vector ${{v}}$ is an eigenvector of ${{w}}$: $v W = \\lambda v$. Find $\\lambda$.',
			hints: ['Multiply $v$ by $W$ and compare the result with $v$.', 'The image $v W$ lies on the line of $v$: divide any of its nonzero coordinates by the same coordinate of $v$.'],
			steps: {
				multiply: 'Multiply $v$ by $W$:',
				compare: 'The image is $v$ times $\\lambda$; divide a coordinate of the image by the same coordinate of $v$:',
			},
			mistakes: {
				undivided: 'That is a coordinate of the image $v W$. The eigenvalue is how many times the vector is stretched: divide the coordinate of the image by the same coordinate of $v$.',
			},
		},
	},
	example: { ...planeWords },
};
export default text;

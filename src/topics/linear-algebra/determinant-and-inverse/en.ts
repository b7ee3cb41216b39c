import type { Text } from '../../../practice/types';
import { planeWords } from '../linear-transformations/en';

const text: Text = {
	practice: {
		det: {
			name: '2×2 determinant',
			question: 'Find $\\det W$ for ${{w}}$.',
			hints: ['For a $2 \\times 2$ matrix, $\\det W = ad - bc$: the product of the main diagonal minus the product of the other one.'],
			steps: {
				formula: 'The main diagonal minus the other one:',
				numbers: 'Substitute the numbers:',
			},
			mistakes: {
				plus: 'The diagonal products are subtracted: $ad - bc$, not $ad + bc$.',
				order: 'The sign came out reversed: the product of the other diagonal ($b c$) is subtracted from that of the main one ($a d$), not the other way round.',
			},
		},
		inverse: {
			name: '2×2 inverse',
			question: 'Find $W^{-1}$ for ${{w}}$.',
			hints: [
				'$W^{-1} = \\frac{1}{ad - bc} \\begin{bmatrix} d & -b \\\\ -c & a \\end{bmatrix}$.',
				'First the determinant; then swap $a$ and $d$, change the signs of $b$ and $c$, and divide everything by the determinant.',
			],
			steps: {
				det: 'The determinant is not zero, so the inverse exists:',
				adjugate: 'Swap $a$ and $d$, change the signs of $b$ and $c$:',
				divide: 'Divide by the determinant:',
			},
			mistakes: {
				undivided: 'It still has to be divided by the determinant: $W^{-1} = \\frac{1}{\\det W} \\begin{bmatrix} d & -b \\\\ -c & a \\end{bmatrix}$.',
				noSwap: 'It looks like $a$ and $d$ stayed in place. In the inverse they swap places.',
				noSigns: 'It looks like $b$ and $c$ kept their signs. In the inverse their places hold $-b$ and $-c$.',
			},
		},
	},
	example: { ...planeWords },
};
export default text;

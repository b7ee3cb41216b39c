import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		combination: {
			name: 'Linear combination',
			question: 'Given ${{a}}$ and ${{b}}$, find the vector ${{expr}}$.',
			hints: ['First multiply each vector by its number, coordinate by coordinate.', 'Then add the two vectors coordinate by coordinate.'],
			steps: {
				scale: 'Multiply the vectors by the numbers:',
				add: 'Add coordinate by coordinate:',
			},
			mistakes: {
				swap: 'The coefficients are swapped: the number in front of $a$ multiplies $a$, the one in front of $b$ multiplies $b$.',
				sign: 'A sign got lost: the coefficient of $b$ is negative, so its multiple of $b$ is subtracted.',
			},
		},
		step: {
			name: 'Training step',
			question: 'Weights ${{w}}$, gradient of the loss ${{g}}$, learning rate ${{lr}}$. Find the weights after one step of gradient descent, $w - \\eta\\, g$.',
			hints: ['First multiply the gradient by the learning rate $\\eta$.', 'Then subtract the result from the weights, coordinate by coordinate.'],
			steps: {
				scale: 'The gradient times the learning rate:',
				subtract: 'Subtract it from the weights:',
			},
			mistakes: {
				direction: 'The gradient was added, but it is subtracted: the gradient points where the loss grows, and descent goes the other way.',
				rate: 'The whole gradient was subtracted, without multiplying it by the learning rate $\\eta$.',
			},
		},
	},
	example: {
		picture: 'Vectors $a$, $b$ and their sum $a + b$: the arrows are drawn from the same numbers as the formulas.',
		pictureMultiple: 'Vectors $a$, $b$, their sum $a + b$ and the vector ${{k}}$: the arrows are drawn from the same numbers as the formulas.',
	},
};
export default text;

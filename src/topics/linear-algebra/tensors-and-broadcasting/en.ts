import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		shape: {
			name: 'Shape after broadcasting',
			question: 'Arrays of shapes ${{a}}$ and ${{b}}$ are added elementwise, with broadcasting. What shape is the sum?',
			hints: [
				'Align the shapes on the right; missing axes on the left count as length 1.',
				'In each pair of lengths an axis of length 1 stretches to its partner’s length.',
			],
			steps: {
				align: 'Align the shapes on the right (the first on top, the second below); missing axes on the left have length 1:',
				stretch: 'In each pair the lengths are equal or one of them is 1; the 1 stretches, so the larger length remains:',
			},
			mistakes: {
				oneSided: 'That is the shape of one of the terms. Axes of length 1 stretch in both arrays: where it has a 1 and the partner has more, the sum has the partner’s length.',
				trap: 'Here a column $(m, 1)$ meets a vector $(m,)$: the vector lines up as a row, the column stretches to the right and the row downwards, and the result is an $m \\times m$ matrix of all pairwise sums. That is exactly how a squared error goes wrong when the shape of the network’s output is overlooked.',
			},
		},
		fits: {
			name: 'Does it broadcast',
			question: 'Can arrays of shapes ${{a}}$ and ${{b}}$ be added elementwise? Answer “yes” or “no”.',
			hints: [
				'Compare the axis lengths from right to left; missing axes on the left count as length 1.',
				'In each pair the lengths must be equal, or one of them must be 1.',
			],
			steps: {
				align: 'Align the shapes on the right (the first on top, the second below); missing axes on the left have length 1:',
				fits: 'In each pair the lengths are equal or one of them is 1, so the arrays add up; the shape of the sum:',
				clash: 'One pair has the lengths {{x}} and {{y}}: they differ and neither is 1, so the arrays cannot be added.',
			},
			mistakes: {
				missedStretch: 'They can be added: the shapes are aligned on the right, missing axes count as length 1, and an axis of length 1 stretches to its partner’s length.',
				missedClash: 'Compare the axes from right to left: in one pair the lengths differ and neither is 1. Such an axis cannot stretch, and NumPy raises an error.',
			},
			choices: { yes: ['yes'], no: ['no'] },
		},
	},
	example: {
		stretchFigure: 'The bias $b$ is a single row (marked). Next to a matrix of {{m}} rows it stretches to {{m}} rows: NumPy only pretends to make the dashed copies, they are not in memory.',
		stretchFigureAlt: 'On the left a matrix of {{m}} rows and {{k}} columns, a plus sign, on the right the bias b ({{b}}): its first row is marked, and copies of the same row follow it dashed, {{m}} rows in all.',
	},
};
export default text;

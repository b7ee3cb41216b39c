import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		matvec: {
			name: 'Vector times matrix',
			question: 'Find the layer outputs before the bias, $y = x W$, for ${{x}}$ and ${{w}}$.',
			hints: ['The number $y_j$ is the dot product of $x$ with column $j$ of $W$.', 'The result has as many numbers as $W$ has columns.'],
			steps: {
				shape: 'Shape: ${{shape}}$ times ${{wshape}}$ gives ${{yshape}}$, one number per column (neuron).',
				column: 'Each number is $x$ against the matching column:',
				result: 'Put the row together:',
			},
			mistakes: {
				rows: 'That is $W x$: $x$ was multiplied by the rows of $W$, not its columns. In $x W$, the number $y_j$ takes column $j$.',
			},
		},
		weight: {
			name: 'Weight in a matrix',
			question: 'A layer has ${{n}}$ inputs and ${{k}}$ neurons, with the weight matrix ${{w}}$ (a row per input, a column per neuron). What is the weight of the connection from input ${{i}}$ to neuron ${{j}}$?',
			hints: ['The input picks the row, the neuron the column.', 'In $w_{ij}$ the first index is the row, the second the column.'],
			steps: {
				index: 'Input $i$ is a row, neuron $j$ a column, so the entry needed is',
				read: 'Read it off the matrix:',
			},
			mistakes: {
				swap: 'The indices are swapped: that is $w_{ji}$. The first index is the row (input), the second the column (neuron).',
			},
		},
	},
	example: {
		columnFigure: 'Column 1 of $W$ holds the weights of the first neuron. The dot product of $x$ with this column gives $y_1 = {{y}}$; every column is a neuron of its own.',
		columnFigureAlt: 'The matrix W with {{rows}} rows and {{cols}} columns at the top, the result y below it and the row x to the left of y. Marked: x ({{x}}), column 1 of W ({{col}}) and the number y1 = {{y}} they give.',
	},
};
export default text;

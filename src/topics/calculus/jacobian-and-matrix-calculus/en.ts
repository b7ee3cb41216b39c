import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		jacobian: {
			name: 'Jacobian at a point',
			question: 'Find the Jacobian of the map ${{F}}$ at ${{p}}$. A row is an output, a column an input. The answer is a $2 \\times 2$ matrix: separate its rows with line breaks or semicolons.',
			hints: [
				'Row $i$ of the Jacobian is the gradient of the output $F_i$: first the derivative by $x$, then by $y$.',
				'Each derivative is partial: by $x$, the variable $y$ is a constant, and the other way round.',
			],
			steps: {
				rows: 'A row per output, a column per input:',
				substitute: 'Substitute the point:',
			},
			mistakes: {
				transposed: 'The matrix is transposed: here rows belong to outputs and columns to inputs (the numerator layout).',
				power: 'It looks like the factor 2 of the power rule got lost in $\\frac{\\partial F_2}{\\partial x}$: $(bx^2)\' = 2bx$.',
			},
		},
		'weight-grad': {
			name: 'Gradient by a layer’s weights',
			question:
				'The layer $Z = A W + b$ got the batch ${{A}}$ (a row per example), and the gradient ${{G}}$ came back from the layers after it. Find $\\frac{\\partial L}{\\partial W}$, a matrix of the same shape as $W$.',
			hints: [
				'The shape gives the formula away: from $A$ and $G$, only $A^{\\top} G$ has the shape of $W$.',
				'Entry $(t, j)$ is a sum over the examples: $\\sum_i a_{it}\\, g_{ij}$, that is, column $t$ of $A$ dotted with column $j$ of $G$.',
			],
			steps: {
				formula: 'The weight $w_{tj}$ reaches the loss through every example, so its gradient is a sum over the batch:',
				multiply: 'Multiply, entry by entry:',
			},
			mistakes: {
				'no-transpose': 'That is $A G$, without the transpose. The weight $w_{tj}$ multiplies feature $t$ of every example, so it takes $A^{\\top} G$.',
				transposed: 'That is the answer transposed, $G^{\\top} A$. The rows of $\\frac{\\partial L}{\\partial W}$ belong to the layer’s inputs, like the rows of $W$.',
			},
		},
	},
	example: {
		'grid': 'The Jacobian is the best linear approximation of a map. A grid of inputs around ${{p}}$ (up to ${{half}}$ away) bends under ${{F}}$ (grey lines), while under $F(p) + J\\Delta$ with ${{J}}$ it stays a grid of parallelograms (dashed); near the point the two agree.',
		'grid-alt': 'The image of a small square grid around ${{p}}$ under the map ${{F}}$: curved lines, and beside them the straight dashed lines of the linear approximation with ${{J}}$, agreeing with the curves near $F(p)$ and parting towards the edges.',
	},
};
export default text;

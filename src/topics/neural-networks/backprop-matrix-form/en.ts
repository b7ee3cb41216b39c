import type { Text } from '../../../practice/types';
import { shapeCheckWords } from '../../linear-algebra/matrix-multiplication/en';

const text: Text = {
	practice: {
		dw: {
			name: 'The gradient of the weights',
			question: 'A batch ${{a}}$ (a row per example, a column per feature) went through a dense layer, and the backward pass gave ${{delta}}$, the gradient of the loss with respect to $Z = AW + b$. Find $\\frac{\\partial L}{\\partial W}$.',
			hints: ['$\\frac{\\partial L}{\\partial W} = A^{\\top} \\delta$; it must have the shape of $W$, features × neurons.', 'Entry $(t, j)$ is a sum over the examples: $\\sum_i a_{it} \\delta_{ij}$.'],
			steps: {
				shape: 'Transpose $A$; the result has the shape ${{shape}}$, like $W$:',
				entry: 'Each entry is a sum over the examples, for instance the first:',
				result: 'The other entries the same way:',
			},
			mistakes: {
				mean: 'The result was divided by the number of examples. Averaging over the batch is already inside $\\delta$ (when the loss is a mean); the sum over the examples in $A^{\\top}\\delta$ is all that is needed.',
			},
		},
		db: {
			name: 'The gradient of the bias',
			question: 'The backward pass through a layer gave ${{delta}}$, the gradient of the loss with respect to $Z = AW + b$ for a batch of {{m}} examples and {{k}} neurons. Find $\\frac{\\partial L}{\\partial b}$.',
			hints: ['The bias $b_j$ is added to $z_{ij}$ of every example $i$.', 'So $\\frac{\\partial L}{\\partial b_j}$ is the sum of column $j$ of $\\delta$.'],
			steps: {
				why: 'The bias $b_j$ enters neuron $j$’s output for every example with the factor 1, so the examples’ contributions add up:',
				result: 'A vector of length $k$, like the bias itself:',
			},
			mistakes: {
				rows: 'These are the row sums, over the neurons of one example. There is one bias per neuron, so the sum runs over the examples, that is, down the columns.',
				mean: 'The column sums were divided by the number of examples. When the loss is a mean, the factor $1/m$ is already inside $\\delta$; do not divide twice.',
			},
		},
		shape: {
			name: 'The shape of a gradient',
			question: 'A dense layer $Z = AW + b$: a batch of ${{m}}$ examples, ${{n}}$ input features, ${{k}}$ neurons. What is the shape of ${{grad}}$?',
			hints: ['A gradient with respect to a matrix always has the shape of that matrix.', 'The product confirms it: $\\frac{\\partial L}{\\partial W} = A^{\\top}\\delta$, $\\frac{\\partial L}{\\partial A} = \\delta W^{\\top}$, where $\\delta$ is $m \\times k$.'],
			steps: {
				product: 'Write the product with the shapes of its factors:',
				inner: 'The inner sizes match and disappear; the outer ones remain:',
				likeW: 'This is the shape of $W$ itself: every weight has its own derivative.',
				likeA: 'This is the shape of $A$ itself: every input of every example has its own derivative.',
			},
			mistakes: {
				delta: 'This is the shape of $\\delta$, the gradient with respect to the layer’s output $Z$. A gradient with respect to a matrix has that matrix’s shape.',
				input: 'This is the shape of the input $A$. The gradient of the weights has the shape of $W$: features × neurons.',
				weights: 'This is the shape of $W$. The gradient of the input has the shape of $A$: examples × features.',
			},
		},
	},
	example: {
		...shapeCheckWords,
		'shapes-figure': 'Both products of the backward pass as grids. In colour: the side the factors share. The width of $A^{\\top}$ and the height of $\\delta$ are the $m$ examples; the width of $\\delta$ and the height of $W^{\\top}$ are the $k$ neurons. Each result has the shape of what it is the gradient of: $W$ and $A$.',
		'shapes-figure-alt': 'Two rows of rectangular grids. The first: Aᵀ of {{n}} × {{m}} times δ of {{m}} × {{k}} equals ∂L/∂W of {{n}} × {{k}}; the top side of Aᵀ and the left side of δ are in colour and equally long. The second: δ of {{m}} × {{k}} times Wᵀ of {{k}} × {{n}} equals ∂L/∂A of {{m}} × {{n}}; the top side of δ and the left side of Wᵀ are in colour.',
	},
};
export default text;

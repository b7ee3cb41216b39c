import type { Text } from '../../../practice/types';

/**
 * The sentence of the shape-check example (`shapeCheckExample` in ./index.ts). A page of another topic
 * that shows the example adds these words to its own `example`: `example: { ...shapeCheckWords, … }`.
 */
export const shapeCheckWords = {
	shapeMismatch:
		'Cannot multiply $({{a}}) \\cdot ({{b}})$: the number of columns of the first matrix (${{cols}}$) differs from the number of rows of the second (${{rows}}$), and they must be equal.',
};

const text: Text = {
	practice: {
		shape: {
			name: 'Shape of a product',
			question: 'The matrix $A$ has shape ${{a}}$ and the matrix $B$ has shape ${{b}}$. What shape is ${{expr}}$?',
			hints: [
				'Transposing swaps the sizes: if $B$ is $p \\times n$, then $B^\\top$ is $n \\times p$.',
				'The inner sizes of the factors must match; the outer ones give the shape of the answer.',
			],
			steps: {
				transpose: 'First transpose ${{name}}$: rows and columns swap places.',
				rule: 'The inner sizes match and cancel; the outer ones remain:',
			},
			mistakes: {
				forgotB: 'It looks like $B$ was taken as it is, without the transpose. In $A \\cdot B^\\top$ the right factor is $B^\\top$, with the sizes of $B$ swapped.',
				forgotA: 'It looks like $A$ was taken as it is, without the transpose. In $A^\\top \\cdot B$ the left factor is $A^\\top$, with the sizes of $A$ swapped.',
				inner: 'Those are the inner sizes, the ones that must match and cancel. The shape of the answer comes from the outer ones: the rows of the left factor and the columns of the right one.',
			},
		},
		product: {
			name: 'Matrix product',
			question: 'Compute the product $AB$ for $A = {{a}}$ and $B = {{b}}$.',
			hints: [
				'The shapes are ${{shapes}}$, so the answer is a $2 \\times 2$ matrix.',
				'The entry $c_{ij}$ is row $i$ of $A$ against column $j$ of $B$: multiply in pairs and add up.',
			],
			steps: {
				first: 'Every entry of the result is a row of $A$ against a column of $B$. The first row against the first column:',
				result: 'Put the four numbers together:',
			},
			mistakes: {
				elementwise: 'That is the elementwise product: numbers in the same places multiplied in pairs. The matrix product takes a row of $A$ and a column of $B$ and adds up the pairwise products.',
				order: 'That is $BA$, not $AB$: the matrix product depends on the order. Rows come from the left factor, columns from the right one.',
				rows: 'It looks like the rows of $A$ were multiplied by the rows of $B$ (that gives $AB^\\top$). Use the columns of $B$: $c_{ij}$ is row $i$ of $A$ and column $j$ of $B$.',
			},
		},
	},
	example: {
		...shapeCheckWords,
		productFigure: 'Row 1 of $A$ and column 1 of $B$ meet at the entry $c_{11} = {{c}}$: every number of $C$ is a row of $A$ against a column of $B$.',
		productFigureAlt: 'Matrix A on the left, B above, their product C at the bottom right. Row 1 of A ({{row}}), column 1 of B ({{col}}) and the entry c11 = {{c}} where they meet are marked.',
	},
};
export default text;

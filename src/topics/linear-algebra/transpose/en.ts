import type { Text } from '../../../practice/types';
import { shapeCheckWords } from '../matrix-multiplication/en';

const text: Text = {
	practice: {
		entries: {
			name: 'Transpose',
			question: 'Write $A^\\top$ for ${{a}}$.',
			hints: ['Row $i$ of $A$ becomes column $i$ of $A^\\top$.', 'The sizes swap: $A^\\top$ has as many rows as $A$ has columns.'],
			steps: {
				shape: 'The shape changes from ${{from}}$ to ${{to}}$.',
				rows: 'Write each row of $A$ as a column, in order:',
				result: 'The result:',
			},
			mistakes: {
				same: 'That is $A$ itself. Transposing turns rows into columns: the first row of $A$ is the first column of $A^\\top$.',
			},
		},
		shape: {
			name: 'Shapes with transposes',
			question: 'The shapes of the matrices: ${{given}}$. What shape is ${{expr}}$?',
			hints: ['Transposing swaps the sizes: $m \\times n$ becomes $n \\times m$.', 'In a product the inner sizes cancel and the outer ones give the shape.'],
			steps: {
				product: 'First the shape of the product $AB$:',
				outer: 'Transposing the result swaps its sizes:',
				flip: 'Transpose $A$:',
				gram: 'Multiply the shapes:',
			},
			mistakes: {
				untransposed: 'That is the shape of $AB$. The result still has to be transposed, which swaps its sizes.',
				otherGram: 'That is the shape of the other product: $A^\\top A$ and $A A^\\top$ are square matrices of different sizes. The size of $A^\\top A$ is the number of columns of $A$; that of $A A^\\top$ is the number of rows.',
			},
		},
	},
	example: {
		...shapeCheckWords,
		mirrorFigure: 'Transposing is a mirror over the main diagonal (dashed): the diagonal stays in place, and the number ${{v}}$ in row 1, column {{j}} of $A$ moves to row {{j}}, column 1 of $A^\\top$.',
		mirrorFigureAlt: 'On the left the matrix A of shape {{rows}} × {{cols}}, on the right A transposed, of shape {{cols}} × {{rows}}. The main diagonal of both is dashed; the number {{v}} is marked: row 1, column {{j}} in A, and row {{j}}, column 1 in the transpose.',
	},
};
export default text;

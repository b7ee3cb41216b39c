import type { Text } from '../../../practice/types';

/**
 * The sentences of the plane picture (`planeExample` in ./index.ts): its captions and the area.
 * The determinant and eigenvector pages show the same picture and spread these into their `example`.
 */
export const planeWords = {
	planeShape: 'A shape in the plane (dashed) and its image after multiplying by the matrix $W$ (filled).',
	planeCircle: 'The unit circle (dashed) and its image after multiplying by the matrix $W$ (filled).',
	planeVectors: 'Vectors (dashed) and their images after multiplying by the matrix $W$ (solid arrows of the same colour).',
	area: 'The area was multiplied by {{ratio}}.',
	areaFlipped: 'The area was multiplied by {{ratio}}, and the orientation flipped (the vertices now go round the other way).',
	areaZero: 'The area became zero: the square was squashed flat onto a line.',
};

const text: Text = {
	practice: {
		image: {
			name: 'Image of a vector',
			question: 'The row vector ${{x}}$ is multiplied by the matrix ${{w}}$. Find its image $x W$.',
			hints: [
				'$x W = x_1 \\cdot (\\text{row 1 of } W) + x_2 \\cdot (\\text{row 2})$.',
				'Coordinate $j$ of the image is $x$ times column $j$ of $W$.',
			],
			steps: {
				rows: 'The image is the sum of the rows of $W$ with the weights $x_1$ and $x_2$ (the rows of $W$ are the images of the basis vectors):',
				coords: 'Add up coordinate by coordinate:',
				result: 'The image:',
			},
			mistakes: {
				column: 'That is $W x$, the column convention of textbooks. On this page $x$ is a row, and $x W$ adds up the rows of $W$, not its columns.',
			},
		},
		compose: {
			name: 'Composition',
			question: 'A row point $x$ is first multiplied by ${{w1}}$, then by ${{w2}}$. Find one matrix that does the same.',
			hints: [
				'$(x W_1) W_2 = x (W_1 W_2)$: with rows, the matrices are multiplied in the order they act.',
				'The entry $w_{ij}$ of the product is row $i$ of $W_1$ against column $j$ of $W_2$.',
			],
			steps: {
				order: 'Matrix multiplication is associative, so the two steps merge into one:',
				entries: 'Multiply $W_1 W_2$: a row of $W_1$ against a column of $W_2$.',
				result: 'The matrix of the composition:',
			},
			mistakes: {
				order: 'That is $W_2 W_1$, the order of the textbook column convention ($M_2 M_1 x$). For a row point, $x W_1 W_2$, the matrix that acts first stands on the left.',
			},
		},
	},
	example: { ...planeWords },
};
export default text;

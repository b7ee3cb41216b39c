/** Strings of the shapes and matrix-multiplication widget (`src/widgets/ShapeExplorer.tsx`), in English; Russian, the model, in `../shapes.ts`. */
import type { ShapesUi } from '../shapes';

const en: ShapesUi = {
	label: 'Shapes and matrix multiplication',
	fields: { m: 'Rows of A', n: 'Columns of A', p: 'Rows of W', q: 'Columns of W', a: 'Entries of A', w: 'Entries of W' },
	result: (r, c) => `Result: a ${r}×${c} matrix.`,
	hint: 'Point at or Tab to a result number: the row of A and the column of W that made it light up.',
	product: 'A·W',
};
export default en;

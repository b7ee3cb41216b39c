/** Strings of the shapes and matrix-multiplication widget (`src/widgets/ShapeExplorer.tsx`). */
const ru = {
	label: 'Формы и умножение матриц',
	fields: { m: 'Строк в A', n: 'Столбцов в A', p: 'Строк в W', q: 'Столбцов в W', a: 'Числа A', w: 'Числа W' } as Record<string, string>,
	result: (r: number, c: number) => `Результат: матрица ${r}×${c}.`,
	hint: 'Наведите указатель или Tab на число результата: подсветятся строка A и столбец W, из которых оно получилось.',
	product: 'A·W',
};
export const SHAPES_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'Shapes and matrix multiplication',
		fields: { m: 'Rows of A', n: 'Columns of A', p: 'Rows of W', q: 'Columns of W', a: 'Entries of A', w: 'Entries of W' },
		result: (r, c) => `Result: a ${r}×${c} matrix.`,
		hint: 'Point at or Tab to a result number: the row of A and the column of W that made it light up.',
		product: 'A·W',
	},
};

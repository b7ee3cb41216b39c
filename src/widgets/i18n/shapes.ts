/** Strings of the shapes and matrix-multiplication widget (`src/widgets/ShapeExplorer.tsx`). */
export const SHAPES_UI = {
	ru: {
		shapeExplorerLabel: 'Проверка форм при умножении матриц',
		first: 'Первая матрица A',
		second: 'Вторая матрица B',
		rows: 'строк',
		cols: 'столбцов',
		result: (r: number, c: number) => `Результат: матрица ${r}×${c}.`,
		invalidSize: 'Размер — целое число от 1 до 64.',
	},
	en: {
		shapeExplorerLabel: 'Shape check for a matrix product',
		first: 'First matrix A',
		second: 'Second matrix B',
		rows: 'rows',
		cols: 'columns',
		result: (r: number, c: number) => `Result: a ${r}×${c} matrix.`,
		invalidSize: 'A size is a whole number from 1 to 64.',
	},
};

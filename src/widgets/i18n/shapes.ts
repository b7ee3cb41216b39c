/** Strings of the shapes and matrix-multiplication widget (`src/widgets/ShapeExplorer.tsx`). In Russian; English in `en/shapes.ts`. */
const ru = {
	label: 'Формы и умножение матриц',
	fields: { m: 'Строк в A', n: 'Столбцов в A', p: 'Строк в W', q: 'Столбцов в W', a: 'Числа A', w: 'Числа W' } as Record<string, string>,
	result: (r: number, c: number) => `Результат: матрица ${r}×${c}.`,
	hint: 'Наведите указатель или Tab на число результата: подсветятся строка A и столбец W, из которых оно получилось.',
	product: 'A·W',
};
/** The Russian strings' shape: `en/shapes.ts` has the same keys. */
export type ShapesUi = typeof ru;
export default ru;

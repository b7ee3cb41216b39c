/** Strings of the dense-layer widget (`src/widgets/DenseLayer.tsx`). In Russian; English in `en/dense-layer.ts`. */
const ru = {
	label: 'Полносвязный слой relu(A·W + b) на квадрате',
	intro: 'A — вершины квадрата, по строке на точку. W и b можно задать или взять по зерну.',
	k: 'Нейронов k',
	w: 'Веса W (каждая строка матрицы — с новой строки)',
	b: 'Смещения b',
	random: 'Другие случайные',
	plotIn: 'Вход: квадрат A',
	plotOut: 'Выход слоя',
	linear: 'Пунктир — A·W + b: линейное отображение и сдвиг.',
	fold: 'Заливка — после relu: отрицательные координаты стали нулями, и всё, что было левее или ниже осей, прижалось к ним.',
	only2: 'Поставьте k = 2, чтобы увидеть слой на плоскости.',
};
/** The Russian strings' shape: `en/dense-layer.ts` has the same keys. */
export type DenseLayerUi = typeof ru;
export default ru;

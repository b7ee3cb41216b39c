/** Strings of the dense-layer widget (`src/widgets/DenseLayer.tsx`). */
const ru = {
	label: 'Полносвязный слой relu(A·W + b) на квадрате',
	intro: 'A — вершины квадрата, по строке на точку. W и b можно задать или взять по зерну.',
	k: 'Нейронов k',
	w: 'Веса W (строка на строку)',
	b: 'Смещения b',
	random: 'Другие случайные',
	plotIn: 'Вход: квадрат A',
	plotOut: 'Выход слоя',
	linear: 'Пунктир — A·W + b: линейное отображение и сдвиг.',
	fold: 'Заливка — после relu: отрицательные координаты стали нулями, и всё, что было левее или ниже осей, прижалось к ним.',
	only2: 'Поставьте k = 2, чтобы увидеть слой на плоскости.',
};
export const DENSE_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'A dense layer relu(A·W + b) on the square',
		intro: 'A holds the corners of the square, a row per point. Set W and b or draw them from a seed.',
		k: 'Neurons k',
		w: 'Weights W (a row per line)',
		b: 'Biases b',
		random: 'Other random ones',
		plotIn: 'Input: the square A',
		plotOut: 'Layer output',
		linear: 'Dashed: A·W + b, a linear map and a shift.',
		fold: 'Filled: after relu, negative coordinates became zero, and everything left of or below the axes was pressed onto them.',
		only2: 'Set k = 2 to see the layer on the plane.',
	},
};

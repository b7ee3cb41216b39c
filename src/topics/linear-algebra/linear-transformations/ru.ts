import type { Text } from '../../../practice/types';

/**
 * The sentences of the plane picture (`planeExample` in ./index.ts): its captions and the area.
 * The determinant and eigenvector pages show the same picture and spread these into their `example`.
 */
export const planeWords = {
	planeShape: 'Фигура на плоскости (пунктир) и её образ после умножения на матрицу $W$ (закрашено).',
	planeCircle: 'Единичная окружность (пунктир) и её образ после умножения на матрицу $W$ (закрашено).',
	planeVectors: 'Векторы (пунктир) и их образы после умножения на матрицу $W$ (сплошные стрелки того же цвета).',
	area: 'Площадь фигуры умножилась на {{ratio}}.',
	areaFlipped: 'Площадь фигуры умножилась на {{ratio}}, а ориентация перевернулась (обход вершин сменился на обратный).',
	areaZero: 'Площадь стала нулевой: квадрат сплющился в отрезок.',
};

const text: Text = {
	practice: {
		image: {
			name: 'Образ вектора',
			question: 'Вектор-строка ${{x}}$ умножается на матрицу ${{w}}$. Найдите его образ $x W$.',
			hints: [
				'$x W = x_1 \\cdot (\\text{строка 1 матрицы } W) + x_2 \\cdot (\\text{строка 2})$.',
				'Координата $j$ образа — это $x$, умноженный на столбец $j$ матрицы $W$.',
			],
			steps: {
				rows: 'Образ — сумма строк $W$ с коэффициентами $x_1$ и $x_2$ (строки $W$ — образы базисных векторов):',
				coords: 'Складываем покоординатно:',
				result: 'Образ:',
			},
			mistakes: {
				column: 'Это $W x$ — запись со столбцами, как в учебниках. На этой странице $x$ — строка, и $x W$ складывает строки $W$, а не столбцы.',
			},
		},
	},
	example: { ...planeWords },
};
export default text;

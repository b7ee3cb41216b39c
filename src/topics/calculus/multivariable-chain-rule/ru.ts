import type { Text } from '../../../practice/types';
import chain from '../chain-rule/ru';

const text: Text = {
	practice: {
		'two-paths': {
			name: 'Два пути',
			question: 'Пусть $u = xy$, ${{v}}$ и $L = u \\cdot v$. Найдите ${{d}}$ при ${{at}}$.',
			hints: [
				'Переменная входит и в $u$, и в $v$ — это два пути к $L$. По каждому пути — обычная цепочка.',
				'Вклады путей складываются: $\\frac{\\partial L}{\\partial u}\\frac{\\partial u}{\\partial \\cdot} + \\frac{\\partial L}{\\partial v}\\frac{\\partial v}{\\partial \\cdot}$, где $\\frac{\\partial L}{\\partial u} = v$ и $\\frac{\\partial L}{\\partial v} = u$.',
			],
			steps: {
				forward: 'Прямой проход:',
				locals: 'Локальные производные на каждом ребре:',
				sum: 'Складываем два пути:',
			},
			mistakes: {
				'only-u': 'Это вклад только пути через $u$. Переменная входит ещё и в $v$ — прибавьте второй путь.',
				'only-v': 'Это вклад только пути через $v$. Переменная входит ещё и в $u$ — прибавьте второй путь.',
			},
		},
		batch: {
			name: 'Сумма по батчу',
			question:
				'Модель $\\hat y = wx$, батч из двух примеров ${{data}}$, функция потерь — средний квадрат ошибки $L = \\frac{1}{2}\\left[(wx_1 - y_1)^2 + (wx_2 - y_2)^2\\right]$. Найдите $\\frac{dL}{dw}$ при ${{w}}$.',
			hints: [
				'Один и тот же $w$ участвует в обоих примерах: два пути к $L$, их вклады складываются.',
				'Вклад примера $i$: $\\frac{1}{2} \\cdot 2 e_i \\cdot x_i = e_i x_i$, где $e_i = w x_i - y_i$ — ошибка на примере.',
			],
			steps: {
				errors: 'Ошибки на примерах:',
				paths: 'Вклад каждого примера — $\\frac{1}{2} \\cdot 2 e_i x_i = e_i x_i$: двойка из производной квадрата сокращается с $\\frac{1}{2}$ среднего.',
				sum: 'Складываем пути:',
			},
			mistakes: {
				'one-example': 'Это вклад только одного примера. Вес общий для батча, поэтому вклады всех примеров складываются.',
				'no-mean': 'Вдвое больше нужного: потери — среднее по двум примерам, множитель $\\frac{1}{2}$ остаётся в производной.',
			},
		},
	},
	// The worked example is the chain-rule page's backward pass (that topic's module), with the same labels.
	example: {
		...chain.example,
		'paths-figure': 'Граф $L = (x \\cdot y)(x + y)$ со значениями узлов и локальными производными на рёбрах. От ${{from}}$ к $L$ ведут два пути (выделены); произведения вдоль них складываются: ${{sum}}$.',
		'paths-figure-alt': 'Граф из пяти узлов: $x$ и $y$ слева, $u = x \\cdot y$ и $v = x + y$ в середине, $L = u \\cdot v$ справа; на каждом ребре локальная производная, два пути от ${{from}}$ к $L$ выделены, ${{sum}}$.',
	},
};
export default text;

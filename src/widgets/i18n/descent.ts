/** Strings of the gradient-descent widget (`src/widgets/GradientDescent.tsx`). */
const ru = {
	label: 'Градиентный спуск',
	intro: 'Шаг спуска: x ← x − η·∇f(x).',
	fields: {
		m: 'Функция потерь',
		r: 'Шаг обучения η',
		b: 'Моментум (β = 0,9)',
		n: 'Шагов',
		x: 'Старт x₀',
		y: 'Старт y₀',
		s: 'Зерно отжига',
	} as Record<string, string>,
	modes: { '1d': '1-D: f(x) = x²', '2d': '2-D: f(x, y) = x² + 10y²', bumpy: 'Ухабистая: спуск против отжига' } as Record<string, string>,
	presets: ['крошечный', 'хороший', 'колебания', 'слишком большой'],
	presetsLabel: 'Готовые η:',
	verdicts: {
		diverge: 'Расходится: шаг так велик, что каждый перескакивает минимум всё дальше, и потеря растёт.',
		oscillate: 'Колеблется: каждый шаг перескакивает минимум, хотя и приближается к нему.',
		slow: 'Медленно: шаг мал, и до минимума ещё далеко.',
		good: 'Сходится: потеря почти ноль.',
	} as Record<string, string>,
	result: (n: number, at: string, f: string) => `После ${n} шагов: ${at}, f = ${f}.`,
	gd: 'Градиентный спуск',
	sa: 'Имитация отжига',
	compare:
		'Спуск идёт по градиенту вниз и остаётся в ближайшей яме; отжиг прыгает наугад, иногда и вверх, и может перебраться в более глубокую. В сети с миллионами весов прыжки наугад безнадёжны — там работает спуск; отжиг хорош для малых задач без градиента.',
	plot: 'Функция потерь и путь',
	contours: 'Линии уровня f(x, y) = x² + 10y² и путь спуска',
};
export const DESCENT_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'Gradient descent',
		intro: 'A descent step: x ← x − η·∇f(x).',
		fields: { m: 'Loss', r: 'Learning rate η', b: 'Momentum (β = 0.9)', n: 'Steps', x: 'Start x₀', y: 'Start y₀', s: 'Annealing seed' },
		modes: { '1d': '1-D: f(x) = x²', '2d': '2-D: f(x, y) = x² + 10y²', bumpy: 'Bumpy: descent against annealing' },
		presets: ['tiny', 'good', 'oscillating', 'too large'],
		presetsLabel: 'Ready-made η:',
		verdicts: {
			diverge: 'Diverges: the step is so large that each one overshoots the minimum further, and the loss grows.',
			oscillate: 'Oscillates: every step overshoots the minimum, though it gets closer.',
			slow: 'Slow: the step is small and the minimum is still far.',
			good: 'Converges: the loss is almost zero.',
		},
		result: (n, at, f) => `After ${n} steps: ${at}, f = ${f}.`,
		gd: 'Gradient descent',
		sa: 'Simulated annealing',
		compare:
			'Descent follows the gradient down and stays in the nearest valley; annealing jumps at random, sometimes uphill, and can reach a deeper one. With millions of weights random jumps are hopeless, so networks use descent; annealing suits small problems with no gradient.',
		plot: 'The loss and the path',
		contours: 'Contour lines of f(x, y) = x² + 10y² and the descent path',
	},
};

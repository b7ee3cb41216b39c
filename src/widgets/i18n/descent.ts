/** Strings of the gradient-descent widget (`src/widgets/GradientDescent.tsx`). In Russian; English in `en/descent.ts`. */
const ru = {
	label: 'Градиентный спуск',
	intro: 'Шаг спуска: x ← x − η·∇f(x).',
	fields: {
		m: 'Функция потерь',
		r: 'Скорость обучения η',
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
/** The Russian strings' shape: `en/descent.ts` has the same keys. */
export type DescentUi = typeof ru;
export default ru;

/** Strings of the drills widget (`src/widgets/Drills.tsx`). Formulas are the same in both languages. */
import { MAX_TEXT } from '../../numbers/read';
export const SHAPE_EXPR = ['A·B', 'A·Bᵀ', 'Aᵀ·B'];
export const GRAPH_TEXT = ['(a·b + c)²', 'relu(a·b − c)·d', '(a + b)·(b − c)', 'a·b·c + b'];

const ru = {
	label: 'Тренажёр: задачи из ядра сайта',
	intro: 'Задачу строит ядро по зерну из ссылки.',
	fields: { k: 'Тип задачи', s: 'Зерно (seed)', a: 'Ваш ответ' } as Record<string, string>,
	kinds: { shape: 'Форма произведения', derivative: 'Производная в точке', backprop: 'Обратный проход вручную' } as Record<string, string>,
	shapeQ: (expr: string, a: string, b: string) => `Какой формы будет ${expr}, если A — ${a}, а B — ${b}? Ответ вида 3x5.`,
	derivQ: (f: string, x: string) => `Найдите f′(${x}) для f(x) = ${f} с точностью до 0,01.`,
	backQ: (formula: string, values: string, target: string) => `L = ${formula}, где ${values}. Найдите ∂L/∂${target}.`,
	check: 'Проверить',
	next: 'Новая задача',
	hint: 'Подсказка',
	solution: 'Решение',
	shapeHint: 'Транспонирование меняет местами размеры; внутренние должны совпасть, внешние дают ответ.',
	derivHint: (fd: string) => `Производная этой функции: f′(x) = ${fd}.`,
	backHint: 'От L назад: ∂L/∂L = 1, на каждом узле умножайте на местную производную; вклады одной переменной складываются.',
	backSolution: 'Все градиенты после обратного прохода:',
	verdicts: {
		correct: 'Верно!',
		wrong: 'Неверно, попробуйте ещё раз или откройте подсказку.',
		unreadable: 'Не получается прочитать ответ: нужно число (0,5 или 0.5) или форма (3x5).',
		long: `Ответ слишком длинный: здесь не больше ${MAX_TEXT} символов.`,
	} as Record<string, string>,
};
export const DRILLS_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'Drills: exercises from the site’s core',
		intro: 'The core builds each exercise from the seed in the link.',
		fields: { k: 'Kind', s: 'Seed', a: 'Your answer' },
		kinds: { shape: 'Shape of a product', derivative: 'Derivative at a point', backprop: 'Backprop by hand' },
		shapeQ: (expr, a, b) => `What is the shape of ${expr} if A is ${a} and B is ${b}? Answer like 3x5.`,
		derivQ: (f, x) => `Find f′(${x}) for f(x) = ${f} to within 0.01.`,
		backQ: (formula, values, target) => `L = ${formula}, where ${values}. Find ∂L/∂${target}.`,
		check: 'Check',
		next: 'New exercise',
		hint: 'Hint',
		solution: 'Solution',
		shapeHint: 'A transpose swaps the sizes; the inner ones must match, the outer ones give the answer.',
		derivHint: (fd) => `The derivative of this function: f′(x) = ${fd}.`,
		backHint: 'Walk back from L: ∂L/∂L = 1, multiply by the local derivative at each node; a variable’s contributions add up.',
		backSolution: 'All gradients after the backward pass:',
		verdicts: {
			correct: 'Correct!',
			wrong: 'Not quite: try again or open the hint.',
			unreadable: 'Cannot read the answer: write a number (0.5) or a shape (3x5).',
		long: `The answer is too long: at most ${MAX_TEXT} characters here.`,
		},
	},
};

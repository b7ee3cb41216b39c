/** Strings of the drills widget (`src/widgets/Drills.tsx`) in Russian; English in `en/drills.ts`, the formulas in `drill-formulas.ts`. */
import { MAX_TEXT } from '../../numbers/read';

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
/** The Russian strings' shape: `en/drills.ts` has the same keys. */
export type DrillsUi = typeof ru;
export default ru;

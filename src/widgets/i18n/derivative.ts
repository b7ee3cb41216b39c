/** Strings of the derivative widget (`src/widgets/Derivative.tsx`). */
import { FORMULAS } from './functions';

const ru = {
	label: 'Производная: секущая становится касательной',
	intro:
		'Наклон секущей через x₀ и x₀ + h — это (f(x₀ + h) − f(x₀)) / h. Уменьшайте h: секущая прижимается к касательной, а наклон — к производной.',
	fields: { f: 'Функция', x: 'Точка x₀', e: 'Шаг h' } as Record<string, string>,
	formulas: FORMULAS,
	secant: 'Наклон секущей',
	exact: 'Производная (точно, обратным проходом ядра)',
	gap: 'Разница',
	kink: 'У relu в нуле нет производной: слева наклон 0, справа 1. Ядро, как и фреймворки, берёт 0; секущая справа даёт 1.',
	plot: 'График функции, секущая (оранжевая) и касательная (пунктир)',
};
export const DERIVATIVE_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'The derivative: a secant becomes the tangent',
		intro:
			'The secant through x₀ and x₀ + h has slope (f(x₀ + h) − f(x₀)) / h. Shrink h: the secant closes in on the tangent, and its slope on the derivative.',
		fields: { f: 'Function', x: 'Point x₀', e: 'Step h' },
		formulas: FORMULAS,
		secant: 'Secant slope',
		exact: 'Derivative (exact, by the core’s backward pass)',
		gap: 'Difference',
		kink: 'relu has no derivative at 0: the slope is 0 on the left and 1 on the right. The core, like the frameworks, uses 0; the secant from the right gives 1.',
		plot: 'The function, the secant (orange) and the tangent (dashed)',
	},
};

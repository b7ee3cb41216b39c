/** Strings of the derivative widget (`src/widgets/Derivative.tsx`). In Russian; English in `en/derivative.ts`. */
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
/** The Russian strings' shape: `en/derivative.ts` has the same keys. */
export type DerivativeUi = typeof ru;
export default ru;

/** Strings of the derivative widget (`src/widgets/Derivative.tsx`), in English; Russian, the model, in `../derivative.ts`. */
import { FORMULAS } from '../functions';
import type { DerivativeUi } from '../derivative';

const en: DerivativeUi = {
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
};
export default en;

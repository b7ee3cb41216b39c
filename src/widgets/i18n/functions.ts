import type { ExampleFunctionName } from '../lib/example-functions';

/**
 * The menu of example functions (src/widgets/lib/example-functions.ts) as readers see it: each as
 * f(x) and f′(x). Formulas are the same in both languages; the type asks for every function on the menu.
 */
export const FORMULAS: Record<ExampleFunctionName, [string, string]> = {
	square: ['x²', '2x'],
	cube: ['x³', '3x²'],
	sin: ['sin x', 'cos x'],
	exp: ['eˣ', 'eˣ'],
	ln: ['ln x', '1/x'],
	sigmoid: ['σ(x)', 'σ(x)(1 − σ(x))'],
	tanh: ['tanh x', '1 − tanh²x'],
	relu: ['relu(x)', '[x > 0]'],
};

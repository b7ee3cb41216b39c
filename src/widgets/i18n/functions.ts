/** The menu of functions (derivative widget, drills): each as f(x) and f′(x). Formulas are the same in both languages. */
export const FORMULAS: Record<string, [string, string]> = {
	square: ['x²', '2x'],
	cube: ['x³', '3x²'],
	sin: ['sin x', 'cos x'],
	exp: ['eˣ', 'eˣ'],
	ln: ['ln x', '1/x'],
	sigmoid: ['σ(x)', 'σ(x)(1 − σ(x))'],
	tanh: ['tanh x', '1 − tanh²x'],
	relu: ['relu(x)', '[x > 0]'],
};

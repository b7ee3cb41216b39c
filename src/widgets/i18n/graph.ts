/**
 * How the graph widget (chain rule) writes operations and their local derivatives. Formulas
 * are the same in both languages; the words around them are per language.
 */

/** A node's formula from its operands' names: `w·x`, `relu(z)`, `e²`. */
export const OP_TEXT: Record<string, (a: string, b: string, k?: number) => string> = {
	add: (a, b) => `${a} + ${b}`,
	sub: (a, b) => `${a} − ${b}`,
	mul: (a, b) => `${a}·${b}`,
	div: (a, b) => `${a} / ${b}`,
	pow: (a, _, k) => (k === 2 ? `${a}²` : k === 3 ? `${a}³` : `${a}^${k}`),
	neg: (a) => `−${a}`,
	exp: (a) => `exp(${a})`,
	log: (a) => `ln(${a})`,
	tanh: (a) => `tanh(${a})`,
	sigmoid: (a) => `σ(${a})`,
	relu: (a) => `relu(${a})`,
};

/** The rule behind a local derivative, for operand `slot` of an operation. */
export const LOCAL_RULE: Record<string, (slot: number) => string> = {
	add: () => '∂(a + b)/∂a = ∂(a + b)/∂b = 1',
	sub: (s) => (s === 0 ? '∂(a − b)/∂a = 1' : '∂(a − b)/∂b = −1'),
	mul: (s) => (s === 0 ? '∂(a·b)/∂a = b' : '∂(a·b)/∂b = a'),
	div: (s) => (s === 0 ? '∂(a/b)/∂a = 1/b' : '∂(a/b)/∂b = −a/b²'),
	pow: () => '∂(aⁿ)/∂a = n·aⁿ⁻¹',
	neg: () => '∂(−a)/∂a = −1',
	exp: () => '(eᵃ)′ = eᵃ',
	log: () => '(ln a)′ = 1/a',
	tanh: () => '(tanh a)′ = 1 − tanh²a',
	sigmoid: () => 'σ′(a) = σ(a)(1 − σ(a))',
	relu: () => 'relu′(a) = [a > 0]',
};

import { Value, value } from '../../core/scalar/value';
import { centralDifference } from '../../math/finite-difference';
import { EXAMPLE_FUNCTIONS } from '../../widgets/lib/example-functions';

/**
 * The functions and little computation graphs that the calculus pages compute with. Every function
 * is built from the core's scalar `Value`s, so its derivative comes from the core's backward pass
 * (the same chain rule a framework runs), never from a formula typed next to the number.
 * `tests/topics/calculus/functions.test.ts` checks each entry against finite differences. Functions
 * that are also on the widgets' menu (e^x, tanh) are built by that menu (src/widgets/lib/example-functions.ts).
 */

/** A function of one variable. */
export interface ScalarFunction {
	/** The formula in TeX, written in terms of `x`. */
	tex: string;
	build: (x: Value) => Value;
	/** The derivative by the rules, for pages that compare a rule with the core (checked by a test). */
	derivative?: (x: number) => number;
	/** That derivative in TeX. */
	derivativeTex?: string;
	/** The variable's name when it is not `x` (a weight `w`), and the function's name, `f(x)` by default. */
	variable?: string;
	name?: string;
}

const c = (n: number) => value(n);

export const SCALAR_FUNCTIONS = {
	/** The function Karpathy differentiates at the start of his first lecture. */
	'quadratic': {
		tex: '3x^2 - 4x + 5',
		build: (x) => x.pow(2).mul(3).sub(x.mul(4)).add(5),
		derivative: (x) => 6 * x - 4,
		derivativeTex: '6x - 4',
	},
	'sigmoid': {
		tex: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
		// Built from exp, negation, addition and division, not from the core's sigmoid node (which
		// already knows σ' = σ(1 − σ)): the page compares that formula with what the plain rules give.
		build: (x) => c(1).div(x.neg().exp().add(1)),
		derivative: (x) => {
			const s = 1 / (1 + Math.exp(-x));
			return s * (1 - s);
		},
		derivativeTex: '\\sigma(x)\\bigl(1 - \\sigma(x)\\bigr)',
	},
	'exp': {
		tex: 'e^x',
		build: EXAMPLE_FUNCTIONS.exp.build,
		derivative: (x) => Math.exp(x),
		derivativeTex: 'e^x',
	},
	'x-exp': {
		tex: 'x\\,e^x',
		build: (x) => x.mul(x.exp()),
		derivative: (x) => (1 + x) * Math.exp(x),
		derivativeTex: '(1 + x)\\,e^x',
	},
	'log-over-x': {
		tex: '\\frac{\\ln x}{x}',
		build: (x) => x.log().div(x),
		derivative: (x) => (1 - Math.log(x)) / (x * x),
		derivativeTex: '\\frac{1 - \\ln x}{x^2}',
	},
	'tanh': {
		tex: '\\tanh x',
		build: EXAMPLE_FUNCTIONS.tanh.build,
		derivative: (x) => 1 - Math.tanh(x) ** 2,
		derivativeTex: '1 - \\tanh^2 x',
	},
	/** The loss of a one-weight model y ≈ w·x on three points, as a function of w (see extrema and gradient descent). */
	'one-weight-mse': {
		tex: '\\tfrac{1}{3}\\bigl[(w - 2)^2 + (2w - 3)^2 + (3w - 7)^2\\bigr]',
		build: (w) => sumOf([[1, 2], [2, 3], [3, 7]].map(([xi, yi]) => w.mul(xi!).sub(yi!).pow(2))).div(3),
		derivative: (w) => (2 / 3) * (14 * w - 29),
		derivativeTex: '\\tfrac{2}{3}(14w - 29)',
		variable: 'w',
		name: 'L(w)',
	},
} satisfies Record<string, ScalarFunction>;

export type ScalarFunctionName = keyof typeof SCALAR_FUNCTIONS;

/** A function of several variables. */
export interface VectorFunction {
	/** Variable names in TeX, in the order `at` lists their values. */
	vars: string[];
	/** The function's name in TeX, e.g. `L(w, b)`. */
	name: string;
	tex: string;
	build: (vars: Value[]) => Value;
}

export const VECTOR_FUNCTIONS = {
	/** A squared error of one neuron without activation on one example x = 2, y = 1. */
	'neuron-loss': {
		vars: ['w', 'b'],
		name: 'L(w, b)',
		tex: '(2w + b - 1)^2',
		build: ([w, b]) => w!.mul(2).add(b!).sub(1).pow(2),
	},
	/** A bowl that is steeper along y than along x. */
	'bowl': {
		vars: ['x', 'y'],
		name: 'f(x, y)',
		tex: 'x^2 + 3y^2',
		build: ([x, y]) => x!.pow(2).add(y!.pow(2).mul(3)),
	},
	/** A ravine: twenty times more curved along y than along x, so one learning rate cannot suit both. */
	'ravine': {
		vars: ['x', 'y'],
		name: 'f(x, y)',
		tex: '\\tfrac{1}{10} x^2 + 2y^2',
		build: ([x, y]) => x!.pow(2).mul(0.1).add(y!.pow(2).mul(2)),
	},
	'mixed': {
		vars: ['x', 'y'],
		name: 'f(x, y)',
		tex: 'x^2 y + e^{y}',
		build: ([x, y]) => x!.pow(2).mul(y!).add(y!.exp()),
	},
} satisfies Record<string, VectorFunction>;

export type VectorFunctionName = keyof typeof VECTOR_FUNCTIONS;

/** Either kind, for components that take both (gradient descent runs on one weight or on two). */
export function asVectorFunction(name: ScalarFunctionName | VectorFunctionName): VectorFunction {
	if (name in VECTOR_FUNCTIONS) return VECTOR_FUNCTIONS[name as VectorFunctionName];
	const f: ScalarFunction = SCALAR_FUNCTIONS[name as ScalarFunctionName];
	const variable = f.variable ?? 'x';
	return { vars: [variable], name: f.name ?? `f(${variable})`, tex: f.tex, build: ([x]) => f.build(x!) };
}

/** f and its gradient at a point, by the core: a forward pass, then backward from the result. */
export function valueAndGradient(f: VectorFunction, at: readonly number[]): { value: number; grad: number[] } {
	const inputs = at.map((v, i) => value(v, f.vars[i]));
	const out = f.build(inputs);
	out.backward();
	return { value: out.data, grad: inputs.map((x) => x.grad) };
}

/** f at a point, forward pass only. */
export function valueAt(f: VectorFunction, at: readonly number[]): number {
	return f.build(at.map((v) => value(v))).data;
}

/** Central difference (f(p + h·eᵢ) − f(p − h·eᵢ)) / 2h for every variable i. */
export function numericGradient(f: VectorFunction, at: readonly number[], h = 1e-5): number[] {
	return at.map((_, i) => {
		return centralDifference((xi) => valueAt(f, at.map((v, j) => (j === i ? xi : v))), at[i]!, h);
	});
}

function sumOf(terms: Value[]): Value {
	return terms.slice(1).reduce((acc, t) => acc.add(t), terms[0]!);
}

/** A small computation graph for the chain-rule pages: the root and its labelled inputs. */
export interface ChainGraph {
	root: Value;
	/** The inputs whose gradients the page is after, in display order. */
	inputs: Value[];
}

/**
 * Graphs by name. Every node the page talks about has a label; unlabelled leaves are constants.
 * Each call builds a fresh graph, so one page can show the same graph twice.
 */
export const CHAIN_GRAPHS = {
	/** One neuron with a sigmoid and a squared error: x = 2, w = −0.5, b = 0.5, y = 1. */
	'sigmoid-neuron': (): ChainGraph => {
		const x = value(2, 'x');
		const w = value(-0.5, 'w');
		const b = value(0.5, 'b');
		// The site's letters (content/notation/letters.yaml): the product m, the sum z, the activation a, the error e.
		const z = w.mul(x).named('m').add(b).named('z');
		const a = z.sigmoid().named('a');
		const e = a.sub(c(1)).named('e');
		const L = e.pow(2).named('L');
		return { root: L, inputs: [w, b, x] };
	},
	/** x feeds the result along two paths: L = (x·y)·(x + y) at x = 2, y = 3. */
	'two-paths': (): ChainGraph => {
		const x = value(2, 'x');
		const y = value(3, 'y');
		const u = x.mul(y).named('u');
		const v = x.add(y).named('v');
		const L = u.mul(v).named('L');
		return { root: L, inputs: [x, y] };
	},
} satisfies Record<string, () => ChainGraph>;

export type ChainGraphName = keyof typeof CHAIN_GRAPHS;

/**
 * The menu of example functions f(x) that the derivative widget offers, practice draws from and
 * the calculus examples reuse. Language-free: each is built from the core's scalar `Value`s (so its
 * derivative comes from a backward pass) with the facts the callers need about where it is defined
 * and smooth. Its formulas, f(x) and f′(x) as readers see them, are in `src/widgets/i18n/functions.ts`. Pure.
 */
import { Value } from '../../core/scalar/value';

export interface ExampleFunction {
	build: (x: Value) => Value;
	/** Defined only for x > 0 (ln): inputs keep x positive. */
	positiveOnly?: boolean;
	/** Where the function has no derivative (relu at 0): the widget explains the kink, generators leave the function out. */
	kinkAt?: number;
}

/**
 * sin is not among the core's operations; it joins the graph the way every core operation does, as a
 * node with its value and its local derivative (cos).
 */
const sin = (x: Value) => new Value(Math.sin(x.data), undefined, 'sin', [x], () => [Math.cos(x.data)]);

const MENU = {
	square: { build: (x) => x.pow(2) },
	cube: { build: (x) => x.pow(3) },
	sin: { build: sin },
	exp: { build: (x) => x.exp() },
	ln: { build: (x) => x.log(), positiveOnly: true },
	sigmoid: { build: (x) => x.sigmoid() },
	tanh: { build: (x) => x.tanh() },
	relu: { build: (x) => x.relu(), kinkAt: 0 },
} satisfies Record<string, ExampleFunction>;

export type ExampleFunctionName = keyof typeof MENU;

export const EXAMPLE_FUNCTIONS: Readonly<Record<ExampleFunctionName, ExampleFunction>> = MENU;

/** The menu's order, as the widget lists it. */
export const EXAMPLE_FUNCTION_NAMES = Object.keys(EXAMPLE_FUNCTIONS) as ExampleFunctionName[];


/**
 * The derivative widget's state: a function from a small menu, a point x₀ and a step h = 10^e. The
 * value, the secant slope and the exact derivative all come from the core's scalar autograd (the
 * exact one by a backward pass). Pure.
 */
import { value } from '../../core/scalar/value';
import { EXAMPLE_FUNCTION_NAMES, EXAMPLE_FUNCTIONS, type ExampleFunctionName } from '../lib/example-functions';
import type { Check, Texts } from '../lib/form';
import { isProblem, num, oneOf } from '../../numbers/read';

/** The widget's menu is the menu of example functions. */
export const FUNCTION_NAMES = EXAMPLE_FUNCTION_NAMES;

/** The range of the step's exponent: h from 10^−8 to 10^0.3 ≈ 2. */
export const E_MIN = -8;
export const E_MAX = 0.3;

export const DERIVATIVE_DEFAULTS: Texts = { f: 'square', x: '1', e: '0' };

/** f(x) and f′(x), the derivative by the core's backward pass. */
export function valueAndSlope(name: ExampleFunctionName, x: number): { y: number; dy: number } {
	const input = value(x, 'x');
	const out = EXAMPLE_FUNCTIONS[name].build(input);
	out.backward();
	return { y: out.data, dy: input.grad };
}

export interface Derivative {
	name: ExampleFunctionName;
	x: number;
	h: number;
	y: number;
	/** f(x₀ + h). */
	yh: number;
	/** (f(x₀ + h) − f(x₀)) / h, the slope of the secant. */
	secant: number;
	/** f′(x₀), exact. */
	exact: number;
}

export function checkDerivative(t: Texts): Check<Derivative> {
	const name = oneOf(t.f, FUNCTION_NAMES);
	if (isProblem(name)) return { key: 'f', why: name };
	const x = num(t.x, 10);
	if (isProblem(x)) return { key: 'x', why: x };
	if (EXAMPLE_FUNCTIONS[name].positiveOnly && x <= 0) return { key: 'x', why: { p: 'pos' } };
	const e = num(t.e, 10);
	if (isProblem(e)) return { key: 'e', why: e };
	if (e < E_MIN || e > E_MAX) return { key: 'e', why: { p: 'big', a: E_MAX } };
	const h = 10 ** e;
	const { y, dy } = valueAndSlope(name, x);
	const yh = valueAndSlope(name, x + h).y;
	return { ok: { name, x, h, y, yh, secant: (yh - y) / h, exact: dy } };
}

/**
 * Finite differences: a derivative from the function's values alone, the independent check on every
 * backward pass (it cannot share a mistake with the analytic gradient) and the subject of the
 * calculus pages' tables. One function each, used by the worked examples and the tests alike.
 *
 * Not in src/core: the engine computes exact derivatives; this checks them, and the core's bytes
 * are kept for the engine (its 4 KB budget, tests/core/budget.test.ts).
 */

/** (f(x + h) − f(x − h)) / 2h: the slope of the chord across x, error O(h²). */
export function centralDifference(f: (x: number) => number, x: number, h: number): number {
	return (f(x + h) - f(x - h)) / (2 * h);
}

/** (f(x + h) − f(x)) / h: the slope of the secant from x, error O(h); shown next to the central one to compare. */
export function forwardDifference(f: (x: number) => number, x: number, h: number): number {
	return (f(x + h) - f(x)) / h;
}

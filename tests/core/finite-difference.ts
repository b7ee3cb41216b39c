/**
 * Central differences (src/math/finite-difference.ts), the independent check on every backward pass,
 * applied to whole arrays of inputs: it needs nothing but the forward function, so it cannot share a
 * mistake with the analytic gradient.
 */
import { createRng } from '../../src/core/random';
import { centralDifference } from '../../src/math/finite-difference';
import { FINITE_DIFFERENCE, expectClose } from './asserts';

export const STEP = 1e-5;

/** ∂f/∂x_i for every i, nudging one coordinate at a time (x is restored afterwards). */
export function numericGradient(f: () => number, x: Float64Array, h = STEP): Float64Array {
	const grad = new Float64Array(x.length);
	for (let i = 0; i < x.length; i++) {
		const original = x[i];
		grad[i] = centralDifference((xi) => ((x[i] = xi), f()), original, h);
		x[i] = original;
	}
	return grad;
}

/**
 * Reduces an operation's output to a scalar L = Σ G ⊙ output with a fixed random G, so that
 * ∂L/∂output = G: the numeric gradient of L is then exactly what backward(G) must return.
 */
export function weightedSum(output: ArrayLike<number>, weights: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < output.length; i++) sum += output[i] * weights[i];
	return sum;
}

/**
 * The whole check for one operation: with L = Σ G ⊙ forward(), each input's analytic gradient
 * (from backward with upstream G) must match the numeric one. `forward` must read the inputs'
 * current contents, since they are nudged in place.
 */
export function expectBackwardMatches(
	forward: () => ArrayLike<number>,
	upstream: ArrayLike<number>,
	inputs: Record<string, Float64Array>,
	analytic: Record<string, ArrayLike<number>>,
): void {
	for (const [name, x] of Object.entries(inputs)) {
		const numeric = numericGradient(() => weightedSum(forward(), upstream), x);
		expectClose(analytic[name], numeric, FINITE_DIFFERENCE, `∂L/∂${name}`);
	}
}

/** A reproducible random upstream gradient G of the given length. */
export function randomUpstream(length: number, seed: number): Float64Array {
	const rng = createRng(seed);
	return Float64Array.from({ length }, () => rng.uniform(-1, 1));
}

/**
 * The logistic function, shared by the scalar graph and the matrix path. A file of its own so that a
 * widget using only the scalar graph does not pull in the matrix operations.
 *
 * σ(x) = 1 / (1 + e^(−x)) overflows e^(−x) for x ≪ 0; there the equal form e^x / (1 + e^x) is used,
 * whose exponential can only underflow to 0, which is harmless.
 */
export function stableSigmoid(x: number): number {
	if (x >= 0) return 1 / (1 + Math.exp(-x));
	const e = Math.exp(x);
	return e / (1 + e);
}

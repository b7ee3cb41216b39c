/**
 * A seeded random number generator, so "random W from seed 42" shows the same matrix in every browser,
 * on every visit, and in the tests. Math.random cannot be seeded, hence this file.
 */

/**
 * mulberry32: one 32-bit state word, a few multiplications per number. Statistically fine for
 * initialising weights and drawing toy data sets; not for cryptography.
 */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 15), z | 1);
		z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
		// A uniform 32-bit integer divided by 2^32: never reaches 1, so callers may rely on [0, 1).
		return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [low, high). */
	uniform(low: number, high: number): number;
	/** Gaussian with the given mean and standard deviation. */
	normal(mean?: number, std?: number): number;
	/** A whole number in [0, n). */
	int(n: number): number;
}

export function createRng(seed: number): Rng {
	const next = mulberry32(seed);
	return {
		next,
		uniform: (low, high) => low + (high - low) * next(),
		normal: (mean = 0, std = 1) => {
			// Box–Muller. 1 − u lies in (0, 1], so the logarithm never sees zero. The second normal the
			// transform could give is dropped: one draw per call keeps the sequence easy to reason about.
			const u = 1 - next();
			const v = next();
			return mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
		int: (n) => Math.floor(next() * n),
	};
}

/**
 * The one tolerance check every numeric test of the core uses, so "close enough" means the same
 * thing everywhere and a failure always says where and by how much.
 */

export interface Tolerance {
	/** Allowed error relative to the expected value's magnitude. */
	rtol: number;
	/** Allowed error near zero, where a relative error means nothing. */
	atol: number;
}

/** Two float64 computations of the same formula in a different order. */
export const FLOAT64: Tolerance = { rtol: 1e-12, atol: 1e-12 };
/**
 * Analytic gradients against central differences with h = 1e-5: the truncation error is O(h²) and
 * the rounding error about 1e-16 / h, both near 1e-10 for the magnitudes used.
 */
export const FINITE_DIFFERENCE: Tolerance = { rtol: 1e-5, atol: 1e-6 };
/** Our float64 results against tfjs, which computes in float32 (about 7 significant digits). */
export const FLOAT32: Tolerance = { rtol: 1e-4, atol: 1e-5 };

type Numbers = number | ArrayLike<number>;

function asArray(x: Numbers): ArrayLike<number> {
	return typeof x === 'number' ? [x] : x;
}

/**
 * Passes when |actual − expected| ≤ atol + rtol·|expected| at every index (numpy's allclose rule).
 * Infinities must match exactly; NaN never passes, so a NaN produced by an overflow is caught.
 */
export function expectClose(actual: Numbers, expected: Numbers, tolerance: Tolerance, what = 'value'): void {
	const a = asArray(actual);
	const e = asArray(expected);
	if (a.length !== e.length) {
		throw new Error(`${what}: expected ${e.length} numbers but got ${a.length}`);
	}
	for (let i = 0; i < e.length; i++) {
		const bound = tolerance.atol + tolerance.rtol * Math.abs(e[i]);
		const ok = Number.isFinite(e[i]) ? Math.abs(a[i] - e[i]) <= bound : a[i] === e[i];
		if (!ok) {
			throw new Error(
				`${what}: at index ${i} expected ${e[i]} but got ${a[i]} ` +
					`(difference ${Math.abs(a[i] - e[i])}, allowed ${bound} = ${tolerance.atol} + ${tolerance.rtol}·|expected|)`,
			);
		}
	}
}

/** The error of class `type` that `f` throws; any other error is rethrown, and throwing nothing fails the test. */
export function thrown<E extends Error>(f: () => unknown, type: abstract new (...args: never[]) => E): E {
	try {
		f();
	} catch (e) {
		if (e instanceof type) return e;
		throw e;
	}
	throw new Error(`expected a ${type.name}`);
}

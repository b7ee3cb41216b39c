/**
 * The normal (Gaussian) distribution: its density, and its cumulative distribution through erf.
 */
import { ProbabilityError } from './errors';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * erf(x) = 2/√π ∫₀ˣ e^(−t²) dt to about 1e-15 relative. For |x| < 2 the Taylor series
 * Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)) converges before cancellation costs more than two digits;
 * beyond that erfc(x) is tiny, and its continued fraction (evaluated by Lentz's method) converges fast.
 */
export function erf(x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (x < 0) return -erf(-x);
	if (x < 2) {
		let term = x;
		let sum = x;
		for (let n = 1; n < 200; n++) {
			term *= (-x * x) / n;
			const add = term / (2 * n + 1);
			sum += add;
			if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
		}
		return (2 / Math.sqrt(Math.PI)) * sum;
	}
	return 1 - erfcLarge(x);
}

/** erfc(x) for x ≥ 2: e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))). */
function erfcLarge(x: number): number {
	const tiny = 1e-300;
	let f = x;
	let c = x;
	let d = 0;
	for (let n = 1; n < 500; n++) {
		const a = n / 2;
		d = x + a * d;
		d = d === 0 ? tiny : 1 / d;
		c = x + a / c;
		if (c === 0) c = tiny;
		const delta = c * d;
		f *= delta;
		if (Math.abs(delta - 1) < 1e-16) break;
	}
	return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

function checkStd(std: number): void {
	if (!(std > 0)) throw new ProbabilityError({ code: 'std-not-positive', std });
}

/** The density (1 / (σ√(2π))) · e^(−(x − μ)² / (2σ²)). */
export function normalPdf(x: number, mean = 0, std = 1): number {
	checkStd(std);
	const z = (x - mean) / std;
	return Math.exp(-0.5 * z * z) / (std * SQRT_2PI);
}

/** P(X ≤ x) = ½ (1 + erf((x − μ) / (σ√2))). */
export function normalCdf(x: number, mean = 0, std = 1): number {
	checkStd(std);
	return 0.5 * (1 + erf((x - mean) / (std * Math.SQRT2)));
}

/** P(|X − μ| ≤ kσ) = erf(k / √2), the same for every μ and σ: 0.683, 0.954, 0.997 for k = 1, 2, 3. */
export function withinSigmas(k: number): number {
	return erf(k / Math.SQRT2);
}

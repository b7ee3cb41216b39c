/**
 * Small pieces the neural-network topic modules share (gradient checking, optimizers, weight
 * initialisation, regularization): numbers in scientific notation and whole numbers drawn for problems.
 */
import type { Rng } from '../../core/random';
import type { Fmt } from '../../practice/types';

/**
 * Numbers spanning many orders of magnitude (errors, spreads) in scientific notation for TeX, in the
 * page's language through its `Fmt`: `1{,}2 \cdot 10^{-7}`. It writes what src/components/examples/nn-tex.ts
 * `texScientific` writes, with a `Fmt` in place of a language.
 */
export function scientific(value: number, fmt: Fmt, digits = 2): string {
	if (value === 0) return '0';
	const exponent = Math.floor(Math.log10(Math.abs(value)));
	if (Math.abs(exponent) <= 2) return fmt(value, digits + 1);
	const mantissa = fmt(value / 10 ** exponent, digits);
	// 1 · 10⁻³ reads better as 10⁻³.
	if (mantissa === '1' || mantissa === '-1') return `${mantissa === '1' ? '' : '-'}10^{${exponent}}`;
	return `${mantissa} \\cdot 10^{${exponent}}`;
}

/** A whole number from `lo` to `hi`, skipping zero when `nonzero`. */
export function between(rng: Rng, lo: number, hi: number, nonzero = false): number {
	for (;;) {
		const n = lo + rng.int(hi - lo + 1);
		if (!nonzero || n !== 0) return n;
	}
}

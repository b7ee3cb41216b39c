/**
 * Small pieces the neural-network topic modules share (gradient checking, optimizers, weight
 * initialisation): numbers in scientific notation.
 */
import type { Fmt } from '../../practice/types';

/**
 * Numbers spanning many orders of magnitude (errors, spreads) in scientific notation for TeX, in the
 * page's language through its `Fmt`: `1{,}2 \cdot 10^{-7}`. It writes what the retired nn-tex helper
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

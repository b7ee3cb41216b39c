import type { Lang } from '../../schemas/areas';
import { texMatrix, texNumber, texShaped } from './tex';

/**
 * Small typesetting helpers shared by the neural-network worked examples. They only format numbers
 * that the core has already computed; nothing here does arithmetic that a page relies on.
 */

/** A factor in a product: negative numbers get parentheses, `0{,}5 \cdot (-1)`. */
export function texFactor(value: number, lang: Lang, digits = 3): string {
	const text = texNumber(value, lang, digits);
	return text.startsWith('-') ? `(${text})` : text;
}

/** A signed term after a plus: `+ 2`, `- 0{,}5`. */
export function texPlusTerm(value: number, lang: Lang, digits = 3): string {
	const text = texNumber(value, lang, digits);
	return text.startsWith('-') ? `- ${text.slice(1)}` : `+ ${text}`;
}

/** A row-major matrix given as rows, typeset with its shape underneath. */
export function texShapedRows(rows: readonly (readonly number[])[], lang: Lang, digits = 3): string {
	return texShaped(texMatrix(rows, lang, digits), rows.length, rows[0]?.length ?? 0);
}

/** A vector as a one-row bracketed matrix. */
export function texRow(values: ArrayLike<number>, lang: Lang, digits = 3): string {
	return texMatrix([Array.from(values)], lang, digits);
}

/** Rows of a flat row-major buffer. */
export function rowsOf(data: ArrayLike<number>, rows: number, cols: number): number[][] {
	return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => data[i * cols + j]!));
}

/**
 * A number in scientific notation for TeX, `1{,}2 \cdot 10^{-7}`, for errors that span many orders
 * of magnitude; ordinary numbers are written as usual.
 */
export function texScientific(value: number, lang: Lang, digits = 2): string {
	if (value === 0) return '0';
	const exponent = Math.floor(Math.log10(Math.abs(value)));
	if (exponent >= -2 && exponent <= 2) return texNumber(value, lang, digits + 1);
	const mantissa = texNumber(value / 10 ** exponent, lang, digits);
	// 1 · 10⁻³ reads better as 10⁻³; a mantissa that rounds to 10 stays as it is (9,999 → 10 · 10⁻⁴ is still correct).
	if (mantissa === '1') return `10^{${exponent}}`;
	if (mantissa === '-1') return `-10^{${exponent}}`;
	return `${mantissa} \\cdot 10^{${exponent}}`;
}

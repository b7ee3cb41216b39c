/**
 * TeX pieces every topic module writes with: numbers in the page's language come from the `Fmt` a
 * module is given (src/practice/types.ts), so these helpers stay language-free. They write only the
 * TeX subset that src/practice/mathml.ts draws, so a worked example's formula can also be a
 * practice step.
 */
import type { Fmt } from '../practice/types';

/** A number readable at any size: plain when 0.001 ≤ |v| < 10⁶, else `1{,}4 \cdot 10^{-5}`. */
export function readable(v: number, fmt: Fmt, digits = 4): string {
	if (!Number.isFinite(v)) return v > 0 ? '\\infty' : v < 0 ? '-\\infty' : '\\text{NaN}';
	const abs = Math.abs(v);
	if (abs === 0 || (abs >= 10 ** -Math.min(digits, 3) && abs < 1e6)) return fmt(v, digits);
	let e = Math.floor(Math.log10(abs));
	let mantissa = Number((v / 10 ** e).toFixed(1));
	if (Math.abs(mantissa) >= 10) (mantissa /= 10), (e += 1);
	return `${fmt(mantissa, 1)} \\cdot 10^{${e}}`;
}

/** An error or a small difference with two significant digits: `0{,}014`, `0{,}3`, `1{,}4 \cdot 10^{-5}`. */
export function significant(v: number, fmt: Fmt): string {
	const abs = Math.abs(v);
	if (!Number.isFinite(v) || abs === 0 || abs < 1e-3 || abs >= 1e6) return readable(v, fmt, 3);
	return fmt(v, Math.max(2, 1 - Math.floor(Math.log10(abs))));
}

/** A number in a product or a sum: negative numbers in parentheses, `(-2)`. */
export const paren = (v: number, fmt: Fmt, digits?: number): string => (v < 0 ? `(${fmt(v, digits)})` : fmt(v, digits));

/** A matrix as a bracketed TeX matrix. */
export const texMatrix = (rows: readonly (readonly number[])[], fmt: Fmt, digits?: number): string =>
	`\\begin{bmatrix} ${rows.map((r) => r.map((v) => fmt(v, digits)).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;

/** A column vector. */
export const texColumn = (v: readonly number[], fmt: Fmt, digits?: number): string => texMatrix(v.map((x) => [x]), fmt, digits);

/** A polynomial `a x^2 + b x + c` with its zero terms dropped and its signs folded: `3x^2 - 4x + 5`. */
export function texPolynomial(coefficients: readonly number[], fmt: Fmt, variable = 'x'): string {
	const degree = coefficients.length - 1;
	let out = '';
	coefficients.forEach((c, k) => {
		const power = degree - k;
		if (c === 0) return;
		const magnitude = Math.abs(c);
		const sign = c < 0 ? (out ? ' - ' : '-') : out ? ' + ' : '';
		const number = magnitude === 1 && power > 0 ? '' : fmt(magnitude);
		const x = power === 0 ? '' : power === 1 ? variable : `${variable}^${power}`;
		out += sign + number + x;
	});
	return out || '0';
}

/** The separator of a point's coordinates in the page's language: `(1;\ 2)` in Russian, where the comma is decimal, `(1,\ 2)` in English. */
export const coordinateSep = (fmt: Fmt): string => (fmt(0.5).includes('{,}') ? ';\\ ' : ',\\ ');

/** A point or a vector written in a row: `(2;\ 0{,}5)`. */
export const texPoint = (xs: readonly number[], fmt: Fmt, digits?: number): string => `(${xs.map((x) => fmt(x, digits)).join(coordinateSep(fmt))})`;

/**
 * A sum of terms `coefficient · monomial` with zero terms dropped and signs folded:
 * `[[3, 'x^2 y'], [-1, 'xy'], [2, '']]` → `3x^2 y - xy + 2`.
 */
export function texTerms(terms: readonly (readonly [number, string])[], fmt: Fmt): string {
	let out = '';
	for (const [c, monomial] of terms) {
		if (c === 0) continue;
		const sign = c < 0 ? (out ? ' - ' : '-') : out ? ' + ' : '';
		const magnitude = Math.abs(c);
		out += sign + (magnitude === 1 && monomial ? '' : fmt(magnitude)) + monomial;
	}
	return out || '0';
}

/**
 * A sum of products written out with the numbers substituted, zero coefficients dropped:
 * `[[6, [2, -1]], [3, [-1]]]` → `6 \cdot 2 \cdot (-1) + 3 \cdot (-1)`.
 */
export function texProducts(terms: readonly (readonly [number, readonly number[]])[], fmt: Fmt): string {
	const kept = terms.filter(([c]) => c !== 0);
	if (kept.length === 0) return '0';
	return kept
		.map(([c, factors], k) => {
			const sign = c < 0 ? (k === 0 ? '-' : '- ') : k === 0 ? '' : '+ ';
			// A coefficient 1 in front of factors is left out: `3 \cdot 2`, not `1 \cdot 3 \cdot 2`.
			const numbers = [...(Math.abs(c) === 1 && factors.length > 0 ? [] : [fmt(Math.abs(c))]), ...factors.map((f) => paren(f, fmt))];
			return sign + numbers.join(' \\cdot ');
		})
		.join(' ');
}

/** Between the numbers of a list in running TeX: `;` where the decimal separator is a comma (Russian), else `,`. */
export const listSeparator = (fmt: Fmt): string => (fmt(0.5).includes('{,}') ? ';' : ',');

/**
 * The accumulated gradient of the loss by a node, ū = ∂L/∂u, as TeX: `\bar{m}_1` for `m_1`, so the bar
 * covers the letter and not its index.
 */
export function bar(name: string): string {
	const [letter, ...index] = name.split('_');
	return `\\bar{${letter}}${index.length > 0 ? `_${index.join('_')}` : ''}`;
}

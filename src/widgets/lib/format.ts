/**
 * Numbers for display: three significant digits below 1 and three decimals above (a teaching table,
 * not a float dump), exponent form only when that would hide the number, a true minus sign, and in
 * Russian a decimal comma.
 */
import type { Lang } from '../../schemas/areas';
import { localize } from '../../numbers/write';

export function fmt(x: number, lang: Lang, digits = 3): string {
	if (Number.isNaN(x)) return 'NaN';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	const a = Math.abs(x);
	const s = a !== 0 && (a >= 1e6 || a < 1e-4) ? x.toExponential(2) : String(a < 1 ? +x.toPrecision(digits) : +x.toFixed(digits));
	return localize(s, lang);
}

/** A factor in a written-out product: negative numbers in parentheses, `2·(−1)`. */
export const factor = (x: number, lang: Lang): string => (x < 0 ? `(${fmt(x, lang)})` : fmt(x, lang));

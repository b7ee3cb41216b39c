/**
 * Numbers for display: at most three decimals (a teaching table, not a float dump), a true minus
 * sign, and in Russian a decimal comma.
 */
import type { Lang } from '../../schemas/areas';

export function fmt(x: number, lang: Lang, digits = 3): string {
	if (Number.isNaN(x)) return 'NaN';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	const a = Math.abs(x);
	let s = a !== 0 && (a >= 1e6 || a < 10 ** -digits) ? x.toExponential(2) : String(+x.toFixed(digits));
	s = s.replace('-', '−');
	return lang === 'ru' ? s.replace('.', ',') : s;
}

/** `(4×16)`, the notation of the site's formulas. */
export const shape = (...sizes: number[]): string => `(${sizes.join('×')})`;

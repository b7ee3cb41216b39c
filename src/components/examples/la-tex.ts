import type { Lang } from '../../schemas/areas';
import { texNumber } from './tex';

/**
 * TeX helpers for the linear-algebra examples: sums of products written out the way one writes them
 * by hand, with a negative factor in brackets wherever a bare minus would read as an operation.
 */

/** `a·b + c·(−d)`: every factor but the very first gets brackets when negative. */
export function texProducts(pairs: readonly (readonly [number, number])[], lang: Lang): string {
	const n = (v: number) => texNumber(v, lang);
	const bracket = (v: number) => (v < 0 ? `(${n(v)})` : n(v));
	return pairs.map(([a, b], i) => `${i === 0 ? n(a) : bracket(a)} \\cdot ${bracket(b)}`).join(' + ');
}

/** `1 + (−2) + 3`: a sum of numbers, negative terms after the first in brackets. */
export function texSum(values: readonly number[], lang: Lang): string {
	const n = (v: number) => texNumber(v, lang);
	return values.map((v, i) => (i > 0 && v < 0 ? `(${n(v)})` : n(v))).join(' + ');
}

/** A scalar coefficient in front of a symbol: 2 → `2\,a`, −1 → `-a`, 1 → `a`. */
export function texCoefficient(k: number, symbol: string, lang: Lang): string {
	if (k === 1) return symbol;
	if (k === -1) return `-${symbol}`;
	return `${texNumber(k, lang)}\\,${symbol}`;
}

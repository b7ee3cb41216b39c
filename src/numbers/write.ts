/**
 * The one place that decides how a number is written for a reader: a true minus sign and, in Russian,
 * a decimal comma. Every printer of numbers on the site (widget tables, build-time TeX, SVG labels,
 * hours in the path) ends here, so the notation cannot drift between them, and src/numbers/read.ts
 * reads back everything written here.
 */
import type { Lang } from '../schemas/areas';

/**
 * Where the number goes: running text and SVG (`−0,5`), or TeX (`-0{,}5`: TeX sets `-` as a minus
 * itself, and the braces stop it adding a space after the comma as after punctuation).
 */
export type Notation = 'text' | 'tex';

/** A number already written in ASCII (`-0.5`, `1.50e-7`) in the notation of `lang`. */
export function localize(ascii: string, lang: Lang, notation: Notation = 'text'): string {
	const signed = notation === 'text' ? ascii.replace(/-/g, '−') : ascii;
	return lang === 'ru' ? signed.replace('.', notation === 'tex' ? '{,}' : ',') : signed;
}

/** `value` rounded to at most `digits` decimals, without trailing zeros, never `−0`, in `lang`'s notation. */
export function writeNumber(value: number, lang: Lang, digits = 3, notation: Notation = 'text'): string {
	const rounded = Number(value.toFixed(digits));
	return localize(String(Object.is(rounded, -0) ? 0 : rounded), lang, notation);
}

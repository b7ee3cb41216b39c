import type { Lang } from '../../schemas/areas';
import { renderTex, texNumber } from './tex';

/**
 * Shared bits of the probability worked examples: a number typeset inline for a table cell,
 * and the language switch for the few words a table needs.
 */

/** A number as inline KaTeX for a table cell, with the page's decimal separator. */
export function cell(value: number, lang: Lang, digits = 3): string {
	return renderTex(texNumber(value, lang, digits), false);
}

/** Inline KaTeX for a short formula in a table header. */
export function inline(tex: string): string {
	return renderTex(tex, false);
}

/** Picks the string of the page's language. */
export function pick<T>(strings: Record<Lang, T>, lang: Lang): T {
	return strings[lang];
}

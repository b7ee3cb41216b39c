import katex from 'katex';
import type { Lang } from '../../schemas/areas';
import { KATEX_MACROS } from '../../markdown/katex-macros';
import { writeNumber } from '../../numbers/write';

/**
 * Helpers for worked examples rendered at build time: the numbers come from the core and are
 * typeset here, so no number on a page is typed by hand.
 */

/**
 * A number in TeX as it is written in the page's language: at most `digits` decimals, no trailing
 * zeros, and a decimal comma in Russian (`0{,}5`); the notation itself lives in src/numbers/write.ts.
 */
export const texNumber = (value: number, lang: Lang, digits = 3): string => writeNumber(value, lang, digits, 'tex');

/** A matrix as a bracketed TeX matrix. */
export function texMatrix(rows: readonly (readonly number[])[], lang: Lang, digits = 3): string {
	const body = rows.map((row) => row.map((v) => texNumber(v, lang, digits)).join(' & ')).join(' \\\\ ');
	return `\\begin{bmatrix} ${body} \\end{bmatrix}`;
}

/** A shape under a matrix: `\underbrace{…}_{4 \times 2}`. */
export function texShaped(tex: string, rows: number, cols: number): string {
	return `\\underbrace{${tex}}_{${rows} \\times ${cols}}`;
}

/** KaTeX HTML for a formula; errors render in red instead of failing, and the built-output test catches them. */
export function renderTex(tex: string, display = true): string {
	const html = katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml', macros: { ...KATEX_MACROS } });
	// As in Markdown (rehype-math-search): a wide display formula scrolls sideways, so the keyboard must reach it.
	return html.replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">');
}

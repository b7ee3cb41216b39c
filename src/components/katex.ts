import katex from 'katex';
import { KATEX_MACROS } from '../markdown/katex-macros';

/**
 * KaTeX at build time for worked examples (src/components/WorkedExample.astro): a topic module writes
 * TeX with its numbers already formatted for the language, and this typesets it the way the Markdown
 * pipeline typesets a page's own formulas. Build-time only: nothing in the browser imports it.
 */

/** KaTeX HTML for a formula; errors render in red instead of failing, and the built-output test catches them. */
export function renderTex(tex: string, display = true): string {
	const html = katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml', macros: { ...KATEX_MACROS } });
	// As in Markdown (rehype-math-search): a wide display formula scrolls sideways, so the keyboard must reach it.
	return html.replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">');
}

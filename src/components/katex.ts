import katex from 'katex';
import { KATEX_MACROS } from '../markdown/katex-macros';
import { searchTextHtml } from '../markdown/tex-text';

/**
 * KaTeX at build time for worked examples (src/components/WorkedExample.astro): a topic module writes
 * TeX with its numbers already formatted for the language, and this typesets it the way the Markdown
 * pipeline typesets a page's own formulas. Build-time only: nothing in the browser imports it.
 */

/** KaTeX HTML for a formula; errors render in red instead of failing, and the built-output test catches them. */
export function renderTex(tex: string, display = true): string {
	const html = katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml', macros: { ...KATEX_MACROS } });
	// As in Markdown (rehype-math-search): a wide display formula scrolls sideways, so the keyboard must reach it;
	// KaTeX's markup stays out of the search index, and the formula's readable text goes in instead.
	const outer = display ? '<span class="katex-display">' : '<span class="katex">';
	const marked = html.replace(outer, `${outer.slice(0, -1)} data-pagefind-ignore="all"${display ? ' tabindex="0"' : ''}>`);
	return marked + searchTextHtml(tex);
}

const escapeHtml = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** A sentence with its `$…$` typeset inline by KaTeX and its `` `code` `` set as code; the rest is escaped text. */
export function inlineTex(text: string): string {
	return text
		.split('$')
		.map((part, k) => (k % 2 ? renderTex(part, false) : escapeHtml(part).replace(/`([^`]+)`/g, '<code>$1</code>')))
		.join('');
}

/**
 * TeX macros shared by every formula on the site, in Markdown (rehype-katex) and in components
 * (`renderTex`). Double-struck and calligraphic letters are set upright (E, R, N, L): KaTeX draws
 * them from fonts of their own (27 KB and 7 KB gzip) that push a page past its weight budget for
 * one or two glyphs.
 */
export const KATEX_MACROS: Record<string, string> = {
	'\\mathbb': '\\mathrm{#1}',
	'\\mathcal': '\\mathrm{#1}',
};

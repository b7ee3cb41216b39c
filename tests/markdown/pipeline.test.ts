import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingIds } from '../../src/markdown/rehype-heading-ids';
import { rehypeMathSearch } from '../../src/markdown/rehype-math-search';

/** The same plugins, in the same order, as astro.config.mjs gives Astro's unified processor. */
const processor = await createMarkdownProcessor({
	remarkPlugins: [remarkMath],
	rehypePlugins: [rehypeHeadingIds, [rehypeKatex, { throwOnError: false }], rehypeMathSearch],
});

describe('the Markdown pipeline', () => {
	test('gives Russian headings transliterated ids and keeps explicit ones', async () => {
		const { code, metadata } = await processor.render('## Умножение матриц\n\n## Формы {#shapes}\n\n## Умножение матриц\n');
		expect(code).toContain('<h2 id="umnozhenie-matrits">Умножение матриц</h2>');
		expect(code).toContain('<h2 id="shapes">Формы</h2>');
		expect(code).toContain('<h2 id="umnozhenie-matrits-1">');
		// The table of contents reads the same ids, without the `{#…}` marker in the text.
		expect(metadata.headings.map((h) => [h.slug, h.text])).toEqual([
			['umnozhenie-matrits', 'Умножение матриц'],
			['shapes', 'Формы'],
			['umnozhenie-matrits-1', 'Умножение матриц'],
		]);
	});

	test('renders display math with KaTeX and marks it for Pagefind to skip', async () => {
		const { code } = await processor.render('Text.\n\n$$\nc_{ij} = \\sum_k a_{ik} b_{kj}\n$$\n');
		expect(code).toContain('class="katex-display"');
		expect(code).toContain('data-pagefind-ignore="all"');
		expect(code).not.toContain('$$');
	});

	test("gives the index each formula's readable text once, hidden from the page", async () => {
		const { code } = await processor.render('Перпендикулярно градиенту ($\\nabla f$) значение не меняется.\n\n$$\n\\frac{\\partial L}{\\partial w} = x^2\n$$\n');
		expect(code).toContain('<span hidden class="math-search-text" data-search-only=""> ∇f </span>)');
		expect(code.match(/math-search-text/g)).toHaveLength(2);
		expect(code).toContain('> ∂L/∂w = x² </span>');
	});
});

describe('site-wide TeX macros', () => {
	test('set \\mathbb upright so the AMS font is never needed', async () => {
		const { KATEX_MACROS } = await import('../../src/markdown/katex-macros');
		const withMacros = await createMarkdownProcessor({
			remarkPlugins: [remarkMath],
			rehypePlugins: [[rehypeKatex, { macros: KATEX_MACROS }]],
		});
		const { code } = await withMacros.render('$\\mathbb{E}[x]$');
		expect(code).not.toMatch(/class="[^"]*\bmathbb\b/);
		expect(code).toContain('class="mord mathrm"');
	});
});

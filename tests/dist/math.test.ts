import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { builtPages, classesOf, contentPages, walk } from '../helpers/dist';

/** Signs that LaTeX was left unrendered: a TeX command or a sub/superscript group. */
const LATEX = /\\(?:frac|sum|begin|end|cdot|times|operatorname|mathbf|sqrt|left|right)\b|[_^]\{/;

describe('math in the built site', () => {
	test.each(builtPages().map((p) => [p.file, p] as const))('%s has no unrendered math', (_file, page) => {
		const problems: string[] = [];
		walk(page.tree, (node, ancestors) => {
			const inKatex = ancestors.some((a) => classesOf(a).some((c) => c.startsWith('katex')));
			if (classesOf(node).includes('katex-error')) problems.push(`KaTeX error: ${toString(node).slice(0, 80)}`);
			if (inKatex || node.tagName === 'script' || node.tagName === 'style') return;
			for (const child of node.children) {
				if (child.type !== 'text') continue;
				if (child.value.includes('$$')) problems.push(`raw $$ in <${node.tagName}>: ${child.value.trim().slice(0, 80)}`);
				const inCode = node.tagName === 'code' || ancestors.some((a) => a.tagName === 'code' || a.tagName === 'pre');
				if (inCode && LATEX.test(child.value) && !ancestors.some((a) => classesOf(a).includes('language-python') || a.properties.dataLanguage === 'python')) {
					problems.push(`LaTeX inside a code block: ${child.value.trim().slice(0, 80)}`);
				}
			}
		});
		expect(problems).toEqual([]);
	});

	test('display math on a topic page is typeset by KaTeX, not left as a code block', () => {
		const page = contentPages().find((p) => p.path === '/linear-algebra/matrix-multiplication/')!;
		const displays = selectAll('.katex-display', page.tree);
		expect(displays.length).toBeGreaterThanOrEqual(2);
		// KaTeX keeps the source as a MathML annotation: the sum formula from the MDX must be among them.
		const sources = selectAll('annotation[encoding="application/x-tex"]', page.tree).map((n) => toString(n));
		expect(sources.some((s) => s.includes('c_{ij} = \\sum_{k=1}^{n} a_{ik}'))).toBe(true);
	});

	test('every topic page has KaTeX formulas and keeps them out of the search index', () => {
		const topics = contentPages().filter((p) => p.html.includes('class="topic-before'));
		expect(topics.length).toBeGreaterThanOrEqual(6);
		for (const page of topics) {
			let formulas = 0;
			const indexed: string[] = [];
			walk(page.tree, (node, ancestors) => {
				if (!classesOf(node).includes('katex')) return;
				formulas++;
				const ignored = [...ancestors, node].some((a) => a.properties.dataPagefindIgnore !== undefined);
				if (!ignored) indexed.push(toString(node).slice(0, 40));
			});
			expect(formulas, page.file).toBeGreaterThan(0);
			expect(indexed, `${page.file}: formulas not marked data-pagefind-ignore`).toEqual([]);
		}
	});
});

import type { Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';

/** What the injected import loads: KaTeX's stylesheet (its fonts come with it, loaded by the browser as glyphs need them). */
export const KATEX_CSS = 'katex/dist/katex.min.css';

/**
 * Keeps KaTeX's CSS (~8 KB gzip) off pages without math: when an MDX file contains a formula, an
 * `import 'katex/dist/katex.min.css'` is added to it, and Astro then bundles the stylesheet with
 * that page only. Components that typeset math themselves import it the same way.
 */
export function remarkKatexCss() {
	return (tree: Root, file: { path?: string }) => {
		if (!file.path?.endsWith('.mdx')) return;
		let hasMath = false;
		visit(tree, (node) => {
			if (node.type === 'math' || node.type === 'inlineMath') {
				hasMath = true;
				return EXIT;
			}
		});
		if (!hasMath) return;
		tree.children.unshift({
			type: 'mdxjsEsm',
			value: `import '${KATEX_CSS}';`,
			data: {
				estree: {
					type: 'Program',
					sourceType: 'module',
					body: [{ type: 'ImportDeclaration', specifiers: [], source: { type: 'Literal', value: KATEX_CSS }, attributes: [] }],
				},
			},
		} as unknown as Root['children'][number]);
	};
}

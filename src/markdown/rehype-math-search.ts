import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * KaTeX writes each formula three times (MathML, the TeX source, the HTML layout); Pagefind would
 * index all three and show `x2x^2x2` in search excerpts. Marking the KaTeX wrapper with
 * `data-pagefind-ignore` keeps formulas out of the index; the words around them stay searchable.
 * Runs after rehype-katex (Starlight calls Pagefind without options, so the markup is the only lever).
 * Display formulas also become focusable, since they scroll when wider than the screen.
 */
export function rehypeMathSearch() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const classes = node.properties.className;
			if (Array.isArray(classes) && (classes.includes('katex') || classes.includes('katex-display'))) {
				node.properties.dataPagefindIgnore = 'all';
				// A wide display formula scrolls sideways on a phone; keyboard users must be able to reach it.
				if (classes.includes('katex-display')) node.properties.tabIndex = 0;
				return SKIP;
			}
		});
	};
}

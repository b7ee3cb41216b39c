import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { SEARCH_ONLY_ATTR, SEARCH_TEXT_CLASS, texToText } from './tex-text';

/**
 * KaTeX writes each formula three times (MathML, the TeX source, the HTML layout); Pagefind would
 * index all three and show `x2x^2x2` in search excerpts. Marking the KaTeX wrapper with
 * `data-pagefind-ignore` keeps that markup out of the index, and a hidden sibling gives the index the
 * formula's readable text instead (`∂L/∂w`, `x²`), so an excerpt keeps its sentence whole
 * («Перпендикулярно градиенту (∇f) …», not «… градиенту () …»). The sibling is `hidden`: never drawn,
 * copied or read aloud (KaTeX's MathML is what assistive technology reads), and it leaves the built
 * pages once indexed (src/integrations/search-only.ts).
 * Runs after rehype-katex (Starlight calls Pagefind without options, so the markup is the only lever).
 * Display formulas also become focusable, since they scroll when wider than the screen.
 */
export function rehypeMathSearch() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			const classes = node.properties.className;
			if (!Array.isArray(classes) || !(classes.includes('katex') || classes.includes('katex-display'))) return;
			node.properties.dataPagefindIgnore = 'all';
			// A wide display formula scrolls sideways on a phone; keyboard users must be able to reach it.
			if (classes.includes('katex-display')) node.properties.tabIndex = 0;
			const text = texToText(texSource(node) ?? '');
			if (parent && index !== undefined && text) {
				parent.children.splice(index + 1, 0, searchText(text));
				return [SKIP, index + 2];
			}
			return SKIP;
		});
	};
}

/** The formula's TeX, from the `<annotation encoding="application/x-tex">` KaTeX keeps in its MathML. */
function texSource(node: Element): string | undefined {
	let tex: string | undefined;
	visit(node, 'element', (el: Element) => {
		if (el.tagName === 'annotation' && el.properties.encoding === 'application/x-tex') {
			tex = el.children.map((c) => ('value' in c ? c.value : '')).join('');
			return false;
		}
	});
	return tex;
}

/** The element that carries a formula's text into the index. */
const searchText = (text: string): ElementContent => ({
	type: 'element',
	tagName: 'span',
	properties: { hidden: true, className: [SEARCH_TEXT_CLASS], [SEARCH_ONLY_ATTR]: '' },
	children: [{ type: 'text', value: ` ${text} ` }],
});

import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { asciiSlug } from './transliterate';

/** `{#some-id}` at the end of a heading sets its id explicitly, so a heading can be reworded without breaking links. */
const EXPLICIT_ID = /\s*\\?\{#([A-Za-z0-9_-]+)\\?\}\s*$/;

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Removes a trailing `{#id}` from the heading's last text node and returns the id, if any. */
function takeExplicitId(heading: Element): string | undefined {
	const last = heading.children.at(-1) as ElementContent | undefined;
	if (!last || last.type !== 'text') return undefined;
	const match = EXPLICIT_ID.exec((last as Text).value);
	if (!match) return undefined;
	(last as Text).value = (last as Text).value.slice(0, match.index);
	return match[1];
}

/**
 * Gives every heading an ASCII id: the explicit `{#id}` where the author wrote one, otherwise the
 * transliterated text (`## Умножение матриц` → `umnozhenie-matrits`). It must run before Astro's
 * own heading-id step, which keeps an id that is already set; repeated ids get `-1`, `-2`.
 */
export function rehypeHeadingIds() {
	return (tree: Root) => {
		const used = new Set<string>();
		visit(tree, 'element', (node: Element) => {
			if (!HEADING.has(node.tagName)) return;
			const explicit = takeExplicitId(node);
			const base = explicit ?? (typeof node.properties.id === 'string' && /^[\x21-\x7e]+$/.test(node.properties.id)
				? node.properties.id
				: asciiSlug(toString(node)) || 'section');
			let id = base;
			for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
			used.add(id);
			node.properties.id = id;
		});
	};
}

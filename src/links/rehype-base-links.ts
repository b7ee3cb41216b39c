import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { normalizeBase } from './urls';

/**
 * Authors link between pages with site paths (`[the chain rule](/calculus/chain-rule/)`); this puts
 * the deployment's base in front (`/nn-math/calculus/chain-rule/`), so the same Markdown works at
 * a domain root and under a sub-path. Links that already carry the base, protocol-relative and
 * absolute URLs are left alone.
 */
export function rehypeBaseLinks(options: { base?: string } = {}) {
	const base = normalizeBase(options.base);
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, 'element', (node: Element) => {
			for (const attr of ['href', 'src'] as const) {
				const value = node.properties[attr];
				if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
				if (value === base.slice(0, -1) || value.startsWith(base)) continue;
				node.properties[attr] = base + value.slice(1);
			}
		});
	};
}

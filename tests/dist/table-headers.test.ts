import type { Element, ElementContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { contentPages } from '../helpers/dist';

/**
 * No table header is empty for a screen reader. It stands in for axe's `empty-table-header`, which
 * is off in tests/browser/every-page.test.ts because it ignores MathML: a header that is only a formula is
 * read from KaTeX's `<math>`, so that text counts here, while KaTeX's drawn copy (`aria-hidden`) does not.
 */
function spoken(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	const p = node.properties;
	if (String(p.ariaHidden) === 'true' || p.hidden) return '';
	if (typeof p.ariaLabel === 'string') return p.ariaLabel;
	return node.children.map(spoken).join('');
}

describe('table headers', () => {
	test.each(contentPages().map((p) => [p.path, p] as const))('%s: every <th> says something (text, a label or MathML)', (_, page) => {
		const empty = (selectAll('th', page.tree) as Element[]).filter((th) => spoken(th).trim() === '');
		expect(empty.map((th) => JSON.stringify(th.properties)), `${page.path}: empty table headers`).toEqual([]);
	});

	test('the check sees an empty header and a formula header', () => {
		const th = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'th', properties: {}, children });
		const drawn: ElementContent = { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: 'x' }] };
		expect(spoken(th([drawn])).trim()).toBe('');
		expect(spoken(th([{ type: 'element', tagName: 'math', properties: {}, children: [{ type: 'text', value: 'x' }] }, drawn]))).toBe('x');
	});
});

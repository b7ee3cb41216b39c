import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { rehypeBaseLinks } from '../../src/links/rehype-base-links';

const run = (html: string, base: string) => {
	const tree = fromHtml(html, { fragment: true }) as Root;
	rehypeBaseLinks({ base })(tree);
	return toHtml(tree);
};

describe('links in Markdown under a base path', () => {
	test('site paths get the base', () => {
		expect(run('<a href="/calculus/chain-rule/#idea">x</a><img src="/og/index.png">', '/nn-math/')).toBe(
			'<a href="/nn-math/calculus/chain-rule/#idea">x</a><img src="/nn-math/og/index.png">',
		);
	});
	test('other links stay as written', () => {
		const html = '<a href="#idea">a</a><a href="https://x.org/">b</a><a href="//cdn.x/">c</a><a href="/nn-math/en/">d</a><a href="../x/">e</a>';
		expect(run(html, '/nn-math/')).toBe(html);
		expect(run('<a href="/calculus/">x</a>', '/')).toBe('<a href="/calculus/">x</a>');
	});
});

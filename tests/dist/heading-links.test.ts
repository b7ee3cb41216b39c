import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { LINK_UI } from '../../src/i18n/links';
import { headingText } from '../../src/links/heading-controls';
import { classesOf, contentPages, walk } from '../helpers/dist';

/** Every section heading of every page carries its self-link and copy controls, labelled in the page's language. */

const pages = contentPages();

describe('heading link controls', () => {
	test.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
		const lang = path.startsWith('/en/') ? 'en' : 'ru';
		const t = LINK_UI[lang];
		const content = select('.sl-markdown-content', page.tree);
		expect(content, 'no .sl-markdown-content').toBeDefined();
		const headings: Element[] = [];
		walk(content!, (node) => {
			if (/^h[2-6]$/.test(node.tagName) && node.properties.id) headings.push(node);
		});
		for (const heading of headings) {
			const id = String(heading.properties.id);
			const wrapper = selectAll('.hl-heading', content!).find((w) => w.children[0] === heading);
			expect(wrapper, `#${id} has no controls`).toBeDefined();
			expect(classesOf(wrapper!)).toContain(`level-${heading.tagName}`);
			const controls = select('.hl-controls', wrapper!)!;
			expect(controls.properties.dataPagefindIgnore, 'controls must stay out of the search index').toBeDefined();
			const text = headingText(heading);
			const anchor = select('a.hl-anchor', controls)!;
			expect(anchor.properties.href).toBe(`#${id}`);
			expect(anchor.properties.ariaLabel).toBe(t.anchorLabel(text));
			const buttons = selectAll('button.hl-copy', controls);
			expect(buttons.map((b) => b.properties.dataCopy)).toEqual(['link', 'markdown']);
			expect(buttons.map((b) => b.properties.ariaLabel)).toEqual([t.copyLink(text), t.copyMarkdown(text)]);
			// Useless without the script, so hidden until it runs.
			for (const b of buttons) {
				expect(b.properties.hidden).toBe(true);
				expect(b.properties.type).toBe('button');
				expect(b.properties.dataHeading).toBe(text);
			}
		}
	});

	test('a heading with a formula is quoted with its TeX, not with KaTeX markup said twice', () => {
		for (const page of pages) {
			for (const wrapper of selectAll('.hl-heading', page.tree)) {
				if (!select('.katex', wrapper.children[0] as Element)) continue;
				const quoted = String(select('button.hl-copy', wrapper)!.properties.dataHeading);
				expect(quoted, page.path).toMatch(/\$[^$]+\$/);
			}
		}
	});

	test('no page has an id twice: a fragment lands in one place', () => {
		for (const page of pages) {
			const seen = new Map<string, number>();
			walk(page.tree, (node) => {
				const id = node.properties.id;
				if (typeof id === 'string') seen.set(id, (seen.get(id) ?? 0) + 1);
			});
			const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
			expect(twice, page.path).toEqual([]);
		}
	});
});

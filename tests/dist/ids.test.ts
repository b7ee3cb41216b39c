import { describe, expect, test } from 'vitest';
import { builtPages, walk } from '../helpers/dist';

/** Printable ASCII without spaces: what survives being pasted into a forum as a `#fragment`. */
const ASCII_ID = /^[\x21-\x7e]+$/;

describe('element ids in the built site', () => {
	test.each(builtPages().map((p) => [p.file, p] as const))('%s has only ASCII ids', (_file, page) => {
		const bad: string[] = [];
		walk(page.tree, (node) => {
			const id = node.properties.id;
			if (typeof id === 'string' && !ASCII_ID.test(id)) bad.push(`<${node.tagName} id="${id}">`);
		});
		expect(bad, 'give the heading an explicit {#ascii-id} or check src/markdown/rehype-heading-ids.ts').toEqual([]);
	});

	test('a Russian heading without an explicit id gets a transliterated one', () => {
		const home = builtPages().find((p) => p.path === '/')!;
		// «С чего начать» has an explicit id; the generated sidebar/TOC ids elsewhere must be ASCII too.
		expect(home.html).toContain('id="start"');
		const ids: string[] = [];
		walk(home.tree, (node) => {
			if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string') ids.push(node.properties.id);
		});
		expect(ids).toContain('area-linear-algebra');
	});

	test('an explicit {#id} in MDX becomes the id and leaves the heading text', () => {
		const page = builtPages().find((p) => p.path === '/linear-algebra/matrix-multiplication/')!;
		expect(page.html).toMatch(/<h2 id="shapes"[^>]*>Формы: почему/);
		const leftovers: string[] = [];
		for (const p of builtPages()) {
			walk(p.tree, (node) => {
				if (!/^h[1-6]$/.test(node.tagName)) return;
				const text = JSON.stringify(node.children);
				if (text.includes('{#')) leftovers.push(`${p.file}: ${node.properties.id}`);
			});
		}
		expect(leftovers).toEqual([]);
	});
});

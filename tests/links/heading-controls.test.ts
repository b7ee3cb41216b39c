import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { addHeadingControls, headingText, linkableHeadings } from '../../src/links/heading-controls';

const page = (content: string) =>
	`<!doctype html><html lang="ru"><head><title>T</title></head><body><nav><h2 id="starlight__on-this-page">На этой странице</h2></nav>` +
	`<main><h1 id="_top">Умножение матриц</h1><div class="sl-markdown-content">${content}</div></main>` +
	`<footer><h2 id="outside">Вне</h2></footer></body></html>`;

const headingsOf = (html: string) => linkableHeadings(html).map((h) => h.id);

describe('linkable headings', () => {
	test('are the h2–h6 with an id inside the Markdown content, nothing else', () => {
		const html = page('<h2 id="idea">Идея</h2><p>x</p><h3 id="shapes">Формы</h3><h4>без id</h4><h6 id="deep">Глубоко</h6>');
		expect(headingsOf(html)).toEqual(['idea', 'shapes', 'deep']);
	});

	test('a page without Markdown content has none', () => {
		expect(headingsOf('<html><body><h2 id="x">X</h2></body></html>')).toEqual([]);
	});
});

describe('heading text', () => {
	test('quotes a formula by its TeX once, not KaTeX’s MathML and HTML both', () => {
		const tree = fromHtml(
			'<h2 id="a">Слой <span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>W</mi></mrow>' +
				'<annotation encoding="application/x-tex">W x</annotation></semantics></math></span>' +
				'<span class="katex-html" aria-hidden="true"><span class="mord">W</span><span class="mord">x</span></span></span> и смещение</h2>',
			{ fragment: true },
		);
		expect(headingText(tree)).toBe('Слой $W x$ и смещение');
	});
});

describe('adding the controls', () => {
	const html = page('<h2 id="idea">Идея</h2><h3 id="shapes">Формы &amp; размеры</h3><p>текст</p>');
	const out = addHeadingControls(html, { lang: 'ru' });

	test('wraps each heading with a self-link and two hidden copy buttons, labelled in the language', () => {
		expect(out).toContain(
			'<div class="hl-heading level-h2"><h2 id="idea">Идея</h2><span class="hl-controls" data-pagefind-ignore>' +
				'<a class="hl-anchor" href="#idea" aria-label="Ссылка на раздел «Идея»">',
		);
		expect(out).toContain('aria-label="Скопировать ссылку на раздел «Формы &amp; размеры»"');
		expect(out.match(/<button type="button" class="hl-copy"[^>]* hidden>/g)).toHaveLength(4);
		expect(addHeadingControls(html, { lang: 'en' })).toContain('aria-label="Link to the section “Идея”"');
	});

	test('keeps adjacent headings in order and everything else byte for byte', () => {
		expect(out).toMatch(/<\/span><\/div><div class="hl-heading level-h3"><h3 id="shapes">/);
		const stripped = out.replace(/<div class="hl-heading level-h\d">/g, '').replace(/<span class="hl-controls"[\s\S]*?<\/button><\/span><\/div>/g, '').replace(/<svg class="hl-sprite"[\s\S]*?<\/svg>/, '');
		expect(stripped).toBe(html);
	});

	test('adds the icons once per page, and leaves a page it already did alone', () => {
		expect(out.match(/class="hl-sprite"/g)).toHaveLength(1);
		expect(addHeadingControls(out, { lang: 'ru' })).toBe(out);
	});

	test('leaves the table of contents, the page title and headings outside the content alone', () => {
		expect(out).toContain('<nav><h2 id="starlight__on-this-page">');
		expect(out).toContain('<main><h1 id="_top">');
		expect(out).toContain('<footer><h2 id="outside">Вне</h2></footer>');
	});

	test('writes an invisible anchor for a renamed heading’s old id, right before it', () => {
		const aliased = addHeadingControls(html, { lang: 'ru', aliases: { local: { formy: 'shapes' }, moved: {} } });
		expect(aliased).toContain('<span id="formy" class="hl-alias"></span><div class="hl-heading level-h3"><h3 id="shapes">');
	});

	test('lists the anchors that moved to another page for the script', () => {
		const moved = addHeadingControls(html, { lang: 'ru', aliases: { local: {}, moved: { old: '/base/other/#new' } } });
		expect(moved).toContain('<script type="application/json" id="anchor-moves">{"old":"/base/other/#new"}</script></body>');
	});
});

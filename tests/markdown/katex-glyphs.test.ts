import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { decodeEntities, katexGlyphs, katexHtmlText } from '../../src/markdown/katex-glyphs';

const render = (tex: string, displayMode = false) => katex.renderToString(tex, { displayMode });

describe('katex-glyphs', () => {
	test('takes the drawn text of a formula, not its MathML twin or TeX source', () => {
		const html = `<p>до ${render('\\sigma(x) \\le 1')} после</p>`;
		const text = katexHtmlText(html);
		expect(text.replace(/\s/g, '')).toBe('σ(x)≤1');
		// The annotation holds the TeX source: its backslash and letters must not leak in.
		expect(text).not.toContain('\\');
		expect(text).not.toContain('до');
	});

	test('follows nested spans to the end of each formula and reads every formula of a page', () => {
		const html = `${render('\\frac{a}{b}', true)} текст ${render('\\sum_{i=1}^{n} x_i')}`;
		for (const ch of 'ab∑=1nx') expect(katexHtmlText(html)).toContain(ch);
		expect(katexHtmlText(html)).not.toContain('т');
	});

	test('decodes entities, so `<` drawn as &lt; is kept as the glyph <', () => {
		expect(decodeEntities('a &lt; b &amp;&#x3C;&#60;&nbsp;&unknown;')).toBe('a < b &<<\u00a0&unknown;');
		expect(katexHtmlText(render('a < b'))).toContain('<');
	});

	test('the glyph set is sorted, distinct and always has a space', () => {
		const set = katexGlyphs([render('x+x'), render('y+x')]);
		expect(set).toBe([...new Set(set)].sort().join(''));
		expect(set).toContain(' ');
		for (const ch of 'xy+') expect(set).toContain(ch);
		expect(katexGlyphs(['<p>no math</p>'])).toBe(' ');
	});
});

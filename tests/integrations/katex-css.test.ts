import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { cutKatexCss, elementSelector, parseKatexCss, woff2Only } from '../../src/integrations/katex-css';

/**
 * The cut of KaTeX's stylesheet (src/integrations/katex-css.ts) on its parts; that nothing a built
 * page uses is cut is proven in Chromium by tests/browser/katex-css.test.ts.
 */
const require = createRequire(import.meta.url);
const KATEX = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');

describe('reading KaTeX’s stylesheet', () => {
	test('every rule of the shipped file is read: 20 font faces, the rest style rules', () => {
		const rules = parseKatexCss(KATEX);
		expect(rules.filter((r) => r.fontFamily)).toHaveLength(20);
		// As many rules as closing braces: nothing was skipped or merged.
		expect(rules).toHaveLength(KATEX.split('}').length - 1);
		expect(rules.some((r) => r.selectors.includes('.katex .mfrac .frac-line'))).toBe(true);
	});

	test('a rule it does not understand stops the build and is quoted', () => {
		expect(() => parseKatexCss('.katex{color:red}@media print{.katex{color:blue}}')).toThrow(/@media print/);
		expect(() => parseKatexCss('.katex{color:red} .broken')).toThrow(/«\.broken»/);
	});

	test('selectors split on top-level commas only; pseudo-elements are matched on their element', () => {
		const [rule] = parseKatexCss('.a:not(.x,.y), .b::before{color:red}');
		expect(rule!.selectors).toEqual(['.a:not(.x,.y)', '.b::before']);
		expect(elementSelector('.katex .overline .overline-line:before')).toBe('.katex .overline .overline-line');
	});

	test('a font face keeps its woff2 source alone', () => {
		expect(woff2Only('font-family:K;src:url(a.woff2) format("woff2"),url(a.woff) format("woff"),url(a.ttf) format("truetype")')).toBe('font-family:K;src:url(a.woff2) format("woff2")');
	});
});

describe('cutting it to a page', () => {
	const rules = parseKatexCss(KATEX);
	const page = (body: string) => fromHtml(`<!doctype html><html><head></head><body>${body}</body></html>`);

	test('a fraction keeps the fraction rules and the faces its fonts name; what it does not use goes', () => {
		const css = cutKatexCss(rules, page('<span class="katex"><span class="katex-html"><span class="mfrac"><span class="frac-line"></span></span><span class="mord mathnormal">x</span></span></span>'));
		expect(css).toContain('.katex .mfrac .frac-line{');
		expect(css).toContain('.katex .mathnormal{');
		expect(css).toMatch(/@font-face\{[^}]*KaTeX_Math/);
		expect(css).toMatch(/@font-face\{[^}]*KaTeX_Main/);
		expect(css).not.toContain('.katex .overline');
		expect(css).not.toMatch(/@font-face\{[^}]*KaTeX_Fraktur/);
		expect(css.length).toBeLessThan(KATEX.length / 3);
	});

	test('a page without formulas keeps no KaTeX rule and no font (only the equation counters’ reset on body)', () => {
		const css = cutKatexCss(rules, page('<p class="mfrac">no math</p>'));
		expect(css).not.toContain('.katex');
		expect(css).not.toContain('@font-face');
	});
});

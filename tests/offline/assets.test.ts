import { describe, expect, test } from 'vitest';
import { assetUrls, cssUrls } from '../../src/offline/assets';

const PAGE = 'https://site.test/base/calculus/derivative/';

describe('what a page needs offline', () => {
	test('its own scripts, stylesheets, preloads and icons, never its links to other pages or other sites', () => {
		const html = [
			'<link rel="stylesheet" href="/base/_astro/common.css">',
			'<link rel="modulepreload" href="/base/_astro/widget-base.js">',
			'<link rel="icon" href="/base/favicon.svg" type="image/svg+xml">',
			'<link rel="canonical" href="https://site.test/base/calculus/derivative/">',
			'<link rel="alternate" hreflang="en" href="/base/en/calculus/derivative/">',
			'<script type="module" src="/base/_astro/page.js?v=1"></script>',
			'<script src="https://cdn.example/x.js"></script>',
			'<a href="/base/calculus/gradient/">next</a>',
			'<link rel="stylesheet" href="../../_astro/katex.css">',
		].join('\n');
		expect(assetUrls(html, PAGE).sort()).toEqual(
			['https://site.test/base/_astro/common.css', 'https://site.test/base/_astro/widget-base.js', 'https://site.test/base/favicon.svg', 'https://site.test/base/_astro/page.js', 'https://site.test/base/_astro/katex.css'].sort(),
		);
	});

	test('the fonts a stylesheet pulls in, relative to the stylesheet, without inlined data', () => {
		const css = `@font-face{src:url(KaTeX_Main.woff2) format("woff2"),url('./KaTeX_Main.woff') format("woff")}.x{background:url("data:image/svg+xml;utf8,<svg/>")}@font-face{src:url(https://fonts.example/a.woff2)}`;
		expect(cssUrls(css, 'https://site.test/base/_astro/katex.css')).toEqual(['https://site.test/base/_astro/KaTeX_Main.woff2', 'https://site.test/base/_astro/KaTeX_Main.woff']);
	});

	test('a malformed reference is skipped, and a long page is read in one pass', () => {
		expect(assetUrls('<script src="http://[::1"></script>', PAGE)).toEqual([]);
		const long = '<p>x</p>'.repeat(200_000) + '<script src="/base/_astro/a.js"></script>';
		expect(assetUrls(long, PAGE)).toEqual(['https://site.test/base/_astro/a.js']);
	});
});

import { describe, expect, test } from 'vitest';
import { aliasesFor, astroRedirects } from '../../src/links/moved';
import { keepFragment } from '../../src/links/redirect-pages';
import { isNotFoundPath, normalizeBase, ogImagePath, parseSitePath, sitePath, withBase, withoutBase } from '../../src/links/urls';

describe('site paths and the base', () => {
	test('normalize the base', () => {
		expect(['/', '', undefined, '/nn-math', 'nn-math/', '/nn-math/'].map(normalizeBase)).toEqual(['/', '/', '/', '/nn-math/', '/nn-math/', '/nn-math/']);
	});
	test('build, prefix and strip', () => {
		expect(sitePath('en', 'calculus/derivative')).toBe('/en/calculus/derivative/');
		expect(sitePath('ru', '')).toBe('/');
		expect(withBase('/nn-math/', '/en/')).toBe('/nn-math/en/');
		expect(withBase('/', '/en/')).toBe('/en/');
		expect(withoutBase('/nn-math/', '/nn-math/en/')).toBe('/en/');
		expect(withoutBase('/nn-math/', '/nn-math')).toBe('/');
		expect(withoutBase('/nn-math/', '/other/')).toBeUndefined();
		expect(parseSitePath('/en/calculus/derivative/')).toEqual({ lang: 'en', slug: 'calculus/derivative' });
		expect(parseSitePath('/')).toEqual({ lang: 'ru', slug: '' });
	});
	test('split route ids, collection ids and page files into language and slug alike', () => {
		expect(parseSitePath('en/calculus/derivative')).toEqual({ lang: 'en', slug: 'calculus/derivative' });
		expect(parseSitePath('calculus/derivative')).toEqual({ lang: 'ru', slug: 'calculus/derivative' });
		expect(parseSitePath('en')).toEqual({ lang: 'en', slug: '' });
		expect(parseSitePath('index')).toEqual({ lang: 'ru', slug: '' });
		expect(parseSitePath('en/index')).toEqual({ lang: 'en', slug: '' });
		expect(parseSitePath('linear-algebra/index')).toEqual({ lang: 'ru', slug: 'linear-algebra' });
		// Only a whole first segment is a language: `english-words` is a Russian page's slug.
		expect(parseSitePath('/english-words/')).toEqual({ lang: 'ru', slug: 'english-words' });
		expect(parseSitePath('/en/404/')).toEqual({ lang: 'en', slug: '404' });
	});
	test('name preview images and 404 pages', () => {
		expect(ogImagePath('ru', 'linear-algebra/matrix-multiplication')).toBe('/og/linear-algebra/matrix-multiplication.png');
		expect(ogImagePath('en', '')).toBe('/og/en/index.png');
		expect(['/404/', '/404.html', '/en/404/', '/en/404.html', '/404-errors/'].map(isNotFoundPath)).toEqual([true, true, true, true, false]);
	});
});

describe('moved pages and headings', () => {
	test('redirects get the base on their destination (Astro adds it only to the source)', () => {
		expect(astroRedirects('/nn-math/', '{"/old/":"/new/"}')).toEqual({ '/old/': '/nn-math/new/' });
		expect(astroRedirects('/', '{"/old/":"/new/"}')).toEqual({ '/old/': '/new/' });
	});
	test('aliases split into same-page and other-page ones for one page', () => {
		const aliases = { '/a/#old': '#new', '/a/#gone': '/b/#here', '/b/#x': '#y' };
		expect(aliasesFor('/a/', aliases)).toEqual({ local: { old: 'new' }, moved: { gone: '/b/#here' } });
		expect(aliasesFor('/c/', aliases)).toEqual({ local: {}, moved: {} });
	});
	test('a redirect page keeps the fragment', () => {
		const html = '<!doctype html><title>Redirecting to: /nn-math/new/</title><meta http-equiv="refresh" content="0;url=/nn-math/new/"><body></body>';
		const kept = keepFragment(html);
		expect(kept).toContain('<script data-keep-fragment>location.replace("/nn-math/new/"+location.hash)</script><meta http-equiv="refresh"');
		expect(keepFragment(kept)).toBe(kept);
		expect(keepFragment('<html><body>page</body></html>')).toBe('<html><body>page</body></html>');
	});
});

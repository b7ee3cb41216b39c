import { describe, expect, test } from 'vitest';
import { formatLedger, parseLedger, pathOfFile, publishedUrls, readBuiltSite, resolveUrl } from '../../src/links/ledger';

/** A built page as the heading controls leave it. */
const page = (...ids: string[]) =>
	`<html><body><main><div class="sl-markdown-content">${ids.map((id) => `<div class="hl-heading level-h2"><h2 id="${id}">${id}</h2></div>`).join('')}</div></main></body></html>`;
const redirect = (to: string) => `<!doctype html><title>Redirecting to: ${to}</title><meta http-equiv="refresh" content="0;url=${to}">`;

const before = readBuiltSite([
	{ file: 'index.html', html: page('start') },
	{ file: 'linear-algebra/matrix-multiplication/index.html', html: page('idea', 'shapes') },
	{ file: 'en/linear-algebra/matrix-multiplication/index.html', html: page('idea', 'shapes') },
	{ file: '404.html', html: page('x') },
	{ file: 'en/404/index.html', html: page('x') },
]);
const ledger = publishedUrls(before);

describe('published URLs', () => {
	test('are every page and every heading anchor, 404 pages left out', () => {
		expect(ledger).toEqual([
			'/',
			'/#start',
			'/en/linear-algebra/matrix-multiplication/',
			'/en/linear-algebra/matrix-multiplication/#idea',
			'/en/linear-algebra/matrix-multiplication/#shapes',
			'/linear-algebra/matrix-multiplication/',
			'/linear-algebra/matrix-multiplication/#idea',
			'/linear-algebra/matrix-multiplication/#shapes',
		]);
		expect(pathOfFile('en/index.html')).toBe('/en/');
	});
});

describe('resolving a ledger URL', () => {
	test('catches a renamed heading', () => {
		const after = readBuiltSite([{ file: 'linear-algebra/matrix-multiplication/index.html', html: page('the-idea', 'shapes') }]);
		expect(resolveUrl('/linear-algebra/matrix-multiplication/#idea', after)).toEqual({
			ok: false,
			reason: 'the page /linear-algebra/matrix-multiplication/ has no element with id "idea"',
		});
		expect(resolveUrl('/linear-algebra/matrix-multiplication/#shapes', after).ok).toBe(true);
	});

	test('accepts a renamed heading with an alias anchor for its old id', () => {
		const html = page('the-idea').replace('<div class="hl-heading', '<span id="idea" class="hl-alias"></span><div class="hl-heading');
		const after = readBuiltSite([{ file: 'linear-algebra/matrix-multiplication/index.html', html }]);
		expect(resolveUrl('/linear-algebra/matrix-multiplication/#idea', after)).toEqual({ ok: true, to: '/linear-algebra/matrix-multiplication/#idea' });
		// The alias is a landing point, not a new published anchor.
		expect(publishedUrls(after)).not.toContain('/linear-algebra/matrix-multiplication/#idea');
	});

	test('catches a renamed page, and follows its redirect with the fragment', () => {
		const moved = [{ file: 'linear-algebra/matrix-product/index.html', html: page('idea') }];
		expect(resolveUrl('/linear-algebra/matrix-multiplication/#idea', readBuiltSite(moved))).toEqual({
			ok: false,
			reason: 'no such page and no redirect from it',
		});
		const redirected = readBuiltSite(
			[...moved, { file: 'linear-algebra/matrix-multiplication/index.html', html: redirect('/nn-math/linear-algebra/matrix-product/') }],
			'/nn-math/',
		);
		expect(resolveUrl('/linear-algebra/matrix-multiplication/#idea', redirected)).toEqual({ ok: true, to: '/linear-algebra/matrix-product/#idea' });
		expect(resolveUrl('/linear-algebra/matrix-multiplication/#gone', redirected).ok).toBe(false);
	});

	test('follows a section moved to another page', () => {
		const html = page('shapes').replace('</body>', '<script type="application/json" id="anchor-moves">{"idea":"/calculus/x/#idea"}</script></body>');
		const site = readBuiltSite([
			{ file: 'linear-algebra/matrix-multiplication/index.html', html },
			{ file: 'calculus/x/index.html', html: page('idea') },
		]);
		expect(resolveUrl('/linear-algebra/matrix-multiplication/#idea', site)).toEqual({ ok: true, to: '/calculus/x/#idea' });
	});

	test('reports a redirect to nowhere and a redirect loop', () => {
		const site = readBuiltSite([
			{ file: 'a/index.html', html: redirect('/b/') },
			{ file: 'b/index.html', html: redirect('/a/') },
			{ file: 'c/index.html', html: redirect('/missing/') },
		]);
		expect(resolveUrl('/a/', site)).toEqual({ ok: false, reason: 'redirects go round in a loop' });
		expect(resolveUrl('/c/', site)).toEqual({ ok: false, reason: 'it redirects to /missing/, which does not exist' });
	});
});

describe('the ledger file', () => {
	test('round-trips, sorted and without duplicates, comments ignored', () => {
		const text = formatLedger(['/b/', '/a/#x', '/a/', '/b/']);
		expect(parseLedger(text)).toEqual(['/a/', '/a/#x', '/b/']);
		expect(text.startsWith('# The URL ledger')).toBe(true);
		expect(formatLedger(parseLedger(text))).toBe(text);
	});
});

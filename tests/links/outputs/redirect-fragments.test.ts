import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { redirectFragments } from '../../../src/links/outputs/redirect-fragments';
import { keepFragment } from '../../../src/links/redirect-pages';
import { fakeBuild } from './helpers';

const REDIRECT = '<!doctype html><title>Redirecting to: /new/</title><meta http-equiv="refresh" content="0;url=/new/"><meta name="robots" content="noindex">';

describe('redirectFragments', () => {
	test('adds the fragment-keeping script to every redirect page, however deep', () => {
		const ctx = fakeBuild({ 'old/index.html': REDIRECT, 'en/a/b/index.html': REDIRECT });
		redirectFragments.write(ctx);
		for (const file of ['old/index.html', 'en/a/b/index.html']) {
			const html = readFileSync(join(ctx.out, file), 'utf8');
			expect(html).toBe(keepFragment(REDIRECT));
			expect(html).toContain('<script data-keep-fragment>location.replace("/new/"+location.hash)</script>');
		}
	});
	test('does not rewrite other pages', () => {
		const ctx = fakeBuild({ 'page/index.html': '<p>page</p>' });
		const before = statSync(join(ctx.out, 'page/index.html')).mtimeMs;
		redirectFragments.write(ctx);
		expect(readFileSync(join(ctx.out, 'page/index.html'), 'utf8')).toBe('<p>page</p>');
		expect(statSync(join(ctx.out, 'page/index.html')).mtimeMs).toBe(before);
	});
});

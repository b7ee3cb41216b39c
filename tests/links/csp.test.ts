import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineHandlers, inlineScriptHashes, policyFromHeaders } from '../../src/links/csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('the Content-Security-Policy', () => {
	test('hashes inline scripts exactly as written, and only executable ones', () => {
		const html =
			'<script>\n\twindow.a = 1;\n</script><script type="module">b()</script><script type="module" src="/_astro/x.js"></script>' +
			'<script type="application/ld+json">{"a":1}</script><script type="application/json" id="d">[]</script>';
		expect(inlineScriptHashes(html)).toEqual([sha('\n\twindow.a = 1;\n'), sha('b()')]);
	});

	test('allows what the site needs and nothing inline but the hashed scripts', () => {
		const policy = contentSecurityPolicy([sha('b()'), sha('a()'), sha('b()')]);
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[sha('a()'), sha('b()')].sort().join(' ')};`);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).not.toMatch(/'unsafe-eval'/);
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("frame-ancestors 'none'");
	});

	test('goes into a _headers file with long caching for hashed assets, under the base', () => {
		const file = headersFile("default-src 'self'", '/nn-math/');
		expect(file).toMatch(/^\/nn-math\/\*\n {2}Content-Security-Policy: default-src 'self'$/m);
		expect(file).toMatch(/^\/nn-math\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
		expect(policyFromHeaders(file)).toBe("default-src 'self'");
	});

	test('finds inline event handlers and javascript: URLs, which no hash can allow', () => {
		expect(inlineHandlers('<button onclick="x()">')).toHaveLength(1);
		expect(inlineHandlers('<a href="javascript:void 0">')).toHaveLength(1);
		expect(inlineHandlers('<a href="/x/" data-onion="1">')).toEqual([]);
	});
});

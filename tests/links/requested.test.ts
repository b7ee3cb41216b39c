import { describe, expect, test } from 'vitest';
import { readablePath, sameOriginFrom } from '../../src/links/requested';

const here = 'https://example.org/site/en/404/?from=x';

describe('sameOriginFrom', () => {
	test('returns a same-origin address under the base', () => {
		expect(sameOriginFrom('/site/en/calculus/x/?a=1#h', here, '/site/')).toBe('/site/en/calculus/x/?a=1#h');
	});
	// `?from=/%09/evil.example/x` reaches the script as `/<tab>/evil.example/x`, which a browser reads as `//evil.example/x`.
	test.each(['/\\evil.example/x', new URLSearchParams('from=/%09/evil.example/x').get('from')!, '//evil.example/x', '/.//evil.example/x', 'https://evil.example/site/', 'javascript:alert(1)'])(
		'refuses %s, which leaves the origin',
		(from) => {
			// Under the root base the old check (starts with the base, not with `//`) let the first three through.
			expect(sameOriginFrom(from, 'https://example.org/en/404/', '/')).toBeUndefined();
		},
	);
	test('refuses an address outside the base and an empty one', () => {
		expect(sameOriginFrom('/other/x/', here, '/site/')).toBeUndefined();
		expect(sameOriginFrom(null, here, '/site/')).toBeUndefined();
	});
});

describe('readablePath', () => {
	test('decodes a non-Latin address', () => {
		expect(readablePath('/%D0%BC%D0%B0%D1%82%D1%80%D0%B8%D1%86%D1%8B/')).toBe('/матрицы/');
	});
	test('keeps a malformed escape as it is', () => {
		expect(readablePath('/%E0%A4%A/')).toBe('/%E0%A4%A/');
	});
});

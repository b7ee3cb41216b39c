import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { closestPages, MAX_REQUEST, requestedSlug, searchWords } from '../../src/links/closest-pages';
import { decodeFragment, movedAnchorTarget } from '../../src/links/fragment';
import { readablePath, sameOriginFrom } from '../../src/links/requested';
import { fuzzSuite, hostileText, meter } from '../helpers/fuzz';

/** Counts the cells of every edit-distance table the 404 page fills: its real cost. */
const cells = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/graph/closest', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/graph/closest')>();
	return {
		...original,
		editDistance: (a: string, b: string) => {
			cells.n += (a.length + 1) * (b.length + 1);
			return original.editDistance(a, b);
		},
	};
});

/**
 * The 404 page's inputs (the address, `?from=`) and URL fragments, fuzzed. Invariants: nothing
 * throws; `from` is only ever used when it stays on this origin under the base; prototype keys never
 * forward; the work is bounded by the input's size.
 */
const check = fuzzSuite('404 inputs and URL fragments');

const PAGES = ['linear-algebra/matrix-multiplication', 'calculus/gradient', 'calculus/gradient-descent', 'neural-networks/dense-layer', 'probability/softmax'].map((slug) => ({ slug, title: slug }));
const BASES = ['/', '/site/'];
const path = fc.oneof(
	fc.webPath(),
	hostileText(300).map((s) => `/${s}`),
	fc.constantFrom('/\\evil.example/x', '/\t/evil.example/x', '//evil.example/x', '/.//evil.example/x', '/%D0%BC%D0%B0%D1%82%D1%80%D0%B8%D1%86%D1%8B/', '/%E0%A4%A/', '/en/404/', '/site/en/calculus/gradiant/'),
	fc.integer({ min: 1, max: 20_000 }).map((n) => `/${'a/'.repeat(n)}`),
);

describe('the 404 page’s inputs under fuzzing', () => {
	test('`from` is used only when it resolves to this origin under the base', () => {
		check(
			fc.property(fc.oneof(path, fc.webUrl(), hostileText(100)), fc.constantFrom(...BASES), (from, base) => {
				const here = `https://example.org${base}en/404/`;
				const r = sameOriginFrom(from, here, base);
				if (r === undefined) return;
				const url = new URL(r, here);
				expect(url.origin).toBe('https://example.org');
				expect(url.pathname.startsWith(base)).toBe(true);
				expect(r.startsWith('/') && !r.startsWith('//')).toBe(true);
			}),
			600,
		);
	});

	test('the slug, search words and closest pages are computed without throwing, in work linear in the address', () => {
		check(
			fc.property(path, fc.constantFrom(...BASES), (p, base) => {
				const m = meter();
				cells.n = 0;
				try {
					readablePath(p);
					const slug = requestedSlug(p, base);
					searchWords(slug);
					const found = closestPages(slug, PAGES);
					expect(found.length).toBeLessThanOrEqual(5);
				} finally {
					m.stop();
				}
				expect(m.chars).toBeLessThanOrEqual(12 * p.length + 1000);
				// Every comparison is against a request of at most MAX_REQUEST characters.
				expect(cells.n).toBeLessThanOrEqual(PAGES.length * 2 * (MAX_REQUEST + 1) * 60);
			}),
			300,
		);
	});
});

describe('URL fragments under fuzzing', () => {
	const map = JSON.stringify({ formy: '/en/linear-algebra/shapes/#shapes', odd: 7, empty: '' });
	test('a fragment decodes without throwing and forwards only through the map’s own string entries', () => {
		check(
			fc.property(fc.oneof(hostileText(200), fc.webFragments(), fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'formy', 'odd', 'empty')), (raw) => {
				const id = decodeFragment(`#${raw}`);
				const target = movedAnchorTarget(id, map);
				if (target !== undefined) expect(target).toBe('/en/linear-algebra/shapes/#shapes');
				if (id !== 'formy') expect(target).toBeUndefined();
			}),
			600,
		);
	});
});

describe('the work meter', () => {
	test('tells linear work from work that re-reads its input per item', () => {
		const text = 'a,'.repeat(2000);
		const linear = meter();
		text.split(/,/);
		linear.stop();
		const quadratic = meter();
		for (let i = 0; i < 2000; i++) /z/.test(text.slice(i * 2));
		quadratic.stop();
		expect(linear.chars).toBeLessThanOrEqual(3 * text.length);
		expect(quadratic.chars).toBeGreaterThan(100 * text.length);
	});
});

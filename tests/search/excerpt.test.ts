import { describe, expect, test } from 'vitest';
import { densest, excerptOf, shownResult, type Fragment } from '../../src/search/excerpt';

/** A page of `n` words w0 … w(n-1), with headings at the given word positions. */
function page(n: number, headings: [string, number][]): { fragment: Fragment; words: string[] } {
	const words = Array.from({ length: n }, (_, i) => `w${i}`);
	return {
		words,
		fragment: {
			url: '/la/matrices/',
			content: words.join(' '),
			meta: { title: 'Матрицы' },
			anchors: [
				{ element: 'h1', id: '_top', text: 'Матрицы', location: 0 },
				...headings.map(([id, location]) => ({ element: 'h2', id, text: `Раздел ${id}`, location })),
				// An element with an id but neither a title nor a heading is no section.
				{ element: 'span', id: 'progress', text: 'Ваш прогресс', location: 5 },
			],
		},
	};
}

describe('densest', () => {
	test('the window holding the most hits, the middle one of equal windows side by side', () => {
		expect(densest([50, 52, 54], 0, 200, 10)).toBe(47); // windows starting 45…50 hold all three
		expect(densest([], 0, 200, 10)).toBe(0);
		expect(densest([195], 0, 200, 10)).toBe(188); // windows 186…190 hold it: the middle one
		expect(densest([199], 0, 200, 10)).toBe(190); // kept inside the text
		expect(densest([3], 0, 5, 10)).toBe(0); // a text shorter than a window
	});
});

describe('excerptOf', () => {
	test('marks the hits and escapes the words', () => {
		const words = ['a<b', 'и', 'x&y', '"q"'];
		expect(excerptOf(words, [0, 2], 0, 4)).toBe('<mark>a&lt;b</mark> и <mark>x&amp;y</mark> &quot;q&quot;');
	});
});

describe('shownResult', () => {
	test('the page with its base, and its first sections with a hit, each excerpt inside its section', () => {
		const { fragment, words } = page(400, [['a', 40], ['b', 100], ['c', 200], ['d', 300]]);
		const r = shownResult(fragment, words, [10, 150, 210, 310, 390], '/nn-math', 2);
		expect(r.url).toBe('/nn-math/la/matrices/');
		expect(r.title).toBe('Матрицы');
		// Section a has no hit; b, c have; d is past the 2 asked for.
		expect(r.subs.map((s) => s.url)).toEqual(['/nn-math/la/matrices/#b', '/nn-math/la/matrices/#c']);
		expect(r.subs[0]!.title).toBe('Раздел b');
		expect(r.subs[0]!.excerpt).toContain('<mark>w150</mark>');
		// Section c ends where d starts: its excerpt stays in 200…299.
		const cWords = r.subs[1]!.excerpt.replace(/<\/?mark>/g, '').split(' ');
		expect(cWords.every((w) => Number(w.slice(1)) >= 200 && Number(w.slice(1)) < 300)).toBe(true);
		expect(cWords).toHaveLength(30);
	});

	test('a hit before every section is the page’s alone; a root base gives the plain path', () => {
		const { fragment, words } = page(100, [['a', 60]]);
		const r = shownResult(fragment, words, [3], '', 3);
		expect(r.url).toBe('/la/matrices/');
		expect(r.subs).toEqual([]);
		expect(r.excerpt.startsWith('w1 w2 <mark>w3</mark>')).toBe(true); // windows 0…3 hold the hit
	});
});

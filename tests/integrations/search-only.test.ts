import { describe, expect, test } from 'vitest';
import { stripSearchOnly } from '../../src/integrations/search-only';
import { searchTextHtml } from '../../src/markdown/tex-text';
import { builtPages } from '../helpers/dist';

describe('search-only text leaves the built pages', () => {
	test('both shapes go, their neighbours stay', () => {
		const formula = `<p>Градиент <span class="katex">…</span>${searchTextHtml('\\nabla f')} указывает вверх.</p>`;
		expect(formula).toContain('∇f');
		expect(stripSearchOnly(formula)).toBe('<p>Градиент <span class="katex">…</span> указывает вверх.</p>');
		const rehype = '<em>x</em><span hidden class="math-search-text" data-search-only="">x²</span><em>y</em>';
		expect(stripSearchOnly(rehype)).toBe('<em>x</em><em>y</em>');
		const typos = '<div><p class="topic-misspellings" data-pagefind-weight="7" data-search-only hidden>градиэнт, градент</p></div>';
		expect(stripSearchOnly(typos)).toBe('<div></div>');
	});
	test('only the marked attribute counts, and a marked element holding markup is left for the dist test to catch', () => {
		const other = '<span data-search-only-not hidden>keep</span><span data-search-onlyx>keep</span>';
		expect(stripSearchOnly(other)).toBe(other);
		const nested = '<p data-search-only hidden><b>x</b></p>';
		expect(stripSearchOnly(nested)).toBe(nested);
	});
	test('a page of unclosed tags is handled in one pass', () => {
		const hostile = '<span data-search-only '.repeat(20_000);
		expect(stripSearchOnly(hostile)).toBe(hostile);
	});
});

/** In the built site (the dist project builds it first): nothing marked search-only is left on any page. */
describe('the built pages', () => {
	test('carry no search-only element', () => {
		expect(builtPages().length).toBeGreaterThan(100);
		const left = builtPages().filter((p) => p.html.includes('data-search-only')).map((p) => p.file);
		expect(left).toEqual([]);
	});
});

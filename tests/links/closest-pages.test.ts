import { describe, expect, test } from 'vitest';
import { closestPages, requestedSlug, searchWords } from '../../src/links/closest-pages';

const PAGES = [
	'foundations/summation',
	'linear-algebra/vectors',
	'linear-algebra/dot-product',
	'linear-algebra/matrices',
	'linear-algebra/matrix-multiplication',
	'linear-algebra/transpose',
	'calculus/derivative',
	'calculus/gradient',
	'calculus/gradient-descent',
	'calculus/chain-rule',
	'probability/bayes-rule',
	'neural-networks/activation-functions',
	'neural-networks/dense-layer',
].map((slug) => ({ slug, title: slug }));

const closest = (path: string) => closestPages(requestedSlug(path, '/'), PAGES).map((p) => p.slug);

describe('the requested slug', () => {
	test('drops the base, the language, index.html and slashes', () => {
		expect(requestedSlug('/nn-math/en/calculus/Gradient/', '/nn-math/')).toBe('calculus/gradient');
		expect(requestedSlug('/calculus/gradient/index.html', '/')).toBe('calculus/gradient');
		expect(requestedSlug('/en/', '/')).toBe('');
		expect(requestedSlug('/%D0%BC%D0%B0%D1%82%D1%80%D0%B8%D1%86%D0%B0/', '/')).toBe('матрица');
	});
	test('gives the words to search for', () => {
		expect(searchWords('calculus/gradiant-descnt')).toBe('gradiant descnt');
	});
});

describe('the closest topics', () => {
	test('a typo finds the topic first', () => {
		expect(closest('/linear-algebra/matrix-multiplicaton/')[0]).toBe('linear-algebra/matrix-multiplication');
		expect(closest('/en/calculus/gradiant-descent/')[0]).toBe('calculus/gradient-descent');
	});
	test('a topic under the wrong area is found by its name', () => {
		expect(closest('/calculus/dot-product/')[0]).toBe('linear-algebra/dot-product');
	});
	test('a bare word finds the topics it starts', () => {
		expect(closest('/gradient/').slice(0, 2).sort()).toEqual(['calculus/gradient', 'calculus/gradient-descent']);
		expect(closest('/matrix/')).toContain('linear-algebra/matrix-multiplication');
	});
	test('something unrelated finds nothing rather than noise', () => {
		expect(closest('/wp-admin/login.php')).toEqual([]);
		expect(closest('/linear-algebra/matrix-multiplicaton/')).not.toContain('neural-networks/activation-functions');
	});
	test('at most five, and nothing for an empty request', () => {
		expect(closest('/a/').length).toBeLessThanOrEqual(5);
		expect(closest('/')).toEqual([]);
	});
});

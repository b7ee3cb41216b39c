import { describe, expect, test } from 'vitest';
import { closestName, editDistance } from '../../src/graph/closest';

describe('editDistance', () => {
	test('counts insertions, deletions and substitutions', () => {
		expect(editDistance('', '')).toBe(0);
		expect(editDistance('abc', 'abc')).toBe(0);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('dot-prodct', 'dot-product')).toBe(1);
	});
	test('is symmetric', () => {
		expect(editDistance('gradient', 'gradients')).toBe(editDistance('gradients', 'gradient'));
	});
});

describe('closestName', () => {
	const topics = ['linear-algebra/vectors', 'linear-algebra/dot-product', 'calculus/chain-rule'];
	test('returns the closest candidate for a typo', () => {
		expect(closestName('linear-algebra/dot-prodcut', topics)).toBe('linear-algebra/dot-product');
	});
	test('finds a topic moved to another area by its last segment', () => {
		expect(closestName('calculus/dot-product', topics)).toBe('linear-algebra/dot-product');
	});
	test('returns undefined when nothing is plausibly meant', () => {
		expect(closestName('probability/bayes', topics)).toBeUndefined();
		expect(closestName('x', [])).toBeUndefined();
	});
});

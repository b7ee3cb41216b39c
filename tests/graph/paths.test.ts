import { describe, expect, test } from 'vitest';
import { prerequisitesInOrder, totalHours, unlocks } from '../../src/graph/paths';
import { validateContent } from '../../src/graph/validate';
import { validInput } from './fixtures';

const graph = validateContent(validInput()).graph!;

describe('prerequisitesInOrder', () => {
	test('returns every direct and indirect prerequisite once, in learning order', () => {
		expect(prerequisitesInOrder(graph, 'neural-networks/dense-layer')).toEqual([
			'linear-algebra/vectors',
			'linear-algebra/dot-product',
			'linear-algebra/matrices',
		]);
	});
	test('returns nothing for a root topic', () => {
		expect(prerequisitesInOrder(graph, 'linear-algebra/vectors')).toEqual([]);
	});
});

describe('unlocks and totalHours', () => {
	test('lists what a topic unlocks', () => {
		expect(unlocks(graph, 'linear-algebra/vectors')).toEqual(['linear-algebra/dot-product', 'linear-algebra/matrices']);
		expect(unlocks(graph, 'neural-networks/dense-layer')).toEqual([]);
	});
	test('adds up hours', () => {
		expect(totalHours(graph, prerequisitesInOrder(graph, 'neural-networks/dense-layer'))).toBe(6);
	});
});

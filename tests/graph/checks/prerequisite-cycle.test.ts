import { describe, expect, test } from 'vitest';
import { prerequisiteCycle } from '../../../src/graph/checks/prerequisite-cycle';
import { patchTopic } from '../fixtures';
import { contextOf } from './helpers';

const why = { ru: 'нужно', en: 'needed' };

describe('prerequisiteCycle', () => {
	test('returns nothing for the acyclic fixture', () => {
		expect(prerequisiteCycle(contextOf())).toEqual([]);
	});
	test('reports a cycle once, closed, on the file of its first topic', () => {
		const ctx = contextOf((input) => patchTopic(input, 'linear-algebra/vectors', { prerequisites: [{ topic: 'linear-algebra/matrices', why }] }));
		expect(prerequisiteCycle(ctx)).toEqual([
			{
				file: 'content/topics/linear-algebra/vectors.yaml',
				field: 'prerequisites',
				message: 'The prerequisites form a cycle: `linear-algebra/vectors` → `linear-algebra/matrices` → `linear-algebra/vectors` (each needs the next).',
				fix: 'Remove one of these prerequisites: a learning path must have a start.',
			},
		]);
	});
	test('leaves a topic that lists itself to the prerequisites check', () => {
		const ctx = contextOf((input) => patchTopic(input, 'linear-algebra/vectors', { prerequisites: [{ topic: 'linear-algebra/vectors', why }] }));
		expect(prerequisiteCycle(ctx)).toEqual([]);
	});
});

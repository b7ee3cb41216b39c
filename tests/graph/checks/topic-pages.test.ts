import { describe, expect, test } from 'vitest';
import { topicPages } from '../../../src/graph/checks/topic-pages';
import { contextOf } from './helpers';

describe('topicPages', () => {
	test('returns nothing when every topic has both pages', () => {
		expect(topicPages(contextOf())).toEqual([]);
	});
	test('reports each missing language with the file to write', () => {
		const ctx = contextOf((input) => {
			input.pages.splice(
				input.pages.findIndex((p) => p.slug === 'linear-algebra/matrices'),
				2,
			);
		});
		expect(topicPages(ctx)).toEqual([
			{
				file: 'content/topics/linear-algebra/matrices.yaml',
				field: '(file)',
				message: 'The topic `linear-algebra/matrices` has no Russian page.',
				fix: 'Write `content/docs/linear-algebra/matrices.mdx`.',
			},
			{
				file: 'content/topics/linear-algebra/matrices.yaml',
				field: '(file)',
				message: 'The topic `linear-algebra/matrices` has no English page.',
				fix: 'Write `content/docs/en/linear-algebra/matrices.mdx`.',
			},
		]);
	});
});

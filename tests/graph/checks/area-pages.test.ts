import { describe, expect, test } from 'vitest';
import { areaPages } from '../../../src/graph/checks/area-pages';
import type { PageEntry } from '../../../src/graph/checks/context';
import { contextOf } from './helpers';

const page = (slug: string): PageEntry => ({ file: `content/docs/${slug}.mdx`, lang: 'ru', slug, frontmatter: {} });

describe('areaPages', () => {
	test('returns nothing for a topic page, the home page, or a page outside the areas', () => {
		const ctx = contextOf();
		for (const slug of ['linear-algebra/vectors', '', 'widgets']) expect(areaPages(page(slug), ctx)).toEqual([]);
	});
	test('accepts a page whose topic failed its schema (that problem is reported once, by the schema)', () => {
		const ctx = contextOf((input) => {
			input.topics[0]!.raw = { hours: 'many' };
		});
		expect(areaPages(page('linear-algebra/vectors'), ctx)).toEqual([]);
	});
	test('reports a page in an area folder without topic data, with the file to create', () => {
		expect(areaPages(page('calculus/limits'), contextOf())).toEqual([
			{
				file: 'content/docs/calculus/limits.mdx',
				field: '(file)',
				message: 'The page `calculus/limits` is in an area folder but has no topic data.',
				fix: 'Create `content/topics/calculus/limits.yaml` with its hours, prerequisites and resources.',
			},
		]);
	});
});

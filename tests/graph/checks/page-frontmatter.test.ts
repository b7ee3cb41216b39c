import { describe, expect, test } from 'vitest';
import { pageFrontmatter } from '../../../src/graph/checks/page-frontmatter';
import { contextOf } from './helpers';

describe('pageFrontmatter', () => {
	test('returns nothing when every page has a title and a description', () => {
		expect(pageFrontmatter(contextOf())).toEqual([]);
	});
	test('reports a blank title (quoting it) and a missing description, each with its own fix', () => {
		const ctx = contextOf((input) => {
			input.pages[0]!.frontmatter = { title: '  ' };
		});
		expect(pageFrontmatter(ctx)).toEqual([
			{
				file: 'content/docs/index.mdx',
				field: 'title',
				message: 'The page has no title (got `"  "`).',
				fix: 'Add `title: …` to the frontmatter: it is the page heading, the sidebar label and the link text elsewhere.',
			},
			{
				file: 'content/docs/index.mdx',
				field: 'description',
				message: 'The page has no description.',
				fix: 'Add `description: …` to the frontmatter: one or two sentences, shown in search results and link previews.',
			},
		]);
	});
	test('skips a page whose frontmatter could not be parsed, and reads an empty one as `{}`', () => {
		const ctx = contextOf((input) => {
			input.pages[0]!.frontmatter = undefined;
			input.pages[1]!.frontmatter = null;
		});
		expect(pageFrontmatter(ctx).map((p) => [p.file, p.field])).toEqual([
			['content/docs/en/index.mdx', 'title'],
			['content/docs/en/index.mdx', 'description'],
		]);
	});
});

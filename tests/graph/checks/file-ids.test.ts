import { describe, expect, test } from 'vitest';
import { fileIds, idProblems } from '../../../src/graph/checks/file-ids';
import { validInput } from '../fixtures';

describe('idProblems', () => {
	test('returns nothing for unique ASCII slugs, and accepts the home page’s empty slug', () => {
		expect(idProblems([{ file: 'a', key: 'x', slug: 'linear-algebra/dot-product' }, { file: 'b', key: 'y', slug: '' }], 'page slug')).toEqual([]);
	});
	test('reports a slug that is not lowercase ASCII words, quoting it', () => {
		expect(idProblems([{ file: 'content/topics/calculus/Производная.yaml', key: 'k', slug: 'calculus/Производная' }], 'topic')).toEqual([
			{
				file: 'content/topics/calculus/Производная.yaml',
				field: '(file name)',
				message: 'The slug `calculus/Производная` is not lowercase ASCII words joined by hyphens.',
				fix: 'Rename the file so its path is like `linear-algebra/matrix-multiplication`; the slug becomes the URL, and forum links need it short and readable.',
			},
		]);
	});
	test('reports the second file that gives a key, naming the first (`/` for the home page)', () => {
		expect(idProblems([{ file: 'a.md', key: 'ru:', slug: '' }, { file: 'a.mdx', key: 'ru:', slug: '' }], 'page slug')).toEqual([
			{
				file: 'a.mdx',
				field: '(file name)',
				message: 'Duplicate page slug `/`: `a.md` already gives this slug.',
				fix: 'Keep one of the two files (remove or rename `a.mdx` or `a.md`).',
			},
		]);
	});
});

describe('fileIds', () => {
	test('returns nothing for the fixture content', () => {
		expect(fileIds(validInput())).toEqual([]);
	});
	test('checks topics, then resources, then pages per language (the same slug in two languages is fine)', () => {
		const input = validInput();
		input.pages.push({ ...input.pages[1]!, file: 'content/docs/en/index.md' });
		input.resources.push({ ...input.resources[0]!, file: 'content/resources/copy.yaml' });
		input.topics.push({ file: 'content/topics/A.yaml', id: 'A', raw: {} });
		expect(fileIds(input).map((p) => p.message)).toEqual([
			'The slug `A` is not lowercase ASCII words joined by hyphens.',
			'Duplicate resource `3b1b-linear-algebra`: `content/resources/3b1b-linear-algebra.yaml` already gives this slug.',
			'Duplicate page slug `/`: `content/docs/en/index.mdx` already gives this slug.',
		]);
	});
});

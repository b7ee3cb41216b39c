import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { frontmatterOf, loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';

/** Writes files into a fresh temporary folder and returns its path. */
function tree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'nn-math-load-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const page = (title: string) => `---\ntitle: ${title}\ndescription: About ${title}.\n---\n\nText.\n`;

describe('loadContent', () => {
	test('reads topics, resources and pages with ids from their paths', () => {
		const root = tree({
			'content/topics/linear-algebra/vectors.yaml': 'hours: 1\n',
			'content/resources/book.yaml': 'provider: P\n',
			'content/docs/index.mdx': page('Главная'),
			'content/docs/en/index.mdx': page('Home'),
			'content/docs/linear-algebra/vectors.mdx': `${page('Векторы')}\n## Идея {#idea}\n\n## Умножение на число\n`,
			'content/docs/en/linear-algebra/vectors.md': page('Vectors'),
			'content/docs/_draft.mdx': page('Draft'),
		});
		const { input, problems } = loadContent(root);
		expect(problems).toEqual([]);
		expect(input.topics.map((t) => [t.id, t.file])).toEqual([['linear-algebra/vectors', 'content/topics/linear-algebra/vectors.yaml']]);
		expect(input.resources.map((r) => r.id)).toEqual(['book']);
		expect(input.pages.map((p) => `${p.lang}:${p.slug}`).sort()).toEqual(['en:', 'en:linear-algebra/vectors', 'ru:', 'ru:linear-algebra/vectors']);
		expect(input.pages.find((p) => p.lang === 'en' && p.slug === '')!.frontmatter).toEqual({ title: 'Home', description: 'About Home.' });
		// The headings' ids, for the check that a topic's questions point at real sections.
		expect(input.pages.find((p) => p.lang === 'ru' && p.slug === 'linear-algebra/vectors')!.anchors).toEqual(['idea', 'umnozhenie-na-chislo']);
	});

	test('reports a YAML syntax error in a data file and does not also report its links as broken', () => {
		const root = tree({
			'content/topics/linear-algebra/vectors.yaml': 'hours: 1\nprerequisites: [oops\n',
			'content/topics/linear-algebra/matrices.yaml':
				'hours: 1\nprerequisites:\n  - topic: linear-algebra/vectors\n    why: { ru: а, en: a }\n',
		});
		const { input, problems } = loadContent(root);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/topics/linear-algebra/vectors.yaml', field: '(file)' });
		expect(problems[0]!.message).toMatch(/^The file is not valid YAML: /);
		const validated = validateContent(input).problems;
		expect(validated.some((p) => p.message.includes('is not a topic'))).toBe(false);
	});

	test('reports bad frontmatter naming the file, and a missing title as a field', () => {
		const root = tree({
			'content/docs/index.mdx': '---\ntitle: Главная\ndescription: Как учить: по порядку\n---\n',
			'content/docs/en/index.mdx': '---\ndescription: Home page.\n---\n',
		});
		const { input, problems } = loadContent(root);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'content/docs/index.mdx', field: '(frontmatter)', fix: expect.stringContaining('double quotes') }),
		]);
		const validated = validateContent(input).problems;
		expect(validated).toEqual([expect.objectContaining({ file: 'content/docs/en/index.mdx', field: 'title' })]);
	});
});

describe('frontmatterOf', () => {
	test('returns the YAML block at the top of a page', () => {
		expect(frontmatterOf('---\ntitle: A\n---\nbody')).toBe('title: A');
		expect(frontmatterOf('no frontmatter\n---\n')).toBeUndefined();
	});
});

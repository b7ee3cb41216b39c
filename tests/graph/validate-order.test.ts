import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/graph/validate';
import { patchTopic, validInput } from './fixtures';

const why = { ru: 'нужно', en: 'needed' };

describe('validateContent runs its checks in order', () => {
	// The expected list was printed by the single function the checks replaced: splitting it into
	// checks kept every message and the order an author reads them in.
	test('reports file names, schemas, per-topic links, the cycle, pages, then the glossary', () => {
		const input = validInput();
		patchTopic(input, 'neural-networks/dense-layer', {
			prerequisites: [{ topic: 'neural-networks/dense-layer', why }],
			resources: [{ resource: 'khan' }],
		});
		patchTopic(input, 'linear-algebra/vectors', { prerequisites: [{ topic: 'linear-algebra/matrices', why }] });
		patchTopic(input, 'linear-algebra/dot-product', {
			prerequisites: [
				{ topic: 'linear-algebra/vectors', why },
				{ topic: 'linear-algebra/vectors', why },
			],
		});
		input.topics.push({ file: 'content/topics/Nowhere.yaml', id: 'Nowhere', raw: { hours: 'many' } });
		input.pages.splice(3, 1);
		input.pages[0]!.frontmatter = { title: '' };
		input.pages.push({ file: 'content/docs/calculus/x.mdx', lang: 'ru', slug: 'calculus/x', frontmatter: { title: 'T', description: 'D' } });
		input.glossary = [{ file: 'content/glossary/la.yaml', id: 'la', raw: [{ ru: 'вектор', en: 'vector', topic: 'linear-algebra/vector' }] }];

		expect(validateContent(input).problems.map((p) => [p.file, p.field, p.message])).toEqual([
			['content/topics/Nowhere.yaml', '(file name)', 'The slug `Nowhere` is not lowercase ASCII words joined by hyphens.'],
			['content/topics/Nowhere.yaml', 'hours', 'Invalid input: expected number, received string (got `"many"`).'],
			['content/topics/linear-algebra/dot-product.yaml', 'prerequisites[1].topic', 'The prerequisite `linear-algebra/vectors` is listed twice (also at `prerequisites[0]`).'],
			['content/topics/neural-networks/dense-layer.yaml', 'prerequisites[0].topic', 'The topic `neural-networks/dense-layer` lists itself as a prerequisite.'],
			['content/topics/neural-networks/dense-layer.yaml', 'resources[0].resource', 'The resource `khan` does not exist.'],
			['content/topics/linear-algebra/vectors.yaml', 'prerequisites', 'The prerequisites form a cycle: `linear-algebra/vectors` → `linear-algebra/matrices` → `linear-algebra/vectors` (each needs the next).'],
			['content/docs/index.mdx', 'title', 'The page has no title (got `""`).'],
			['content/docs/index.mdx', 'description', 'The page has no description.'],
			['content/docs/linear-algebra/vectors.mdx', '(file)', 'The page `linear-algebra/vectors` exists in `ru` but not in `en`.'],
			['content/docs/calculus/x.mdx', '(file)', 'The page `calculus/x` exists in `ru` but not in `en`.'],
			['content/docs/calculus/x.mdx', '(file)', 'The page `calculus/x` is in an area folder but has no topic data.'],
			['content/topics/linear-algebra/vectors.yaml', '(file)', 'The topic `linear-algebra/vectors` has no English page.'],
			['content/glossary/la.yaml', '[0].topic', 'The term `вектор` points at `linear-algebra/vector`, which is not a topic.'],
		]);
	});
});

import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/graph/problems';
import { validateContent } from '../../src/graph/validate';
import { patchTopic, validInput } from './fixtures';

const why = { ru: 'нужно', en: 'needed' };

describe('validateContent', () => {
	test('returns a graph and no problems for valid content', () => {
		const result = validateContent(validInput());
		expect(result.problems).toEqual([]);
		expect(result.graph?.order).toHaveLength(4);
	});

	test('names the file, the field and the closest topic for a prerequisite that does not exist', () => {
		const input = validInput();
		patchTopic(input, 'neural-networks/dense-layer', {
			prerequisites: [{ topic: 'linear-algebra/dot-prodct', why }],
		});
		const { problems, graph } = validateContent(input);
		expect(graph).toBeUndefined();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'content/topics/neural-networks/dense-layer.yaml',
			field: 'prerequisites[0].topic',
			message: 'The prerequisite `linear-algebra/dot-prodct` is not a topic.',
		});
		expect(problems[0]!.fix).toContain('Did you mean `linear-algebra/dot-product`?');
	});

	test('prints the whole cycle', () => {
		const input = validInput();
		patchTopic(input, 'linear-algebra/vectors', {
			prerequisites: [{ topic: 'neural-networks/dense-layer', why }],
		});
		const { problems } = validateContent(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.field).toBe('prerequisites');
		// The cycle is printed closed: it starts and ends on the same topic and passes through all three.
		const cycle = problems[0]!.message.match(/`[^`]+`/g)!;
		expect(cycle[0]).toBe(cycle.at(-1));
		expect(cycle).toEqual(expect.arrayContaining(['`linear-algebra/vectors`', '`neural-networks/dense-layer`']));
		expect(cycle.length).toBe(4);
		expect(problems[0]!.message).toContain(' → ');
	});

	test('reports a topic that lists itself, with its own message rather than as a cycle', () => {
		const input = validInput();
		patchTopic(input, 'linear-algebra/matrices', {
			prerequisites: [{ topic: 'linear-algebra/matrices', why }],
		});
		const { problems } = validateContent(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'content/topics/linear-algebra/matrices.yaml',
			field: 'prerequisites[0].topic',
			message: 'The topic `linear-algebra/matrices` lists itself as a prerequisite.',
		});
	});

	test('reports a duplicate slug given by two files', () => {
		const input = validInput();
		input.topics.push({ ...input.topics[0]!, file: 'content/topics/linear-algebra/vectors.yml' });
		const { problems } = validateContent(input);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'content/topics/linear-algebra/vectors.yml',
				message: expect.stringContaining('Duplicate topic `linear-algebra/vectors`'),
			}),
		);
	});

	test('reports a duplicate page slug within one language', () => {
		const input = validInput();
		input.pages.push({ file: 'content/docs/linear-algebra/vectors.md', lang: 'ru', slug: 'linear-algebra/vectors' });
		const { problems } = validateContent(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('Duplicate page slug `linear-algebra/vectors`');
		expect(problems[0]!.fix).toContain('content/docs/linear-algebra/vectors.mdx');
	});

	test('reports a topic page present in Russian and missing in English', () => {
		const input = validInput();
		input.pages = input.pages.filter((p) => !(p.lang === 'en' && p.slug === 'linear-algebra/matrices'));
		const { problems } = validateContent(input);
		expect(problems.map((p) => p.message)).toEqual([
			'The page `linear-algebra/matrices` exists in `ru` but not in `en`.',
			'The topic `linear-algebra/matrices` has no English page.',
		]);
		expect(problems[0]!.fix).toBe(
			'Add its translation as `content/docs/en/linear-algebra/matrices.mdx`: every page is published in both languages.',
		);
	});

	test('reports a page in an area folder without topic data', () => {
		const input = validInput();
		input.pages.push(
			{ file: 'content/docs/calculus/limits.mdx', lang: 'ru', slug: 'calculus/limits' },
			{ file: 'content/docs/en/calculus/limits.mdx', lang: 'en', slug: 'calculus/limits' },
		);
		const { problems } = validateContent(input);
		expect(problems).toHaveLength(2);
		expect(problems[0]!.fix).toBe('Create `content/topics/calculus/limits.yaml` with its hours, prerequisites and resources.');
	});

	test('reports a resource that does not exist, with the closest id', () => {
		const input = validInput();
		patchTopic(input, 'linear-algebra/vectors', { resources: [{ resource: 'khan-linear-algebr' }] });
		const { problems } = validateContent(input);
		expect(problems).toEqual([
			expect.objectContaining({
				field: 'resources[0].resource',
				message: 'The resource `khan-linear-algebr` does not exist.',
				fix: expect.stringContaining('Did you mean `khan-linear-algebra`?'),
			}),
		]);
	});

	test('reports a unit the resource does not have, listing the units it has', () => {
		const input = validInput();
		patchTopic(input, 'linear-algebra/vectors', { resources: [{ resource: '3b1b-linear-algebra', units: ['1'] }] });
		const { problems } = validateContent(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			field: 'resources[0].units[0]',
			message: 'The resource `3b1b-linear-algebra` has no unit `1`.',
		});
		expect(problems[0]!.fix).toContain('Its units are `4`, `9`');
	});

	test('says to drop `units` when the resource lists none', () => {
		const input = validInput();
		patchTopic(input, 'linear-algebra/vectors', { resources: [{ resource: 'khan-linear-algebra', units: ['2'] }] });
		const { problems } = validateContent(input);
		expect(problems[0]!.fix).toContain('remove `units` to recommend the whole resource');
	});

	test('reports a schema error with the field path and the bad value', () => {
		const input = validInput();
		patchTopic(input, 'linear-algebra/vectors', { hours: 'two' });
		const { problems } = validateContent(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/topics/linear-algebra/vectors.yaml', field: 'hours' });
		expect(problems[0]!.message).toContain('(got `"two"`)');
	});

	test('reports a missing reason in one language', () => {
		const input = validInput();
		patchTopic(input, 'linear-algebra/matrices', {
			prerequisites: [{ topic: 'linear-algebra/vectors', why: { ru: 'нужно' } }],
		});
		const { problems } = validateContent(input);
		expect(problems[0]!.field).toBe('prerequisites[0].why.en');
	});

	test('reports a slug that is not lowercase ASCII', () => {
		const input = validInput();
		input.pages.push(
			{ file: 'content/docs/linear-algebra/Матрицы.mdx', lang: 'ru', slug: 'linear-algebra/Матрицы' },
		);
		const { problems } = validateContent(input);
		expect(problems.some((p) => p.message === 'The slug `linear-algebra/Матрицы` is not lowercase ASCII words joined by hyphens.')).toBe(true);
	});

	test('formats every problem with file, field, problem and fix', () => {
		const input = validInput();
		patchTopic(input, 'linear-algebra/matrices', { prerequisites: [{ topic: 'linear-algebra/matrices', why }] });
		const text = formatProblems(validateContent(input).problems);
		expect(text).toContain('The topic graph has 1 problem:');
		expect(text).toMatch(/✗ content\/topics\/linear-algebra\/matrices\.yaml\n\s+field:\s+prerequisites\[0\]\.topic\n\s+problem:.*\n\s+fix:/);
	});
});

describe('validateContent on the glossary', () => {
	test('collects entries and reports a term pointing at a missing topic', () => {
		const input = validInput();
		input.glossary = [
			{
				file: 'content/glossary/linear-algebra.yaml',
				id: 'linear-algebra',
				raw: [
					{ ru: 'вектор', en: 'vector', topic: 'linear-algebra/vectors' },
					{ ru: 'матрица', en: 'matrix', topic: 'linear-algebra/matrix' },
				],
			},
		];
		const { problems, glossary } = validateContent(input);
		expect(glossary).toHaveLength(2);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/glossary/linear-algebra.yaml',
				field: '[1].topic',
				message: 'The term `матрица` points at `linear-algebra/matrix`, which is not a topic.',
				fix: expect.stringContaining('Did you mean `linear-algebra/matrices`?'),
			}),
		]);
	});
});

import { describe, expect, test } from 'vitest';
import { parseEntries } from '../../../src/graph/checks/schema';
import { topicSchema } from '../../../src/schemas/topic';

describe('parseEntries', () => {
	test('returns the parsed data by id and no problems for valid entries', () => {
		const { parsed, problems } = parseEntries([{ file: 'f.yaml', id: 'a/b', raw: { hours: 2 } }], topicSchema);
		expect(problems).toEqual([]);
		expect(parsed.get('a/b')).toMatchObject({ file: 'f.yaml', data: { hours: 2, prerequisites: [] } });
	});
	test('reports each schema issue with its field and the value found there, and leaves the entry out', () => {
		const { parsed, problems } = parseEntries([{ file: 'f.yaml', id: 'a/b', raw: { hours: 'many' } }], topicSchema);
		expect(parsed.size).toBe(0);
		expect(problems).toEqual([
			{
				file: 'f.yaml',
				field: 'hours',
				message: 'Invalid input: expected number, received string (got `"many"`).',
				fix: 'Correct `hours` as the schema in src/schemas/ describes (every field there has a comment).',
			},
		]);
	});
	test('skips an unreadable file (the loader reported it) and reads an empty file as `{}`', () => {
		const { parsed, problems } = parseEntries(
			[
				{ file: 'bad.yaml', id: 'bad', raw: undefined, unreadable: true },
				{ file: 'empty.yaml', id: 'empty', raw: undefined },
			],
			topicSchema,
		);
		expect(parsed.has('bad')).toBe(false);
		expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([['empty.yaml', 'hours', 'Invalid input: expected number, received undefined.']]);
	});
});

describe('the prerequisite kind in the topic schema', () => {
	test('defaults to essential and reports an unknown kind with its field and value', () => {
		const raw = (kind?: string) => ({ hours: 2, prerequisites: [{ topic: 'a/b', why: { ru: 'а', en: 'a' }, ...(kind ? { kind } : {}) }] });
		const ok = parseEntries([{ file: 'f.yaml', id: 'x/y', raw: raw() }], topicSchema);
		expect(ok.parsed.get('x/y')!.data.prerequisites[0]!.kind).toBe('essential');
		const { problems } = parseEntries([{ file: 'f.yaml', id: 'x/y', raw: raw('optional') }], topicSchema);
		expect(problems).toEqual([
			{
				file: 'f.yaml',
				field: 'prerequisites[0].kind',
				message: 'Invalid option: expected one of "essential"|"helpful" (got `"optional"`).',
				fix: 'Correct `prerequisites[0].kind` as the schema in src/schemas/ describes (every field there has a comment).',
			},
		]);
	});
});

import { describe, expect, test } from 'vitest';
import { topicAreas } from '../../../src/graph/checks/topic-areas';
import { contextOf } from './helpers';

describe('topicAreas', () => {
	test('returns nothing when every topic is in an area folder', () => {
		expect(topicAreas(contextOf())).toEqual([]);
	});
	test('reports a topic outside the area folders and lists them under the topics folder', () => {
		const ctx = contextOf((input) => {
			input.topics.push({ file: 'content/topics/misc/notes.yaml', id: 'misc/notes', raw: { hours: 1 } });
		});
		const [problem, ...rest] = topicAreas(ctx);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({
			file: 'content/topics/misc/notes.yaml',
			field: '(file name)',
			message: 'The topic `misc/notes` is not inside an area folder.',
		});
		expect(problem!.fix).toMatch(/^Move it under one of: `content\/topics\/foundations\/`, .*`content\/topics\/neural-networks\/`/);
	});
});

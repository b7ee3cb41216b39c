import { describe, expect, test } from 'vitest';
import { glossaryTerms } from '../../../src/graph/checks/glossary-terms';

const TOPICS = ['linear-algebra/vectors', 'calculus/derivative'];
const term = (topic: string) => ({ ru: 'вектор', en: 'vector', topic });

describe('glossaryTerms', () => {
	test('returns nothing when every term points at a topic', () => {
		expect(glossaryTerms(new Map([['la', { file: 'la.yaml', data: [term('linear-algebra/vectors')] }]]), TOPICS)).toEqual([]);
	});
	test('reports a term that points nowhere, by its place in the list, with the closest topic', () => {
		const files = new Map([['la', { file: 'content/glossary/la.yaml', data: [term('linear-algebra/vectors'), term('linear-algebra/vector')] }]]);
		expect(glossaryTerms(files, TOPICS)).toEqual([
			{
				file: 'content/glossary/la.yaml',
				field: '[1].topic',
				message: 'The term `вектор` points at `linear-algebra/vector`, which is not a topic.',
				fix: 'Did you mean `linear-algebra/vectors`? Use the id of the topic that explains the term.',
			},
		]);
	});
});

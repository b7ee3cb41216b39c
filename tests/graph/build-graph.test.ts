import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { validateContent } from '../../src/graph/validate';
import { validInput } from './fixtures';

describe('buildGraph', () => {
	test('puts every prerequisite before the topics that need it', () => {
		const { graph } = validateContent(validInput());
		const position = new Map(graph!.order.map((id, i) => [id, i]));
		for (const node of Object.values(graph!.topics)) {
			for (const p of node.data.prerequisites) expect(position.get(p.topic)!).toBeLessThan(position.get(node.id)!);
		}
	});

	test('gives the same order whatever the order of the input files', () => {
		const input = validInput();
		const forward = validateContent(input).graph!.order;
		input.topics.reverse();
		expect(validateContent(input).graph!.order).toEqual(forward);
		expect(forward).toEqual([
			'linear-algebra/vectors',
			'linear-algebra/dot-product',
			'linear-algebra/matrices',
			'neural-networks/dense-layer',
		]);
	});

	test('lists the dependents of each topic and takes the area from the id', () => {
		const graph = buildGraph([
			{ id: 'foundations/functions', data: { hours: 1, tracks: [], prerequisites: [], resources: [] } },
			{
				id: 'calculus/derivative',
				data: { hours: 2, tracks: [], prerequisites: [{ topic: 'foundations/functions', kind: 'essential', why: { ru: 'а', en: 'a' } }], resources: [] },
			},
		]);
		expect(graph.dependents['foundations/functions']).toEqual(['calculus/derivative']);
		expect(graph.topics['calculus/derivative']!.area).toBe('calculus');
	});
});

import { describe, expect, test } from 'vitest';
import { resourceLinks } from '../../../src/graph/checks/resource-links';
import { contextOf } from './helpers';

const ID = 'linear-algebra/dot-product';

function check(resources: { resource: string; units?: string[] }[]) {
	const ctx = contextOf();
	const topic = ctx.topics.get(ID)!;
	const refs = resources.map((r) => ({ units: [], ...r })) as typeof topic.data.resources;
	return resourceLinks(ID, { ...topic, data: { ...topic.data, resources: refs } }, ctx);
}

describe('resourceLinks', () => {
	test('returns nothing for existing resources and units', () => {
		expect(check([{ resource: '3b1b-linear-algebra', units: ['4', '9'] }, { resource: 'khan-linear-algebra' }])).toEqual([]);
	});
	test('reports a missing resource with the closest id', () => {
		expect(check([{ resource: '3b1b-linear-algebr' }])).toEqual([
			{
				file: 'content/topics/linear-algebra/dot-product.yaml',
				field: 'resources[0].resource',
				message: 'The resource `3b1b-linear-algebr` does not exist.',
				fix: 'Did you mean `3b1b-linear-algebra`? Use the id of a file in `content/resources/`, or add the resource there from the verified facts in ../shared/resources.json.',
			},
		]);
	});
	test('reports a missing unit with the units the resource has', () => {
		expect(check([{ resource: '3b1b-linear-algebra', units: ['4', '99'] }]).map((p) => [p.field, p.message, p.fix])).toEqual([
			[
				'resources[0].units[1]',
				'The resource `3b1b-linear-algebra` has no unit `99`.',
				'Did you mean `9`? Its units are `4`, `9` (see `content/resources/3b1b-linear-algebra.yaml`).',
			],
		]);
	});
	test('reports a unit of a resource that lists none, and says how to fix either side', () => {
		expect(check([{ resource: 'khan-linear-algebra', units: ['1'] }]).map((p) => [p.field, p.message, p.fix])).toEqual([
			[
				'resources[0].units[0]',
				'The resource `khan-linear-algebra` has no unit `1`.',
				'It lists no units: remove `units` to recommend the whole resource, or add verified units to `content/resources/khan-linear-algebra.yaml`.',
			],
		]);
	});
});

import { describe, expect, test } from 'vitest';
import { prerequisites } from '../../../src/graph/checks/prerequisites';
import { contextOf } from './helpers';

const why = { ru: 'нужно', en: 'needed' };
const ID = 'neural-networks/dense-layer';

function check(list: string[]) {
	const ctx = contextOf();
	const topic = ctx.topics.get(ID)!;
	return prerequisites(ID, { ...topic, data: { ...topic.data, prerequisites: list.map((topic) => ({ topic, kind: 'essential' as const, why })) } }, ctx);
}

describe('prerequisites', () => {
	test('returns nothing for existing topics listed once', () => {
		expect(check(['linear-algebra/dot-product', 'linear-algebra/matrices'])).toEqual([]);
	});
	test('reports a topic that lists itself', () => {
		expect(check([ID])).toEqual([
			{
				file: 'content/topics/neural-networks/dense-layer.yaml',
				field: 'prerequisites[0].topic',
				message: 'The topic `neural-networks/dense-layer` lists itself as a prerequisite.',
				fix: 'Remove this entry: a topic cannot be learned before itself.',
			},
		]);
	});
	test('reports a missing topic with the closest id and the file to create', () => {
		expect(check(['linear-algebra/dot-prodct'])).toEqual([
			{
				file: 'content/topics/neural-networks/dense-layer.yaml',
				field: 'prerequisites[0].topic',
				message: 'The prerequisite `linear-algebra/dot-prodct` is not a topic.',
				fix: 'Did you mean `linear-algebra/dot-product`? Use the id of an existing topic (its path under `content/topics/` without `.yaml`), or create `content/topics/linear-algebra/dot-prodct.yaml`.',
			},
		]);
	});
	test('reports the second listing of a topic, pointing at the first', () => {
		expect(check(['linear-algebra/matrices', 'linear-algebra/matrices']).map((p) => [p.field, p.message, p.fix])).toEqual([
			['prerequisites[1].topic', 'The prerequisite `linear-algebra/matrices` is listed twice (also at `prerequisites[0]`).', 'Keep one entry and merge the reasons.'],
		]);
	});
});

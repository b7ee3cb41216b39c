import { describe, expect, test } from 'vitest';
import { coreHours } from '../../../src/graph/checks/core-hours';
import { contextOf } from './helpers';

const ID = 'neural-networks/dense-layer';

function check(patch: { hours?: number; coreHours?: number }) {
	const ctx = contextOf();
	const topic = ctx.topics.get(ID)!;
	return coreHours(ID, { ...topic, data: { ...topic.data, ...patch } }, ctx);
}

describe('coreHours', () => {
	test('returns nothing for a topic without a core estimate or with a core no longer than the topic', () => {
		expect(check({})).toEqual([]);
		expect(check({ hours: 3, coreHours: 1.5 })).toEqual([]);
		expect(check({ hours: 3, coreHours: 3 })).toEqual([]);
	});
	test('reports a core longer than the whole topic, quoting both values and the largest allowed', () => {
		expect(check({ hours: 3, coreHours: 4 })).toEqual([
			{
				file: 'content/topics/neural-networks/dense-layer.yaml',
				field: 'coreHours',
				message: 'The core of `neural-networks/dense-layer` takes `4` hours, more than the whole topic (`3` hours).',
				fix: 'Set `coreHours` to at most 3 (the hours of the part later topics build on), or raise `hours`.',
			},
		]);
	});
});

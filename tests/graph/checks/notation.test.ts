import { describe, expect, test } from 'vitest';
import { notation } from '../../../src/graph/checks/notation';

const letter = (tex: string, group = 'neuron') => ({ tex, group, ru: 'вход', en: 'input' });
const term = (avoid: string) => ({ use: 'батч', en: 'batch', avoid, why: 'так говорят' });
const file = (id: string, raw: unknown) => ({ file: `content/notation/${id}.yaml`, id, raw });

describe('notation', () => {
	test('parses the letters and the terms', () => {
		const { notation: n, problems } = notation([file('letters', [letter('x'), letter('m', 'layers'), letter('m')]), file('terms', [term('пачк')])]);
		expect(problems).toEqual([]);
		expect(n.letters.map((l) => l.tex)).toEqual(['x', 'm', 'm']);
		expect(n.terms.map((t) => t.avoid)).toEqual(['пачк']);
	});
	test('a letter twice in one group is named with its place and the fix', () => {
		const { problems } = notation([file('letters', [letter('x'), letter('z'), letter('x')])]);
		expect(problems).toEqual([
			{
				file: 'content/notation/letters.yaml',
				field: '[2].tex',
				message: 'The letter `x` is listed twice in the group `neuron`.',
				fix: 'Keep one entry and say both uses in it, or move one to the group where it is used.',
			},
		]);
	});
	test('an avoided term that is not a regular expression, an unknown group and a stray file are problems', () => {
		const { problems } = notation([file('letters', [letter('x', 'misc')]), file('terms', [term('пачк(')]), file('symbols', [])]);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/notation/symbols.yaml', '(file)'],
			['content/notation/letters.yaml', '[0].group'],
			['content/notation/terms.yaml', '[0].avoid'],
		]);
		expect(problems[0]!.fix).toMatch(/letters\.yaml.*terms\.yaml/);
		expect(problems[2]!.message).toMatch(/not a regular expression with flags "iu".*\(got `"пачк\("`\)/);
	});
});

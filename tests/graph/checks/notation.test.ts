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
		const { problems } = notation([file('letters', [letter('x', 'misc')]), file('terms', [term('пачк(')]), file('signs', [])]);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/notation/signs.yaml', '(file)'],
			['content/notation/letters.yaml', '[0].group'],
			['content/notation/terms.yaml', '[0].avoid'],
		]);
		expect(problems[0]!.fix).toMatch(/letters\.yaml.*terms\.yaml/);
		expect(problems[2]!.message).toMatch(/not a regular expression with flags "iu".*\(got `"пачк\("`\)/);
	});
	const symbol = (show: string, tex: string[], topic = 'calculus/gradient') => ({
		show,
		tex,
		names: { ru: ['набла'], en: ['nabla'] },
		meaning: { ru: 'градиент', en: 'the gradient' },
		topic,
	});
	test('parses the symbols, and names a TeX string listed under two symbols and a topic that does not exist', () => {
		const ok = notation([file('symbols', [symbol('\\nabla', ['\\nabla'])])], ['calculus/gradient']);
		expect(ok.problems).toEqual([]);
		expect(ok.notation.symbols.map((s) => s.names.ru)).toEqual([['набла']]);
		const { problems } = notation(
			[file('symbols', [symbol('\\top', ['\\top', '\\mathsf{T}']), symbol('T', ['\\mathsf{T}'], 'calculus/gradeint')])],
			['calculus/gradient'],
		);
		expect(problems).toEqual([
			{
				file: 'content/notation/symbols.yaml',
				field: '[1].topic',
				message: 'The symbol `T` points at `calculus/gradeint`, which is not a topic.',
				fix: 'Did you mean `calculus/gradient`? Use the id of the topic that introduces the symbol.',
			},
			{
				file: 'content/notation/symbols.yaml',
				field: '[1].tex[0]',
				message: 'The TeX `\\mathsf{T}` is listed under `\\top` already.',
				fix: 'Keep it under one symbol: a way of writing has one meaning on the page of symbols.',
			},
		]);
	});
});

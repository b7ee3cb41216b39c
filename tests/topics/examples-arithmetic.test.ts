import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../src/practice/render';
import { LANGS } from '../../src/schemas/areas';
import { TOPIC_MODULES } from '../../src/topics/registry';
import type { Block } from '../../src/topics/types';
import { arithmeticChains, disagreements } from '../helpers/tex-arithmetic';

/**
 * Every worked example's printed arithmetic holds: each displayed formula and each TeX table cell is
 * read back from its own numbers (tests/helpers/tex-arithmetic.ts), in both languages. A row that
 * prints `1 · (−1) + 2 · 0,5 + 0,5 = 0,5` passes; one whose sum or product was mistyped fails, naming
 * the topic, the example and the chain. The examples' own tests recompute their results independently;
 * this catches the steps in between.
 */
const examples = [...TOPIC_MODULES].flatMap(([id, mod]) => Object.entries(mod.examples ?? {}).map(([name, example]) => ({ id, name, example })));

const formulas = (blocks: Block[]): string[] =>
	blocks.flatMap((b) => ('tex' in b ? [b.tex] : 'rows' in b ? [...b.head, ...b.rows.flat()].filter((c): c is string => typeof c === 'string') : []));

describe('the arithmetic of the worked examples', () => {
	test('there are examples to check, and some of their steps are plain arithmetic', () => {
		expect(examples.length).toBeGreaterThan(60);
		const checked = examples.flatMap(({ example }) => formulas(example.blocks(example.inputs, fmtFor('ru'))).flatMap(arithmeticChains));
		expect(checked.length).toBeGreaterThan(50);
	});
	test.each(examples.flatMap((e) => LANGS.map((lang) => ({ ...e, lang }))))('$id #$name ($lang)', ({ example, lang }) => {
		for (const tex of formulas(example.blocks(example.inputs, fmtFor(lang)))) expect(disagreements(tex), tex).toEqual([]);
	});
});

import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import { LANGS } from '../../src/schemas/areas';
import { TOPIC_MODULES } from '../../src/topics/registry';
import { builtPages } from '../helpers/dist';
import { fileURLToPath } from 'node:url';

/**
 * Practice on every topic, in the built site: each of the graph's topics has a module with enough
 * kinds (two on calculus and neural networks), and its page in each language ends with a practice
 * block whose first problem, hints and solution are in the HTML (readable without JavaScript), with
 * the formulas as MathML and the answer state the script checks against.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { graph } = validateContent(loadContent(ROOT).input);
if (!graph) throw new Error('The content does not validate: run tests/content/graph.test.ts for the problems.');
const TWO_KINDS = ['calculus/', 'neural-networks/'];
const pages = new Map(builtPages().map((p) => [p.path, p]));

describe('practice on every topic', () => {
	test('every topic of the graph has a module, with two kinds or more on calculus and neural networks', () => {
		const problems = graph.order.flatMap((id) => {
			const mod = TOPIC_MODULES.get(id);
			if (!mod) return [`${id}: no module — create src/topics/${id}/index.ts (see src/topics/types.ts)`];
			const want = TWO_KINDS.some((a) => id.startsWith(a)) ? 2 : 1;
			return mod.practice.length < want ? [`${id}: ${mod.practice.length} practice kind(s), want ${want}`] : [];
		});
		expect(problems).toEqual([]);
	});

	test('every topic page, in both languages, renders its first problem with hints, a solution and the state to check', () => {
		const problems: string[] = [];
		for (const id of graph.order) {
			for (const lang of LANGS) {
				const path = `${lang === 'ru' ? '' : '/en'}/${id}/`;
				const page = pages.get(path);
				const block = page && select('section.practice', page.tree);
				if (!block) {
					problems.push(`${path}: no practice block`);
					continue;
				}
				const question = select('.practice-question', block);
				if (!question || toString(question).trim().length < 20) problems.push(`${path}: the question is missing or empty`);
				if (selectAll('.practice-hints li', block).length < 1) problems.push(`${path}: no hints`);
				if (selectAll('.practice-solution-body math', block).length < 1) problems.push(`${path}: the solution has no formula`);
				const state = JSON.parse(String(block.properties.dataState ?? '{}')) as { answer?: { kind?: string } };
				if (!state.answer?.kind) problems.push(`${path}: no answer state for the script`);
			}
		}
		expect(problems).toEqual([]);
	});
});

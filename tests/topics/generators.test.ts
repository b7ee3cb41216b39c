import { describe, expect, test } from 'vitest';
import { createRng } from '../../src/core/random';
import { checkPractice } from '../../src/practice/check';
import { texToMathml } from '../../src/practice/mathml';
import { checkState, fill, fmtFor, problemFor, renderProblem } from '../../src/practice/render';
import type { Answer, Kind, Problem } from '../../src/practice/types';
import { LANGS } from '../../src/schemas/areas';
import { TOPIC_MODULES, topicText } from '../../src/topics/registry';
import { disagreements } from '../helpers/tex-arithmetic';
import { typed } from '../helpers/typed-answer';

/**
 * Every practice kind of every topic, over SEEDS seeds in both languages: the problem is well posed
 * (finite numbers of readable size, one answer), its words exist and fill, every formula is in the
 * TeX subset the browser draws, the solution's last formula ends in the answer, and the answer typed
 * back as a reader would type it (decimal comma in Russian, a point in English) is accepted while the
 * known mistakes are not; every equality of plain numbers in a step holds. Topic-specific checks live
 * beside each module's own test.
 */
const SEEDS = 500;

const numbersOf = (a: Answer): number[] => (a.kind === 'choice' ? [] : a.kind === 'matrix' ? a.value.flat() : a.kind === 'number' ? [a.value] : a.value);

/** The last number in a TeX string, read back (`… = 6{,}5` → 6.5, `-3` → −3). */
function lastNumber(tex: string): number | undefined {
	const m = /(-?\s*\d+(?:\{,\}\d+|\.\d+)?)\s*(?:\\end\{[a-z]+\})?\s*$/.exec(tex.replace(/\\right[)\]]|\\,|\\quad|[.)]\s*$/g, ''));
	return m ? Number(m[1]!.replace('{,}', '.').replace(/\s/g, '')) : undefined;
}

const kinds = [...TOPIC_MODULES].flatMap(([id, mod]) => mod.practice.map((k) => ({ id, k: k as Kind })));

describe.each(kinds)('$id: practice kind $k.id', ({ id, k }) => {
	test.each(LANGS)('%s: 500 seeds make well-posed problems whose typed answer is accepted', (lang) => {
		const text = topicText(id, lang).practice[k.id];
		expect(text, `src/topics/${id}/${lang}.ts must have practice.${k.id}`).toBeDefined();
		expect(text!.name.trim()).not.toBe('');
		expect(text!.hints.length, 'at least one hint').toBeGreaterThan(0);
		const seen = new Set<string>();
		for (let seed = 1; seed <= SEEDS; seed++) {
			const where = `${id} ${k.id}-${seed} (${lang})`;
			const p: Problem = problemFor(k, seed, lang);
			const values = numbersOf(p.answer);
			expect(values.every(Number.isFinite), `${where}: the answer is finite`).toBe(true);
			expect(values.every((v) => Math.abs(v) < 1e4), `${where}: the answer is of readable size`).toBe(true);
			// Words and formulas render: every placeholder filled, every formula in the browser's subset.
			const html = renderProblem(p, text!);
			expect(html.question).not.toMatch(/\{\{|NaN|undefined|Infinity/);
			for (const s of p.steps) if (s.tex) texToMathml(s.tex);
			// Each step's arithmetic holds, recomputed from its own printed numbers (tests/helpers/tex-arithmetic.ts):
			// a step that prints 2 · 3 = 5, or a matrix that does not equal its entries, fails here.
			for (const s of p.steps) if (s.tex) expect(disagreements(s.tex), `${where}: a step's arithmetic`).toEqual([]);
			// The explanations of its known mistakes render too (the browser shows them as HTML).
			const state = JSON.parse(checkState(k.id, seed, p, text!)) as { say: Record<string, string> };
			expect(Object.values(state.say).join(' ')).not.toMatch(/\{\{|\$/);
			expect(p.steps.length, `${where}: a solution has steps`).toBeGreaterThan(0);
			// The answer typed back is right; each known mistake is wrong and is explained.
			const words = text!.choices ?? {};
			const finding = checkPractice(p.answer, typed(p.answer, lang, words), lang, p.mistakes, words);
			expect(finding, `${where}: typed back ${JSON.stringify(typed(p.answer, lang, words))}`).toEqual({ verdict: 'correct' });
			for (const m of p.mistakes ?? []) {
				expect(text!.mistakes?.[m.say], `${where}: mistake "${m.say}" needs words`).toBeDefined();
				const typedMistake = p.answer.kind === 'choice' ? (words[m.value as string] ?? [String(m.value)])[0]! : typed({ ...p.answer, value: m.value } as Answer, lang, words);
				expect(checkPractice(p.answer, typedMistake, lang, p.mistakes, words).verdict, `${where}: mistake ${m.say} is not accepted`).toBe('wrong');
			}
			seen.add(JSON.stringify(p.vars));
		}
		// Practice that does not run out: at least 30 different problems among the seeds.
		expect(seen.size, `${id} ${k.id}: distinct problems over ${SEEDS} seeds`).toBeGreaterThanOrEqual(30);
	});

	test('the solution ends in the answer (a number answer is the last number of the last step)', () => {
		for (let seed = 1; seed <= SEEDS; seed++) {
			const p = problemFor(k, seed, 'en');
			const answer = p.answer;
			if (answer.kind !== 'number') continue;
			// The last step that says anything: its formula, or else a value in its sentence, ends in the answer.
			const step = [...p.steps].reverse().find((s) => s.tex || Object.keys(s.with ?? {}).length > 0)!;
			const shown = step.tex ? [step.tex] : Object.values(step.with ?? {});
			const tol = Math.max(5e-4 * Math.abs(answer.value), 5e-4);
			expect(
				shown.map(lastNumber).some((v) => v !== undefined && Math.abs(v - answer.value) <= tol),
				`${id} ${k.id}-${seed}: the last step must end in the answer ${answer.value}; it is ${JSON.stringify(shown)}`,
			).toBe(true);
		}
	});

	test('the same seed gives the same problem; the inputs are drawn, not fixed', () => {
		expect(k.draw(createRng(7))).toEqual(k.draw(createRng(7)));
		expect(fill('{{a}}', { a: 'x' })).toBe('x');
		const fmt = fmtFor('ru');
		expect(k.solve(k.draw(createRng(7)), fmt)).toEqual(k.solve(k.draw(createRng(7)), fmt));
	});
});

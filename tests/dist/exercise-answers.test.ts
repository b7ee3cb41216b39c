import type { Element, Root } from 'hast';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { checkAnswer, expectedValues, type AnswerKind } from '../../src/exercises/check-answer';
import { contentPages, classesOf } from '../helpers/dist';

/**
 * Every exercise's worked solution prints its final answer, and that printed answer, typed as the
 * reader sees it, is accepted by the exercise's own checker in the page's language. A reader who
 * copies `75,264` from an English solution must not be told it is wrong.
 *
 * The printed answer is found as a reader finds it: every number (list, shape) the solution shows,
 * read by the conventions of the page's language — in Russian a decimal comma and spaces between
 * thousands, in English a decimal point and commas between thousands — and kept when it equals the
 * expected answer. That reading is written here on purpose, apart from the site's reader.
 */

/** What a reader sees of a TeX formula: `0{,}5` as `0,5`, `75\,264` with a thin space, `\times` as ×. */
function visible(tex: string): string {
	return tex
		.replace(/\{,\}/g, ',')
		.replace(/\\,/g, '\u2009')
		.replace(/\\times/g, ' × ')
		.replace(/\\[a-zA-Z]+|\\./g, ' ')
		.replace(/[{}]/g, ' ')
		.replace(/-/g, '−');
}

/** The solution's text in reading order, each formula replaced by what it shows. */
function solutionText(node: Root | Element): string {
	let out = '';
	for (const child of node.children) {
		if (child.type === 'text') out += child.value;
		if (child.type !== 'element' || child.tagName === 'summary') continue;
		if (classesOf(child).includes('katex')) {
			const annotation = select('annotation[encoding="application/x-tex"]', child);
			out += ` ${visible(annotation ? toString(annotation) : '')} `;
		} else out += solutionText(child);
	}
	return out;
}

/** A number as a reader of `lang` reads it; `undefined` for what that language would not write. */
function humanRead(token: string, lang: 'ru' | 'en'): number | undefined {
	let t = token.replace(/\u2009/g, '').replace(/−/g, '-');
	if (lang === 'ru') t = t.replace(',', '.');
	else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
	else if (t.includes(',')) return undefined;
	const n = Number(t);
	return Number.isFinite(n) ? n : undefined;
}

const NUMBER = /−?\d+(?:[\u2009.,]\d+)*/g;

/** Printed candidates for an answer of `kind`: the token as typed, and its values as a reader reads them. */
function printed(kind: AnswerKind, text: string, lang: 'ru' | 'en'): { typed: string; values: number[] }[] {
	const out: { typed: string; values: number[] }[] = [];
	if (kind === 'number') {
		for (const m of text.matchAll(NUMBER)) {
			const v = humanRead(m[0], lang);
			if (v !== undefined) out.push({ typed: m[0], values: [v] });
		}
	} else if (kind === 'shape') {
		for (const m of text.matchAll(/\d+(?:\s*×\s*\d+)+/g)) out.push({ typed: m[0], values: m[0].split('×').map((s) => Number(s.trim())) });
	} else {
		for (const m of text.matchAll(/\(([^()]*)\)/g)) {
			// A decimal comma is never followed by a space, so `(1, 3)` is a pair in either language.
			const items = m[1]!.split(/;|,\s/).map((s) => s.trim());
			const values = items.map((s) => (new RegExp(`^${NUMBER.source}$`).test(s) ? humanRead(s, lang) : undefined));
			if (values.length > 1 && values.every((v) => v !== undefined)) out.push({ typed: m[0], values: values as number[] });
		}
	}
	return out;
}

const exercises = contentPages().flatMap((page) => {
	const lang = page.html.includes('<html lang="en"') ? ('en' as const) : ('ru' as const);
	return selectAll('section.exercise', page.tree).map((section, i) => ({
		name: `${page.path} #${i + 1}`,
		lang,
		kind: String(section.properties.dataKind) as AnswerKind,
		answer: String(section.properties.dataAnswer),
		tolerance: Number(section.properties.dataTolerance),
		solution: select('.exercise-solution', section),
	}));
});

describe('the printed final answer of every exercise is accepted by its checker', () => {
	test('the site has exercises in both languages', () => {
		expect(exercises.filter((e) => e.lang === 'ru').length).toBeGreaterThanOrEqual(50);
		expect(exercises.filter((e) => e.lang === 'en').length).toBeGreaterThanOrEqual(50);
	});

	test.each(exercises.filter((e) => e.solution).map((e) => [e.name, e] as const))('%s', (_name, e) => {
		const text = solutionText(e.solution!);
		// The expected answer is written by the site itself (`0.0625`, `[1; 3]`, `4x16`), in ASCII.
		const target = expectedValues(e.kind, e.answer)!;
		expect(target, `the expected answer ${e.answer} is readable`).toBeDefined();
		const tol = e.kind === 'shape' ? 0 : e.tolerance;
		const answers = printed(e.kind, text, e.lang).filter(
			({ values }) => values.length === target.length && values.every((v, i) => Math.abs(v - target[i]!) <= tol),
		);
		expect(answers.map((a) => a.typed), `the solution prints the answer ${e.answer}: ${text.trim().slice(0, 300)}`).not.toEqual([]);
		for (const a of answers) expect(checkAnswer(e.kind, a.typed, e.answer, e.tolerance, e.lang), `«${a.typed}» in the solution`).toBe('correct');
	});
});

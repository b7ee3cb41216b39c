/**
 * Checks a reader's answer to a self-check exercise or a drill against the expected one, written by
 * the site (`19`, `4x16`, `[1; 0.5]`). Reading goes through the site's one number reader
 * (src/numbers/read.ts), so an answer box reads `0,5`, `−2`, `1,00e−5` exactly as a widget field does.
 *
 * On English pages `75,264` is what the site itself prints for 75264, so it reads as seventy-five
 * thousand; a comma that cannot be a thousands separator (`0,5`, `2,35`) stays a decimal comma. The
 * one ambiguous case, a single group such as `1,125`, is accepted when either reading is right: the
 * two readings differ a thousandfold, so no wrong answer can pass by it, and a reader used to the
 * decimal comma is not told a right answer is wrong.
 */
import type { Lang } from '../schemas/areas';
import { isProblem, readNumber, shapeOf, vector, MAX_TEXT } from '../numbers/read';

export type AnswerKind = 'number' | 'shape' | 'vector';
export type Verdict = 'correct' | 'wrong' | 'unreadable' | 'long';

/** The expected answer as numbers: a number, a list, or a shape's sizes; `undefined` if unreadable. */
export function expectedValues(kind: AnswerKind, expected: string): number[] | undefined {
	if (kind === 'number') {
		const n = readNumber(expected);
		return n === undefined || !Number.isFinite(n) ? undefined : [n];
	}
	const values = kind === 'shape' ? shapeOf(expected) : vector(expected, Infinity, Infinity);
	return isProblem(values) ? undefined : values;
}

/** The readings of a reader's answer: one, or two for an ambiguous English `1,125`. */
function readings(kind: AnswerKind, given: string, lang: Lang): number[][] | 'unreadable' {
	if (kind === 'shape') {
		const s = shapeOf(given);
		return isProblem(s) ? 'unreadable' : [s];
	}
	const read = (grouping: boolean): number[] | undefined => {
		if (kind === 'number') {
			const n = readNumber(given, { grouping });
			return n === undefined || !Number.isFinite(n) ? undefined : [n];
		}
		const v = vector(given, Infinity, Infinity, { grouping });
		return isProblem(v) || !v.every(Number.isFinite) ? undefined : v;
	};
	const plain = read(false);
	const grouped = lang === 'en' ? read(true) : undefined;
	const all = [grouped, plain].filter((v): v is number[] => v !== undefined);
	return all.length > 0 ? all : 'unreadable';
}

/** Numbers match within `tolerance` (absolute); shapes exactly. */
export function checkAnswer(kind: AnswerKind, given: string, expected: string, tolerance = 1e-6, lang: Lang = 'ru'): Verdict {
	if (given.length > MAX_TEXT) return 'long';
	const candidates = readings(kind, given, lang);
	if (candidates === 'unreadable') return 'unreadable';
	const e = expectedValues(kind, expected);
	if (!e) return 'wrong';
	const tol = kind === 'shape' ? 0 : tolerance;
	const right = (g: number[]) => g.length === e.length && g.every((x, i) => Math.abs(x - e[i]!) <= tol);
	return candidates.some(right) ? 'correct' : 'wrong';
}

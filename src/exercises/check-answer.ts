/**
 * Checks a reader's answer to a self-check exercise or a practice problem against the expected one, written by
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
import { isDigit, isProblem, readNumber, MAX_TEXT } from '../numbers/read';
import { vector } from '../numbers/read-list';
import { shapeOf } from '../numbers/read-shape';

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

/**
 * `text` with English thousands separators dropped: in every run of digits and commas that reads as
 * `75,264` or `1,234,567` (a first group of one to three digits, not 0…, then groups of exactly three),
 * the commas go. One forward pass; `0,5`, `2,35`, `1,00e−5` keep their decimal comma.
 */
export function ungroup(text: string): string {
	let out = '';
	let i = 0;
	while (i < text.length) {
		if (!isDigit(text[i])) {
			out += text[i++];
			continue;
		}
		let j = i;
		while (isDigit(text[j]) || (text[j] === ',' && isDigit(text[j + 1]))) j++;
		const groups = text.slice(i, j).split(',');
		// After a decimal point the digits are decimals (`0.123,456` is not a grouped number).
		const grouped = text[i - 1] !== '.' && groups.length > 1 && groups[0]!.length <= 3 && groups[0]![0] !== '0' && groups.slice(1).every((g) => g.length === 3);
		out += grouped ? groups.join('') : text.slice(i, j);
		i = j;
	}
	return out;
}

/** The readings of a reader's answer: one, or two on an English page when a comma may group thousands. */
export function readings(kind: AnswerKind, given: string, lang: Lang): number[][] | 'unreadable' {
	if (kind === 'shape') {
		const s = shapeOf(given);
		return isProblem(s) ? 'unreadable' : [s];
	}
	const read = (text: string): number[] | undefined => {
		if (kind === 'number') {
			const n = readNumber(text);
			return n === undefined || !Number.isFinite(n) ? undefined : [n];
		}
		const v = vector(text, Infinity, Infinity);
		return isProblem(v) || !v.every(Number.isFinite) ? undefined : v;
	};
	const plain = read(given);
	const grouped = lang === 'en' ? read(ungroup(given)) : undefined;
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

/**
 * Checks a reader's answer to a generated problem and, when it is wrong, says what kind of mistake it
 * looks like. Numbers, vectors and shapes are read by the site's one reader (src/exercises/check-answer.ts,
 * src/numbers/*), so `0,5`, `1/2`, `(1; 2)`, `4 на 16` read here as in every answer box. A matrix is
 * read as the widgets read one (a row per line, or rows separated by `;`: `1 2; 3 4`), and NumPy's
 * nested brackets `[[1, 2], [3, 4]]` are understood too. A word answer is matched against the
 * topic's list of accepted words.
 *
 * The diagnosis, in order: a mistake the topic itself knows (its `mistakes`); then the general ones
 * that can be told from the numbers alone: the sign, the transposed shape or matrix, a factor of 2,
 * a misplaced decimal point, a wrong length, or close but not within the tolerance.
 */
import type { Lang } from '../schemas/areas';
import { readings } from '../exercises/check-answer';
import { isProblem, MAX_TEXT } from '../numbers/read';
import { matrix } from '../numbers/read-list';
import type { Answer, Mistake } from './types';

/** What a check found. `mistake` is a topic's own key; the other wrong codes are general. */
export type Finding =
	| { verdict: 'correct' }
	| { verdict: 'unreadable' | 'long' | 'empty' }
	| { verdict: 'wrong'; why: 'mistake'; key: string }
	| { verdict: 'wrong'; why: 'sign' | 'transposed' | 'double' | 'half' | 'decimal' | 'length' | 'close' | 'none' };

/** The tolerance of an answer: its own, or one part in a million of its size (numbers a reader types are rounded). */
export function toleranceOf(answer: Answer): number {
	if (answer.kind === 'shape' || answer.kind === 'choice') return 0;
	if (answer.tolerance !== undefined) return answer.tolerance;
	const values = answer.kind === 'matrix' ? answer.value.flat() : answer.kind === 'vector' ? answer.value : [answer.value];
	return Math.max(1e-9, 1e-6 * Math.max(...values.map(Math.abs)));
}

/** The numbers of an answer as one flat list, and its rows × columns for a matrix. */
const flat = (v: number | number[] | number[][]): number[] => (Array.isArray(v) ? (v as (number | number[])[]).flat() : [v]);

/** A matrix typed a row per line, as `1 2; 3 4`, or with NumPy's brackets `[[1, 2], [3, 4]]`. */
function readMatrix(text: string): number[][] | 'unreadable' {
	const rows = text.replace(/\]\s*,?\s*\[/g, '\n').replace(/[[\]]/g, ' ');
	const m = matrix(rows, Infinity, Infinity, Infinity);
	return isProblem(m) || !m.flat().every(Number.isFinite) ? 'unreadable' : m;
}

const near = (a: readonly number[], b: readonly number[], tol: number) => a.length === b.length && a.every((x, k) => Math.abs(x - b[k]!) <= tol);

/** The words of a choice answer compared as a reader types them: case, spaces and `ё` do not matter. */
export const normalizeWord = (s: string): string => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/**
 * The verdict on `given` for `answer`. `choices` are the words accepted per option in the page's
 * language (from the kind's text). Linear in the text, which is refused past MAX_TEXT.
 */
export function checkPractice(answer: Answer, given: string, lang: Lang, mistakes: readonly Mistake[] = [], choices: Record<string, string[]> = {}): Finding {
	if (given.length > MAX_TEXT) return { verdict: 'long' };
	if (given.trim() === '') return { verdict: 'empty' };
	if (answer.kind === 'choice') {
		const word = normalizeWord(given);
		const picked = answer.options.find((o) => o === word || (choices[o] ?? []).some((w) => normalizeWord(w) === word));
		if (picked === undefined) return { verdict: 'unreadable' };
		if (picked === answer.value) return { verdict: 'correct' };
		const known = mistakes.find((m) => m.value === picked);
		return known ? { verdict: 'wrong', why: 'mistake', key: known.say } : { verdict: 'wrong', why: 'none' };
	}
	const tol = toleranceOf(answer);
	let candidates: number[][];
	let rows = 0;
	if (answer.kind === 'matrix') {
		const m = readMatrix(given);
		if (m === 'unreadable') return { verdict: 'unreadable' };
		rows = m.length;
		candidates = [m.flat()];
	} else {
		const r = readings(answer.kind, given, lang);
		if (r === 'unreadable') return { verdict: 'unreadable' };
		candidates = r;
	}
	const expected = flat(answer.value);
	const sameRows = answer.kind !== 'matrix' || rows === answer.value.length;
	if (sameRows && candidates.some((c) => near(c, expected, tol))) return { verdict: 'correct' };
	for (const m of mistakes) if (candidates.some((c) => near(c, flat(m.value as number | number[] | number[][]), tol))) return { verdict: 'wrong', why: 'mistake', key: m.say };
	const g = candidates[0]!;
	if (answer.kind === 'shape') {
		return near(g, [...expected].reverse(), 0) && expected.length > 1 ? { verdict: 'wrong', why: 'transposed' } : { verdict: 'wrong', why: g.length !== expected.length ? 'length' : 'none' };
	}
	if (answer.kind === 'matrix') {
		const t = answer.value[0]!.map((_, j) => answer.value.map((r) => r[j]!)).flat();
		if (rows === answer.value[0]!.length && near(g, t, tol) && !near(t, expected, tol)) return { verdict: 'wrong', why: 'transposed' };
	}
	if (g.length !== expected.length) return { verdict: 'wrong', why: 'length' };
	const scaled = (k: number) => expected.some((x) => x !== 0) && near(g, expected.map((x) => x * k), tol * Math.max(1, Math.abs(k)));
	if (scaled(-1)) return { verdict: 'wrong', why: 'sign' };
	if (scaled(2)) return { verdict: 'wrong', why: 'double' };
	if (scaled(0.5)) return { verdict: 'wrong', why: 'half' };
	if ([10, 100, 1000, 0.1, 0.01, 0.001].some(scaled)) return { verdict: 'wrong', why: 'decimal' };
	// Within 2 % of every value (or 0.01 absolute): the method is right and the rounding is not.
	if (g.every((x, k) => Math.abs(x - expected[k]!) <= Math.max(0.01, 0.02 * Math.abs(expected[k]!)))) return { verdict: 'wrong', why: 'close' };
	return { verdict: 'wrong', why: 'none' };
}

/**
 * Reads a reader's answer to a self-check exercise. Readers type numbers the way they write them:
 * `0,5` (Russian) as well as `0.5`, a true minus `−2`, shapes as `4x16`, `4×16` or `(4, 16)`.
 * Pure, so the page script and the tests share it.
 */

export type AnswerKind = 'number' | 'shape' | 'vector';

/** Parses one number with a decimal point or comma; `undefined` if it is not one. */
export function parseNumber(text: string): number | undefined {
	const t = text.trim().replace(/\u2212/g, '-').replace(/\s+/g, '').replace(',', '.');
	if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(t)) return undefined;
	const n = Number(t);
	return Number.isFinite(n) ? n : undefined;
}

/** Parses a list of numbers: `[1, 2.5, 3]`, `1; 2,5; 3`, `1 2 3`. A comma followed by a digit is a decimal comma. */
export function parseVector(text: string): number[] | undefined {
	const inner = text.trim().replace(/^[[(]|[\])]$/g, '');
	if (inner.trim() === '') return undefined;
	// `;` or whitespace separate items; a comma separates items only when a space follows it.
	const parts = inner.split(/\s*;\s*|,\s+|\s+/).filter((p) => p !== '');
	const numbers = parts.map(parseNumber);
	return numbers.every((n): n is number => n !== undefined) ? numbers : undefined;
}

/** Parses a shape: `4x16`, `4×16`, `4 × 16`, `(4, 16)`, `4 на 16`. */
export function parseShape(text: string): number[] | undefined {
	const parts = text
		.trim()
		.replace(/^\(|\)$/g, '')
		.split(/\s*(?:[x×хX*,]|на|by)\s*/);
	// Every part must be a size: `4x` or `x16` is unfinished, not a one-dimensional shape.
	if (!parts.every((p) => /^\d+$/.test(p))) return undefined;
	return parts.map(Number);
}

export type Verdict = 'correct' | 'wrong' | 'unreadable';

/**
 * Checks an answer against the expected one (as written in the page: a number, a shape like `4x16`,
 * or a list like `[1, 2]`). Numbers match within `tolerance` (absolute).
 */
export function checkAnswer(kind: AnswerKind, given: string, expected: string, tolerance = 1e-6): Verdict {
	if (kind === 'number') {
		const g = parseNumber(given);
		const e = parseNumber(expected);
		if (g === undefined) return 'unreadable';
		return e !== undefined && Math.abs(g - e) <= tolerance ? 'correct' : 'wrong';
	}
	const parse = kind === 'shape' ? parseShape : parseVector;
	const g = parse(given);
	const e = parse(expected);
	if (g === undefined) return 'unreadable';
	if (!e || g.length !== e.length) return 'wrong';
	return g.every((x, i) => Math.abs(x - e[i]!) <= (kind === 'shape' ? 0 : tolerance)) ? 'correct' : 'wrong';
}

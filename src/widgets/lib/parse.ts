/**
 * Reading what a reader types (or what a link carries) into numbers, with a reason when it cannot be
 * read. Pure and shared by every widget, so the same text gives the same verdict in a field and in a URL.
 * A failure is a `Problem`: a code plus the numbers the message needs; the text lives in the i18n tables.
 */

/** Why a text was refused. `a` and `b` are the limits the message quotes. */
export type Problem =
	| { p: 'empty' }
	| { p: 'nan' }
	| { p: 'big'; a: number }
	| { p: 'int'; a: number; b: number }
	| { p: 'size'; a: number; b: number }
	| { p: 'ragged' }
	| { p: 'len'; a: number; b: number }
	| { p: 'rows'; a: number; b: number }
	| { p: 'pos' };

export type Parsed<T> = T | Problem;

export const isProblem = (x: unknown): x is Problem => typeof x === 'object' && x !== null && 'p' in x;

/** The largest magnitude a widget accepts: beyond it squares overflow and tables stop being readable. */
export const MAX_ABS = 1000;
/** A field or link value longer than this is refused before it is looked at. */
export const MAX_TEXT = 600;

/** One number: `0,5`, `0.5`, `−2`, `1e-3`; at most MAX_ABS in magnitude. */
export function num(text: string, max = MAX_ABS): Parsed<number> {
	if (text.length > MAX_TEXT) return { p: 'nan' };
	// The conventions of the self-check exercises: `0,5` or `0.5`, a true minus `−`, spaces ignored.
	const t = text.replace(/\s+/g, '').replace('\u2212', '-').replace(',', '.');
	if (t === '') return { p: 'empty' };
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { p: 'nan' };
	const n = Number(t);
	return Math.abs(n) > max ? { p: 'big', a: max } : n;
}

/** A whole number from `min` to `max`. */
export function int(text: string, min: number, max: number): Parsed<number> {
	const n = num(text, Infinity);
	if (isProblem(n)) return n;
	return Number.isInteger(n) && n >= min && n <= max ? n : { p: 'int', a: min, b: max };
}

/** Numbers separated by spaces, `;` or `, ` (a comma before a digit is a decimal comma). */
export function vector(text: string, maxLength: number, max = MAX_ABS): Parsed<number[]> {
	if (text.length > MAX_TEXT) return { p: 'size', a: 1, b: maxLength };
	const parts = text
		.trim()
		.replace(/^\[|\]$/g, '')
		.split(/\s*;\s*|,\s+|\s+/)
		.filter((s) => s !== '');
	if (parts.length === 0) return { p: 'empty' };
	if (parts.length > maxLength) return { p: 'size', a: 1, b: maxLength };
	const out: number[] = [];
	for (const s of parts) {
		const n = num(s, max);
		if (isProblem(n)) return n;
		out.push(n);
	}
	return out;
}

/** Rows separated by new lines or `;` (as in `1 2; 3 4`), each row a vector; every row of the same length. */
export function matrix(text: string, maxRows: number, maxCols: number, max = MAX_ABS): Parsed<number[][]> {
	if (text.length > MAX_TEXT) return { p: 'size', a: maxRows, b: maxCols };
	const lines = text.split(/\n|;/).filter((l) => l.trim() !== '');
	if (lines.length === 0) return { p: 'empty' };
	if (lines.length > maxRows) return { p: 'size', a: maxRows, b: maxCols };
	const rows: number[][] = [];
	for (const line of lines) {
		const row = vector(line, maxCols, max);
		if (isProblem(row)) return row.p === 'size' ? { p: 'size', a: maxRows, b: maxCols } : row;
		if (rows.length > 0 && row.length !== rows[0].length) return { p: 'ragged' };
		rows.push(row);
	}
	return rows;
}

/** A matrix back to the text the fields show: rows on their own lines, numbers as typed (`.` decimals). */
export const matrixText = (rows: readonly (readonly number[])[]): string => rows.map((r) => r.join(' ')).join('\n');

/** One of a fixed set of names; anything else is refused (a link cannot smuggle in a new value). */
export function oneOf<T extends string>(text: string, options: readonly T[]): Parsed<T> {
	return (options as readonly string[]).includes(text) ? (text as T) : { p: 'nan' };
}

/**
 * Lists of numbers a reader types or a link carries: vectors and matrices, read item by item with the
 * site's number reader (./read.ts), in one forward pass over the text (linear, like it).
 */
import { isProblem, isSpace, LONG, MAX_ABS, MAX_TEXT, readNumber, type Parsed, type ReadOptions } from './read';

/** `text` without surrounding spaces and one pair of brackets, `[…]` or `(…)`. */
export function unbracket(text: string): string {
	const t = text.trim();
	return t.slice('[('.includes(t[0] || '?') ? 1 : 0, ')]'.includes(t.at(-1) || '?') ? -1 : t.length);
}

/**
 * The items of a list: separated by `;`, by spaces, or by a comma followed by a space (a comma
 * before a digit is a decimal comma). Stops after `limit + 1` items, so a huge list costs no more.
 */
function items(text: string, limit: number, steps = { n: 0 }): string[] {
	const out: string[] = [];
	let item = '';
	for (let i = 0; i <= text.length && out.length <= limit; i++) {
		steps.n++;
		const c = text[i] ?? ';';
		if (c === ';' || isSpace(c) || (c === ',' && isSpace(text[i + 1] ?? ''))) {
			if (item) out.push(item);
			item = '';
		} else item += c;
	}
	return out;
}

/** Numbers separated by spaces, `;` or `, `, optionally in brackets; at most `maxLength` of them. */
export function vector(text: string, maxLength: number, max = MAX_ABS, options: ReadOptions = {}): Parsed<number[]> {
	// The size rule first: a list with too many items says so even when it is also over the length cap.
	if (text.length > MAX_TEXT) return items(unbracket(text), maxLength, options.steps).length > maxLength ? { p: 'size', a: 1, b: maxLength } : LONG;
	const parts = items(unbracket(text), maxLength, options.steps);
	if (parts.length === 0) return { p: 'empty' };
	if (parts.length > maxLength) return { p: 'size', a: 1, b: maxLength };
	const out: number[] = [];
	for (const part of parts) {
		const n = readNumber(part, options);
		if (n === undefined || Number.isNaN(n)) return { p: 'nan' };
		if (Math.abs(n) > max) return { p: 'big', a: max };
		out.push(n);
	}
	return out;
}

/** Rows separated by new lines or `;` (as in `1 2; 3 4`), each row a vector; every row of the same length. */
export function matrix(text: string, maxRows: number, maxCols: number, max = MAX_ABS): Parsed<number[][]> {
	if (text.length > MAX_TEXT) return oversized(text, maxRows, maxCols) ? { p: 'size', a: maxRows, b: maxCols } : LONG;
	const lines = text.split(/[\n;]/).filter((l) => l.trim() !== '');
	if (lines.length === 0) return { p: 'empty' };
	if (lines.length > maxRows) return { p: 'size', a: maxRows, b: maxCols };
	const rows: number[][] = [];
	for (const line of lines) {
		const row = vector(line, maxCols, max);
		if (isProblem(row)) return row.p === 'size' ? { p: 'size', a: maxRows, b: maxCols } : row;
		if (rows.length > 0 && row.length !== rows[0]!.length) return { p: 'ragged' };
		rows.push(row);
	}
	return rows;
}

/**
 * Whether a text over the length cap also breaks the size rule (issue #13: the size rule first, so a
 * 50×50 matrix is «too large, at most 16×16», not «too long»): more than `maxRows` non-empty rows, or
 * a first row of more than `maxCols` items. One pass that stops as soon as it knows: linear.
 */
function oversized(text: string, maxRows: number, maxCols: number): boolean {
	let rows = 0;
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		const c = text[i] ?? '\n';
		if (c !== '\n' && c !== ';') continue;
		const line = text.slice(start, i);
		start = i + 1;
		if (line.trim() === '') continue;
		if (++rows > maxRows) return true;
		if (rows === 1 && items(line, maxCols).length > maxCols) return true;
	}
	return false;
}

/** A matrix back to the text the fields show: rows on their own lines, numbers as typed (`.` decimals). */
export const matrixText = (rows: readonly (readonly number[])[]): string => rows.map((r) => r.join(' ')).join('\n');

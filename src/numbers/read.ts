/**
 * The one reader of numbers typed by a reader or carried by a link: widget fields, widget URL state,
 * self-check answers and drills all go through it, so the same text gets the same verdict everywhere.
 *
 * It is a hand-written scanner, not a regular expression: each character is looked at a bounded
 * number of times, so the work grows linearly with the text (a backtracking number regex once hung a
 * tab for 30 s on a pasted megabyte), and a text longer than MAX_TEXT is refused before it is read.
 * `steps`, when given, counts the characters examined; the tests use it to prove the linear bound.
 *
 * What it reads: `0,5` and `0.5`, a true minus `−` anywhere a minus may stand, `+`, spaces anywhere
 * inside a number (`75 264`), exponents `1e-5`, `1,00e−5`, `1,2×10^−7`, `2·10^{-3}`, `10^-3`;
 * vectors `[1; 0,5; −2]`, `1, 2.5, 3`, `1 2 3`; matrices a row per line or per `;`; shapes `4×16`,
 * `4x16`, `(4, 16)`, `4 на 16`. With `grouping` (English pages), `75,264` is 75264: a comma followed
 * by exactly three digits after a group of one to three digits not starting with 0.
 * Pure and language-free: a failure is a `Problem`, a code plus the numbers its message quotes;
 * the words live in src/i18n.
 */

/** Why a text was refused. `a` and `b` are the limits the message quotes. */
export type Problem =
	| { p: 'empty' }
	| { p: 'nan' }
	| { p: 'long'; a: number }
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
/**
 * A text longer than this is refused unread. It fits the largest legitimate input with room to spare:
 * a 16×16 matrix of numbers like `−12,34` is 16 rows × 16 × 7 characters ≈ 1.8 K.
 */
export const MAX_TEXT = 4096;

/** Options of the number reader. */
export interface ReadOptions {
	/** Read `75,264` as 75264 (English print); otherwise a comma is always a decimal comma. Default false. */
	grouping?: boolean;
	/** Incremented once per character examined, for the linear-time test. */
	steps?: { n: number };
}

const LONG: Problem = { p: 'long', a: MAX_TEXT };

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isMinus = (c: string | undefined): boolean => c === '-' || c === '\u2212';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f' || c === '\u2002' || c === '\u2003' || c === '\f' || c === '\v';
/** Signs that write `mantissa × 10^k`. */
const isTimes = (c: string | undefined): boolean => c === '×' || c === 'x' || c === 'X' || c === '*' || c === '·' || c === '⋅';

/**
 * One number from `text` (whitespace anywhere ignored); `undefined` if it is not one. May return
 * ±Infinity for `1e999`: callers decide whether that is too large.
 */
export function readNumber(text: string, options: ReadOptions = {}): number | undefined {
	const steps = options.steps;
	// Pass 1: drop spaces and unify minus signs; every character is examined once.
	let s = '';
	for (let i = 0; i < text.length; i++) {
		if (steps) steps.n++;
		const c = text[i]!;
		if (isSpace(c)) continue;
		s += isMinus(c) ? '-' : c;
	}
	// Pass 2: a state machine over `s`; the index only moves forward (grouping looks ahead 4 characters).
	let i = 0;
	const tick = () => {
		if (steps) steps.n++;
	};
	let out = '';
	if (s[i] === '-' || s[i] === '+') out += s[i++];
	let int = '';
	while (isDigit(s[i])) {
		tick();
		int += s[i++];
	}
	let grouped = false;
	if (options.grouping && s[i] === ',' && int.length >= 1 && int.length <= 3 && int[0] !== '0') {
		while (s[i] === ',' && isDigit(s[i + 1]) && isDigit(s[i + 2]) && isDigit(s[i + 3]) && !isDigit(s[i + 4])) {
			tick();
			int += s.slice(i + 1, i + 4);
			i += 4;
			grouped = true;
		}
		if (grouped && s[i] === ',') return undefined;
	}
	let frac = '';
	if (s[i] === '.' || (s[i] === ',' && !grouped)) {
		i++;
		while (isDigit(s[i])) {
			tick();
			frac += s[i++];
		}
	}
	if (int === '' && frac === '') return undefined;
	out += `${int || '0'}.${frac || '0'}`;
	let exponent = '';
	if (s[i] === 'e' || s[i] === 'E') {
		i++;
		exponent = readExponent();
		if (exponent === '') return undefined;
	} else if (isTimes(s[i]) && s[i + 1] === '1' && s[i + 2] === '0' && s[i + 3] === '^') {
		i += 4;
		exponent = readPower();
		if (exponent === '') return undefined;
	} else if (s[i] === '^' && int === '10' && s[i - 1] === '0') {
		// `10^-3`, as a solution prints 10⁻³ when the mantissa is 1.
		i++;
		const power = readPower();
		if (power === '') return undefined;
		out = `${out[0] === '-' ? '-' : ''}1`;
		exponent = power;
	}
	if (i !== s.length) return undefined;
	return Number(exponent ? `${out}e${exponent}` : out);

	function readExponent(): string {
		let e = '';
		if (s[i] === '-' || s[i] === '+') e += s[i++];
		const start = e.length;
		while (isDigit(s[i])) {
			tick();
			e += s[i++];
		}
		return e.length > start ? e : '';
	}
	/** `k`, `{k}` or `(k)` after `^`. */
	function readPower(): string {
		const close = s[i] === '{' ? '}' : s[i] === '(' ? ')' : '';
		if (close) i++;
		const e = readExponent();
		if (close) {
			if (s[i] !== close) return '';
			i++;
		}
		return e;
	}
}

/** One number for a widget: at most `max` in magnitude, with the reason when refused. */
export function num(text: string, max = MAX_ABS): Parsed<number> {
	if (text.length > MAX_TEXT) return LONG;
	let blank = true;
	for (let i = 0; i < text.length && blank; i++) blank = isSpace(text[i]!);
	if (blank) return { p: 'empty' };
	const n = readNumber(text);
	if (n === undefined || Number.isNaN(n)) return { p: 'nan' };
	return Math.abs(n) > max ? { p: 'big', a: max } : n;
}

/** A whole number from `min` to `max`. */
export function int(text: string, min: number, max: number): Parsed<number> {
	const n = num(text, Infinity);
	if (isProblem(n)) return n;
	return Number.isInteger(n) && n >= min && n <= max ? n : { p: 'int', a: min, b: max };
}

/** `text` without surrounding spaces and one pair of brackets, `[…]` or `(…)`, as [start, end). */
function inner(text: string, steps?: { n: number }): [number, number] {
	let a = 0;
	let b = text.length;
	while (a < b && isSpace(text[a]!)) {
		if (steps) steps.n++;
		a++;
	}
	while (b > a && isSpace(text[b - 1]!)) {
		if (steps) steps.n++;
		b--;
	}
	if (a < b && (text[a] === '[' || text[a] === '(')) a++;
	if (b > a && (text[b - 1] === ']' || text[b - 1] === ')')) b--;
	return [a, b];
}

/**
 * The items of a list: separated by `;`, by spaces, or by a comma followed by a space (a comma
 * before a digit is a decimal comma). Stops after `limit + 1` items, so a huge list costs no more.
 */
function items(text: string, from: number, to: number, limit: number, steps?: { n: number }): string[] {
	const out: string[] = [];
	let start = -1;
	for (let i = from; i < to && out.length <= limit; i++) {
		if (steps) steps.n++;
		const c = text[i]!;
		const ends = c === ';' || isSpace(c) || (c === ',' && i + 1 < to && isSpace(text[i + 1]!));
		if (ends) {
			if (start >= 0) out.push(text.slice(start, i));
			start = -1;
		} else if (start < 0) start = i;
	}
	if (start >= 0 && out.length <= limit) out.push(text.slice(start, to));
	return out;
}

/** Numbers separated by spaces, `;` or `, `, optionally in brackets; at most `maxLength` of them. */
export function vector(text: string, maxLength: number, max = MAX_ABS, options: ReadOptions = {}): Parsed<number[]> {
	if (text.length > MAX_TEXT) return LONG;
	const [a, b] = inner(text, options.steps);
	const parts = items(text, a, b, maxLength, options.steps);
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
	if (text.length > MAX_TEXT) return LONG;
	const lines: string[] = [];
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		if (i === text.length || text[i] === '\n' || text[i] === ';') {
			const line = text.slice(start, i);
			if (!blankText(line)) lines.push(line);
			start = i + 1;
			if (lines.length > maxRows) return { p: 'size', a: maxRows, b: maxCols };
		}
	}
	if (lines.length === 0) return { p: 'empty' };
	const rows: number[][] = [];
	for (const line of lines) {
		const row = vector(line, maxCols, max);
		if (isProblem(row)) return row.p === 'size' ? { p: 'size', a: maxRows, b: maxCols } : row;
		if (rows.length > 0 && row.length !== rows[0]!.length) return { p: 'ragged' };
		rows.push(row);
	}
	return rows;
}

function blankText(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (!isSpace(text[i]!)) return false;
	return true;
}

/** A matrix back to the text the fields show: rows on their own lines, numbers as typed (`.` decimals). */
export const matrixText = (rows: readonly (readonly number[])[]): string => rows.map((r) => r.join(' ')).join('\n');

/** One of a fixed set of names; anything else is refused (a link cannot smuggle in a new value). */
export function oneOf<T extends string>(text: string, options: readonly T[]): Parsed<T> {
	return (options as readonly string[]).includes(text) ? (text as T) : { p: 'nan' };
}

/**
 * A shape: sizes separated by one of `x × х X * ,`, `на` or `by`, spaces around allowed, optionally in
 * parentheses: `4x16`, `4 × 16`, `(4, 16)`, `4 на 16`. `4x` is unfinished, not a one-dimensional shape.
 */
export function shapeOf(text: string, steps?: { n: number }): Parsed<number[]> {
	if (text.length > MAX_TEXT) return LONG;
	const [a, b] = inner(text, steps);
	if (a === b) return { p: 'empty' };
	const sizes: number[] = [];
	let i = a;
	const skipSpaces = () => {
		while (i < b && isSpace(text[i]!)) {
			if (steps) steps.n++;
			i++;
		}
	};
	for (;;) {
		const start = i;
		while (i < b && isDigit(text[i])) {
			if (steps) steps.n++;
			i++;
		}
		if (i === start) return { p: 'nan' };
		sizes.push(Number(text.slice(start, i)));
		skipSpaces();
		if (i === b) return sizes;
		const c = text[i]!;
		if ('x×хX*,'.includes(c)) i++;
		else if (text.startsWith('на', i) || text.startsWith('by', i)) i += 2;
		else return { p: 'nan' };
		skipSpaces();
	}
}

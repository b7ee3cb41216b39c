/**
 * The one reader of numbers typed by a reader or carried by a link: widget fields, widget URL state,
 * self-check answers and practice problems all go through it, so the same text gets the same verdict everywhere.
 *
 * It is a hand-written scanner, not a regular expression: each character is looked at a bounded
 * number of times, so the work grows linearly with the text (a backtracking number regex once hung a
 * tab for 30 s on a pasted megabyte), and a text longer than MAX_TEXT is refused before it is read.
 * `steps`, when given, counts the characters examined; the tests use it to prove the linear bound.
 *
 * What it reads: `0,5` and `0.5`, a true minus `−` anywhere a minus may stand, `+`, spaces anywhere
 * inside a number (`75 264`), exponents `1e-5`, `1,00e−5`, `1,2×10^−7`, `2·10^{-3}`, fractions `1/2`, `−3/100`.
 * Beside it, in the same manner: ./read-list.ts reads vectors (`[1; 0,5; −2]`, `1, 2.5, 3`, `1 2 3`)
 * and matrices (a row per line or per `;`), ./read-shape.ts shapes (`4×16`, `(4, 16)`, `4 на 16`);
 * they are separate files so that a widget downloads only the readers it uses.
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
	/** Incremented once per character examined, for the linear-time test. */
	steps?: { n: number };
}

/** The answer to any text longer than MAX_TEXT. */
export const LONG: Problem = { p: 'long', a: MAX_TEXT };

/** A decimal digit; `undefined` (past the end) is none. */
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
/** Any space, the thin and no-break ones too (`75 264`). One character: the regex cannot backtrack. */
export const isSpace = (c: string): boolean => /\s/.test(c);

/**
 * One number from `text` (whitespace anywhere ignored); `undefined` if it is not one. May return
 * ±Infinity for `1e999`: callers decide whether that is too large. A comma is a decimal comma.
 */
export function readNumber(text: string, options: ReadOptions = {}): number | undefined {
	const steps = options.steps ?? { n: 0 };
	// Pass 1: drop spaces and unify minus signs; every character is examined once.
	let s = '';
	for (const c of text) {
		steps.n++;
		if (!isSpace(c)) s += c === '\u2212' ? '-' : c;
	}
	// Pass 2: sign, digits, separator, digits, exponent; the index only moves forward.
	let i = 0;
	const digits = (): string => {
		const start = i;
		while (isDigit(s[i])) (steps.n++, i++);
		return s.slice(start, i);
	};
	const sign = (): string => (s[i] === '-' || s[i] === '+' ? s[i++]! : '');
	const exponent = (): string => {
		const e = sign();
		const d = digits();
		return d ? e + d : '';
	};
	/** Digits, a separator, digits and an exponent from `i` on, after an optional sign. */
	const term = (): number | undefined => {
		const head = sign();
		const int = digits();
		let frac = '';
		if (s[i] === '.' || s[i] === ',') {
			i++;
			frac = digits();
		}
		if (!int && !frac) return undefined;
		let e = '';
		if (s[i] === 'e' || s[i] === 'E') {
			i++;
			if (!(e = exponent())) return undefined;
		} else if ('×xX*·⋅'.includes(s[i] || '?') && s.startsWith('10^', i + 1)) {
			// `1,2×10^−7`, `2·10^{-3}`, `5*10^(3)`: the power may stand in braces or parentheses.
			i += 4;
			const close = s[i] === '{' ? '}' : s[i] === '(' ? ')' : '';
			if (close) i++;
			if (!(e = exponent()) || (close && s[i++] !== close)) return undefined;
		}
		return Number(`${head}${int || 0}.${frac || 0}e${e || 0}`);
	};
	const top = term();
	if (top === undefined) return undefined;
	// A fraction `1/2`, `-3/100`: people write answers that way. A zero denominator is not a number.
	if (s[i] === '/' && isDigit(s[i + 1])) {
		i++;
		const bottom = term();
		return bottom === undefined || bottom === 0 || i !== s.length ? undefined : top / bottom;
	}
	return i === s.length ? top : undefined;
}

/** One number for a widget: at most `max` in magnitude, with the reason when refused. */
export function num(text: string, max = MAX_ABS): Parsed<number> {
	if (text.length > MAX_TEXT) return LONG;
	if (text.trim() === '') return { p: 'empty' };
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

/** One of a fixed set of names; anything else is refused (a link cannot smuggle in a new value). */
export function oneOf<T extends string>(text: string, options: readonly T[]): Parsed<T> {
	return (options as readonly string[]).includes(text) ? (text as T) : { p: 'nan' };
}

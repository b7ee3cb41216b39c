/**
 * A shape a reader types as an answer (`4×16`, `(4, 16)`, `4 на 16`), read in one forward pass like
 * the site's number reader (./read.ts). Only the exercises and practice problems ask for shapes, so the widgets
 * that read numbers do not download it.
 */
import { isDigit, isSpace, LONG, MAX_TEXT, type Parsed } from './read';
import { unbracket } from './read-list';

/**
 * A shape: sizes separated by one of `x × х X * ,`, `на` or `by`, spaces around allowed, optionally in
 * brackets: `4x16`, `4 × 16`, `(4, 16)`, `4 на 16`. `4x` is unfinished, not a one-dimensional shape.
 */
export function shapeOf(text: string, steps = { n: 0 }): Parsed<number[]> {
	if (text.length > MAX_TEXT) return LONG;
	const t = unbracket(text);
	if (!t) return { p: 'empty' };
	const sizes: number[] = [];
	let i = 0;
	const spaces = () => {
		while (isSpace(t[i] ?? '')) (steps.n++, i++);
	};
	for (;;) {
		const start = i;
		while (isDigit(t[i])) (steps.n++, i++);
		if (i === start) return { p: 'nan' };
		sizes.push(Number(t.slice(start, i)));
		spaces();
		if (i === t.length) return sizes;
		if ('x×хX*,'.includes(t[i]!)) i++;
		else if (t.startsWith('на', i) || t.startsWith('by', i)) i += 2;
		else return { p: 'nan' };
		spaces();
	}
}

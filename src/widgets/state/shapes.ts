/**
 * The shape explorer's state: A and W as typed, their sizes, and the product A·W computed by the
 * core, or the core's shape error when the inner sizes differ (a result to explain, not a failure).
 * Pure.
 */
import { ShapeError, type ShapeErrorDetails } from '../../core/errors';
import { matmul } from '../../core/tensor/linear';
import { fromRows, type Matrix } from '../../core/tensor/matrix';
import type { Check, Texts } from '../lib/form';
import { int, isProblem } from '../../numbers/read';
import { matrix, matrixText } from '../../numbers/read-list';

/** The widget's namespace in the page address (`se.m`, `se.a`, …); the error page links here with it (src/errors/widget-link.ts). */
export const SHAPES_NS = 'se';
export const MAX_SIZE = 16;
/** The size fields, in the order they appear: rows and columns of A, rows and columns of W. */
export const SIZE_KEYS = ['m', 'n', 'p', 'q'] as const;

/** The value a new cell gets when a matrix grows: small whole numbers, so products stay checkable by hand. */
export const fill = (i: number, j: number) => ((i + 2 * j) % 3) - 1;

/** The text of a `rows`×`cols` matrix keeping what `text` had where it overlaps. */
export function resize(text: string, rows: number, cols: number): string {
	const old = matrix(text, MAX_SIZE, MAX_SIZE);
	const at = (i: number, j: number) => (!isProblem(old) && i < old.length && j < old[0].length ? old[i][j] : fill(i, j));
	return matrixText(Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => at(i, j))));
}

export const SHAPES_DEFAULTS: Texts = {
	m: '4',
	n: '2',
	p: '2',
	q: '3',
	a: matrixText([
		[0, 0],
		[0, 2],
		[2, 2],
		[2, 0],
	]),
	// The weights of the dense-layer page's worked example: a layer of three neurons on the square.
	w: matrixText([
		[1, -1, 0.5],
		[1, 1, -1],
	]),
};

/**
 * The texts with matrices A and W grown or shrunk to the four sizes, when all four are valid, keeping
 * their numbers where they overlap: what typing a size does, and what a link with sizes alone gets.
 * `which` names the matrices to fit (a link's own matrices are checked as given, never fitted).
 */
export function fitMatrices(t: Texts, which: readonly ('a' | 'w')[] = ['a', 'w']): Texts {
	const n = SIZE_KEYS.map((k) => int(t[k], 1, MAX_SIZE));
	if (n.some(isProblem)) return t;
	const [m, c, p, q] = n as number[];
	const out = { ...t };
	if (which.includes('a')) out.a = resize(t.a ?? '', m!, c!);
	if (which.includes('w')) out.w = resize(t.w ?? '', p!, q!);
	return out;
}

/**
 * The texts a link describes. A link may give the sizes alone (the error page links with a reader's
 * shapes and no numbers): the matrices it leaves out are fitted to its sizes.
 */
export const shapesFromLink = (fromLink: Texts): Texts =>
	fitMatrices({ ...SHAPES_DEFAULTS, ...fromLink }, (['a', 'w'] as const).filter((k) => fromLink[k] === undefined));

export interface Shapes {
	a: Matrix;
	w: Matrix;
	/** A·W, when the shapes fit. */
	c?: Matrix;
	/** Why they do not, as the core says it. */
	err?: ShapeErrorDetails;
}

export function checkShapes(t: Texts): Check<Shapes> {
	const size: number[] = [];
	for (const key of SIZE_KEYS) {
		const n = int(t[key], 1, MAX_SIZE);
		if (isProblem(n)) return { key, why: n };
		size.push(n);
	}
	const read = (key: string, rows: number, cols: number): Check<Matrix> => {
		const m = matrix(t[key], MAX_SIZE, MAX_SIZE);
		if (isProblem(m)) return { key, why: m };
		if (m.length !== rows) return { key, why: { p: 'rows', a: rows, b: m.length } };
		if (m[0].length !== cols) return { key, why: { p: 'len', a: cols, b: m[0].length } };
		return { ok: fromRows(m) };
	};
	const a = read('a', size[0], size[1]);
	if (!('ok' in a)) return a;
	const w = read('w', size[2], size[3]);
	if (!('ok' in w)) return w;
	try {
		return { ok: { a: a.ok, w: w.ok, c: matmul(a.ok, w.ok) } };
	} catch (e) {
		if (e instanceof ShapeError) return { ok: { a: a.ok, w: w.ok, err: e.details } };
		throw e;
	}
}

/**
 * The dense-layer widget's state: the texts of W, b, k and the seed, checked into matrices, and the
 * layer computed on the square by the core. Pure, so links and typing are checked by the same code.
 */
import { createRng } from '../../core/random';
import { relu } from '../../core/tensor/activations';
import { addBias, matmul } from '../../core/tensor/linear';
import { fromRows, type Matrix } from '../../core/tensor/matrix';
import type { Check, Texts } from '../lib/form';
import { int, isProblem } from '../../numbers/read';
import { matrix, matrixText, vector } from '../../numbers/read-list';

/** The site's running example: the corners of the square, one row per point. */
export const SQUARE = [
	[0, 0],
	[0, 2],
	[2, 2],
	[2, 0],
];
export const MAX_K = 16;
export const MAX_SEED = 999_999;

/** W (2×k) and b (k) drawn from N(0, 1) with the seed, rounded to one decimal so the tables stay readable. */
export function seeded(k: number, seed: number): { w: string; b: string } {
	const rng = createRng(seed);
	const r = () => Math.round(rng.normal() * 10) / 10 || 0;
	const row = () => Array.from({ length: k }, r);
	const w = [row(), row()];
	return { w: matrixText(w), b: row().join(' ') };
}

export const DENSE_DEFAULTS: Texts = { k: '2', s: '3', ...seeded(2, 3) };

/**
 * The texts a link describes. A link with k and the seed but neither W nor b means the layer those
 * two draw (W and b follow from them, as when the reader changes k or the seed); otherwise the
 * link's values over the defaults.
 */
export function denseFromLink(link: Texts): Texts {
	const t = { ...DENSE_DEFAULTS, ...link };
	if (link.w !== undefined || link.b !== undefined || (link.k === undefined && link.s === undefined)) return t;
	const k = int(t.k, 1, MAX_K);
	const seed = int(t.s, 0, MAX_SEED);
	return isProblem(k) || isProblem(seed) ? t : { ...t, ...seeded(k, seed) };
}

export interface Dense {
	a: Matrix;
	w: Matrix;
	b: Float64Array;
	/** A·W, then + b, then relu. */
	z: Matrix;
	s: Matrix;
	h: Matrix;
}

/** The layer on the points `p` (one per row). Throws the core's ShapeError for shapes that do not fit. */
export function layer(p: Matrix, w: Matrix, b: Float64Array): { z: Matrix; s: Matrix; h: Matrix } {
	const z = matmul(p, w);
	const s = addBias(z, b);
	return { z, s, h: relu(s) };
}

export function checkDense(t: Texts): Check<Dense> {
	const k = int(t.k, 1, MAX_K);
	if (isProblem(k)) return { key: 'k', why: k };
	const seed = int(t.s, 0, MAX_SEED);
	if (isProblem(seed)) return { key: 's', why: seed };
	const w = matrix(t.w, MAX_K, MAX_K);
	if (isProblem(w)) return { key: 'w', why: w };
	const b = vector(t.b, MAX_K);
	if (isProblem(b)) return { key: 'b', why: b };
	// The two shape rules of the layer, said in its own terms: one row of W per input, one bias per neuron.
	if (w.length !== 2) return { key: 'w', why: { p: 'rows', a: 2, b: w.length } };
	if (w[0].length !== k) return { key: 'k', why: { p: 'int', a: w[0].length, b: w[0].length } };
	if (b.length !== w[0].length) return { key: 'b', why: { p: 'len', a: w[0].length, b: b.length } };
	const a = fromRows(SQUARE);
	const W = fromRows(w);
	const B = Float64Array.from(b);
	return { ok: { a, w: W, b: B, ...layer(a, W, B) } };
}

/**
 * Points to draw the geometric view with: the outline of the square walked around (`edge` steps per
 * side) followed by a grid of `grid`×`grid` points inside it, as one matrix for the core.
 */
export function squarePoints(edge = 12, grid = 5): Matrix {
	const pts: number[][] = [];
	for (let side = 0; side < 4; side++) {
		const [x0, y0] = SQUARE[side];
		const [x1, y1] = SQUARE[(side + 1) % 4];
		for (let i = 0; i < edge; i++) pts.push([x0 + ((x1 - x0) * i) / edge, y0 + ((y1 - y0) * i) / edge]);
	}
	for (let i = 0; i < grid; i++) for (let j = 0; j < grid; j++) pts.push([(2 * i) / (grid - 1), (2 * j) / (grid - 1)]);
	return fromRows(pts);
}

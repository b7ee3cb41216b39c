/**
 * The one data structure of the matrix path: a flat Float64Array read row by row, with its sizes
 * stated explicitly. Row-major because a batch is a stack of examples, one per row, and walking a
 * row is then walking contiguous memory.
 *
 * Every operation takes an optional `out` matrix to write into. Without it the operation allocates
 * its result (convenient for widgets); with it nothing is allocated (what a training loop needs).
 */
import { ShapeError } from '../errors';
import type { Rng } from '../random';

export interface Matrix {
	readonly rows: number;
	readonly cols: number;
	/** Entry (i, j) is `data[i * cols + j]`. */
	readonly data: Float64Array;
}

/** Sizes, counts, strides and class labels: the numbers that must be whole and at least `min`. */
export function isWhole(n: number, min: number): boolean {
	return Number.isInteger(n) && n >= min;
}

/** A matrix over existing numbers (copied) or, without `data`, a matrix of zeros. */
export function createMatrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
	if (!isWhole(rows, 0) || !isWhole(cols, 0)) throw new ShapeError({ code: 'invalid-dimension', shape: [rows, cols] });
	const m = { rows, cols, data: new Float64Array(rows * cols) };
	if (data !== undefined) {
		if (data.length !== m.data.length) throw new ShapeError({ code: 'data-length', shape: [rows, cols], length: data.length });
		m.data.set(data);
	}
	return m;
}

/** `[[0, 0], [0, 2]]` → a 2×2 matrix: the way matrices are written in the site's text. */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
	const cols = rows[0]?.length ?? 0;
	rows.forEach((row, i) => {
		if (row.length !== cols) throw new ShapeError({ code: 'ragged-rows', row: i, length: row.length, expected: cols });
	});
	return createMatrix(rows.length, cols, rows.flat());
}

export function toRows(m: Matrix): number[][] {
	return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

/**
 * A vector as a matrix of one row, sharing its numbers, so that vector operations reuse the matrix
 * checks and loops. `undefined` stays undefined, for optional buffers.
 */
export function asRow(data: Float64Array): Matrix;
export function asRow(data: Float64Array | undefined): Matrix | undefined;
export function asRow(data: Float64Array | undefined): Matrix | undefined {
	return data && { rows: 1, cols: data.length, data };
}

export function shapeOf(m: Matrix): [number, number] {
	return [m.rows, m.cols];
}

export function cloneMatrix(m: Matrix): Matrix {
	return createMatrix(m.rows, m.cols, m.data);
}

export function transpose(m: Matrix, out?: Matrix): Matrix {
	const t = resultBuffer('transpose', m.cols, m.rows, out);
	for (let i = 0; i < m.rows; i++) {
		for (let j = 0; j < m.cols; j++) t.data[j * m.rows + i] = m.data[i * m.cols + j];
	}
	return t;
}

/** Entries drawn from N(0, std²), reproducible from the generator's seed. */
export function randomMatrix(rows: number, cols: number, rng: Rng, std = 1): Matrix {
	const m = createMatrix(rows, cols);
	for (let k = 0; k < m.data.length; k++) m.data[k] = rng.normal(0, std);
	return m;
}

/**
 * The result buffer of an operation: the caller's `out` if it has the right shape, else a new matrix.
 * A wrong-sized `out` is an error rather than reallocated, since a training loop relies on its
 * buffers being the ones it allocated.
 */
export function resultBuffer(op: string, rows: number, cols: number, out: Matrix | undefined): Matrix {
	if (out === undefined) return createMatrix(rows, cols);
	if (out.rows !== rows || out.cols !== cols) {
		throw new ShapeError({ code: 'output-shape', op, result: [rows, cols], buffer: shapeOf(out) });
	}
	return out;
}

/** A backward pass must receive one derivative per entry of the forward output. */
export function checkUpstream(op: string, rows: number, cols: number, upstream: Matrix): void {
	if (upstream.rows !== rows || upstream.cols !== cols) {
		throw new ShapeError({ code: 'upstream-shape', op, output: [rows, cols], upstream: shapeOf(upstream) });
	}
}

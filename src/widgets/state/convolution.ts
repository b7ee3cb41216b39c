/**
 * The convolution widget's state: a 1-D or 2-D input, a kernel, stride and zero padding; the output
 * and the gradients of L = Σ y with respect to input and kernel, all by the core (`conv1d`,
 * `conv2d` and their backward passes). Both cases are kept as matrices (1-D as one row) so the
 * interface draws them the same way. Pure.
 */
import { ShapeError, type ShapeErrorDetails } from '../../core/errors';
import { conv1d, conv1dBackward, conv2d, conv2dBackward } from '../../core/tensor/conv';
import { createMatrix, fromRows, type Matrix } from '../../core/tensor/matrix';
import type { Check, Texts } from '../lib/form';
import { int, isProblem, oneOf } from '../../numbers/read';
import { matrix, vector } from '../../numbers/read-list';

export const CONV_DEFAULTS: Texts = { d: '1', x: '1 2 0 -1 3 1', k: '1 0 -1', s: '1', p: '0', o: '0' };
/** What switching dimension puts in the fields. */
export const DIM_START: Record<string, Texts> = {
	'1': { x: CONV_DEFAULTS.x, k: CONV_DEFAULTS.k, o: '0' },
	'2': { x: '1 2 0 1\n0 1 3 1\n2 1 0 0\n1 0 1 2', k: '1 0\n0 -1', o: '0' },
};

export interface Conv {
	dim: 1 | 2;
	x: Matrix;
	k: Matrix;
	stride: number;
	padding: number;
	/** The chosen output cell, row-major. */
	o: number;
	/** The output and ∂L/∂x, ∂L/∂w for L = Σ y; absent when the kernel does not fit. */
	y?: Matrix;
	dx?: Matrix;
	dk?: Matrix;
	/** Why the kernel does not fit, in the core's terms. */
	err?: ShapeErrorDetails;
}

const row = (v: Float64Array): Matrix => createMatrix(1, v.length, v);

export function checkConv(t: Texts): Check<Conv> {
	const d = oneOf(t.d, ['1', '2']);
	if (isProblem(d)) return { key: 'd', why: d };
	const dim = d === '1' ? 1 : 2;
	const read = (key: string, rows: number, cols: number): Check<Matrix> => {
		const m = dim === 1 ? vector(t[key], cols, 100) : matrix(t[key], rows, cols, 100);
		if (isProblem(m)) return { key, why: m };
		return { ok: dim === 1 ? fromRows([m as number[]]) : fromRows(m as number[][]) };
	};
	const x = read('x', 8, dim === 1 ? 12 : 8);
	if (!('ok' in x)) return x;
	const k = read('k', 4, dim === 1 ? 5 : 4);
	if (!('ok' in k)) return k;
	const stride = int(t.s, 1, 3);
	if (isProblem(stride)) return { key: 's', why: stride };
	const padding = int(t.p, 0, 2);
	if (isProblem(padding)) return { key: 'p', why: padding };
	const o = int(t.o, 0, 255);
	if (isProblem(o)) return { key: 'o', why: o };
	const c: Conv = { dim, x: x.ok, k: k.ok, stride, padding, o };
	const opts = { stride, padding };
	try {
		if (dim === 1) {
			const y = conv1d(x.ok.data, k.ok.data, opts);
			const g = conv1dBackward(x.ok.data, k.ok.data, new Float64Array(y.length).fill(1), opts);
			[c.y, c.dx, c.dk] = [row(y), row(g.dInput), row(g.dKernel)];
		} else {
			c.y = conv2d(x.ok, k.ok, opts);
			const ones = createMatrix(c.y.rows, c.y.cols);
			ones.data.fill(1);
			const g = conv2dBackward(x.ok, k.ok, ones, opts);
			[c.dx, c.dk] = [g.dInput, g.dKernel];
		}
		c.o = Math.min(o, c.y.data.length - 1);
	} catch (e) {
		// The kernel does not fit the padded input: a result to explain in the core's words, not a typo.
		if (!(e instanceof ShapeError)) throw e;
		c.err = e.details;
	}
	return { ok: c };
}

/** The input cells under output cell `o` (row-major in the padded input), for highlighting. */
export function windowOf(c: Conv, o: number): Set<number> {
	const cols = c.x.cols + 2 * c.padding;
	const outCols = c.y?.cols ?? 1;
	const r0 = Math.floor(o / outCols) * c.stride;
	const c0 = (o % outCols) * c.stride;
	const cells = new Set<number>();
	for (let u = 0; u < c.k.rows; u++) for (let v = 0; v < c.k.cols; v++) cells.add((r0 + u) * cols + c0 + v);
	return cells;
}

/** The input with its zero padding made visible (1-D pads only along the row). */
export function padded(c: Conv): Matrix {
	const p = c.padding;
	const pr = c.dim === 2 ? p : 0;
	const m = createMatrix(c.x.rows + 2 * pr, c.x.cols + 2 * p);
	for (let i = 0; i < c.x.rows; i++) for (let j = 0; j < c.x.cols; j++) m.data[(i + pr) * m.cols + j + p] = c.x.data[i * c.x.cols + j];
	return m;
}

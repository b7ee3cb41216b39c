/**
 * The affine part of a layer, Z = X·W + b, split into its two operations so each derivative can be
 * shown on its own: matmul, and adding the bias to every row.
 */
import { ShapeError } from '../errors';
import { asRow, checkUpstream, resultBuffer, shapeOf, type Matrix } from './matrix';

/**
 * C = A'·B', where A' is A or Aᵀ and B' is B or Bᵀ: the one loop behind the product and both of its
 * gradients, so that neither transpose is ever materialised. Callers have checked that the inner
 * sizes agree. Each entry of C is summed over k in order from 0, skipping the terms whose A' factor is
 * exactly 0 (what a relu leaves behind), which add nothing.
 */
function product(a: Matrix, transposeA: boolean, b: Matrix, transposeB: boolean, out: Matrix | undefined): Matrix {
	const rows = transposeA ? a.cols : a.rows;
	const inner = transposeA ? a.rows : a.cols;
	const cols = transposeB ? b.rows : b.cols;
	const c = resultBuffer('matmul', rows, cols, out);
	const C = c.data;
	C.fill(0);
	// How far apart A'[i][k] and A'[i][k + 1] are in memory, and the same for B'.
	const aRow = transposeA ? 1 : a.cols;
	const aStep = transposeA ? a.cols : 1;
	const bRow = transposeB ? 1 : b.cols;
	const bStep = transposeB ? b.cols : 1;
	// i-k-j order: without transposes the inner loop walks a row of B and a row of C, both contiguous.
	for (let i = 0; i < rows; i++) {
		for (let k = 0; k < inner; k++) {
			const aik = a.data[i * aRow + k * aStep];
			if (aik === 0) continue;
			for (let j = 0; j < cols; j++) C[i * cols + j] += aik * b.data[k * bRow + j * bStep];
		}
	}
	return c;
}

/** C = A·B. */
export function matmul(a: Matrix, b: Matrix, out?: Matrix): Matrix {
	if (a.cols !== b.rows) throw new ShapeError({ code: 'matmul-inner', left: shapeOf(a), right: shapeOf(b) });
	return product(a, false, b, false, out);
}

/**
 * ∂L/∂A = ∂L/∂C · Bᵀ. Entry (i, k) of C depends on A[i][k] through every C[i][j], with coefficient B[k][j].
 */
export function matmulGradA(dC: Matrix, b: Matrix, out?: Matrix): Matrix {
	// Only the columns of dC can be checked here: the number of rows of A is not known.
	checkUpstream('matmul', dC.rows, b.cols, dC);
	return product(dC, false, b, true, out);
}

/**
 * ∂L/∂B = Aᵀ · ∂L/∂C. B[k][j] reaches every row i of C, each time multiplied by A[i][k]: a sum over the batch.
 */
export function matmulGradB(a: Matrix, dC: Matrix, out?: Matrix): Matrix {
	checkUpstream('matmul', a.rows, dC.cols, dC);
	return product(a, true, dC, false, out);
}


/** Y = X + b, with the vector b added to every row: the same bias for every example in the batch. */
export function addBias(x: Matrix, bias: Float64Array, out?: Matrix): Matrix {
	if (bias.length !== x.cols) throw new ShapeError({ code: 'bias-length', matrix: shapeOf(x), bias: [bias.length] });
	const y = resultBuffer('addBias', x.rows, x.cols, out);
	for (let k = 0; k < x.data.length; k++) y.data[k] = x.data[k] + bias[k % x.cols];
	return y;
}

/**
 * ∂L/∂b = the column sums of ∂L/∂Y: b[j] was copied into every row, so its gradient collects one
 * contribution per example. (∂L/∂X is ∂L/∂Y itself, the identity; no copy is made.)
 */
export function biasGrad(dY: Matrix, out?: Float64Array): Float64Array {
	const db = resultBuffer('addBias', 1, dY.cols, asRow(out)).data.fill(0);
	for (let k = 0; k < dY.data.length; k++) db[k % dY.cols] += dY.data[k];
	return db;
}

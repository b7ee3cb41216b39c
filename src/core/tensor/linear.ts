/**
 * The affine part of a layer, Z = X·W + b, split into its two operations so each derivative can be
 * shown on its own: matmul, and adding the bias to every row.
 */
import { ShapeError } from '../errors';
import { checkUpstream, resultBuffer, type Matrix } from './matrix';

function checkInner(a: Matrix, b: Matrix): void {
	if (a.cols !== b.rows) throw new ShapeError({ code: 'matmul-inner', left: [a.rows, a.cols], right: [b.rows, b.cols] });
}

/** C = A·B. */
export function matmul(a: Matrix, b: Matrix, out?: Matrix): Matrix {
	checkInner(a, b);
	const c = resultBuffer('matmul', a.rows, b.cols, out);
	const n = a.cols;
	const m = b.cols;
	const A = a.data;
	const B = b.data;
	const C = c.data;
	C.fill(0);
	// i-k-j order: the inner loop walks a row of B and a row of C, both contiguous in memory.
	for (let i = 0; i < a.rows; i++) {
		for (let k = 0; k < n; k++) {
			const aik = A[i * n + k];
			if (aik === 0) continue;
			for (let j = 0; j < m; j++) C[i * m + j] += aik * B[k * m + j];
		}
	}
	return c;
}

/**
 * ∂L/∂A = ∂L/∂C · Bᵀ, computed without materialising Bᵀ.
 * Entry (i, k) of C depends on A[i][k] through every C[i][j], with coefficient B[k][j].
 */
export function matmulGradA(dC: Matrix, b: Matrix, out?: Matrix): Matrix {
	// Only the columns of dC can be checked here: the number of rows of A is not known.
	checkUpstream('matmul', dC.rows, b.cols, dC);
	const dA = resultBuffer('matmul', dC.rows, b.rows, out);
	const m = b.cols;
	for (let i = 0; i < dC.rows; i++) {
		for (let k = 0; k < b.rows; k++) {
			let sum = 0;
			for (let j = 0; j < m; j++) sum += dC.data[i * m + j] * b.data[k * m + j];
			dA.data[i * b.rows + k] = sum;
		}
	}
	return dA;
}

/**
 * ∂L/∂B = Aᵀ · ∂L/∂C, computed without materialising Aᵀ.
 * B[k][j] reaches every row i of C, each time multiplied by A[i][k]: a sum over the batch.
 */
export function matmulGradB(a: Matrix, dC: Matrix, out?: Matrix): Matrix {
	checkUpstream('matmul', a.rows, dC.cols, dC);
	const dB = resultBuffer('matmul', a.cols, dC.cols, out);
	const n = a.cols;
	const m = dC.cols;
	dB.data.fill(0);
	for (let i = 0; i < a.rows; i++) {
		for (let k = 0; k < n; k++) {
			const aik = a.data[i * n + k];
			if (aik === 0) continue;
			for (let j = 0; j < m; j++) dB.data[k * m + j] += aik * dC.data[i * m + j];
		}
	}
	return dB;
}

export interface MatmulGradients {
	dA: Matrix;
	dB: Matrix;
}

/** Both gradients of C = A·B given ∂L/∂C. */
export function matmulBackward(a: Matrix, b: Matrix, dC: Matrix, out?: Partial<MatmulGradients>): MatmulGradients {
	checkInner(a, b);
	checkUpstream('matmul', a.rows, b.cols, dC);
	return { dA: matmulGradA(dC, b, out?.dA), dB: matmulGradB(a, dC, out?.dB) };
}

function checkBias(x: Matrix, bias: Float64Array): void {
	if (bias.length !== x.cols) throw new ShapeError({ code: 'bias-length', matrix: [x.rows, x.cols], bias: [bias.length] });
}

/** Y = X + b, with the vector b added to every row: the same bias for every example in the batch. */
export function addBias(x: Matrix, bias: Float64Array, out?: Matrix): Matrix {
	checkBias(x, bias);
	const y = resultBuffer('addBias', x.rows, x.cols, out);
	for (let i = 0; i < x.rows; i++) {
		for (let j = 0; j < x.cols; j++) y.data[i * x.cols + j] = x.data[i * x.cols + j] + bias[j];
	}
	return y;
}

/**
 * ∂L/∂b = the column sums of ∂L/∂Y: b[j] was copied into every row, so its gradient collects one
 * contribution per example. (∂L/∂X is ∂L/∂Y itself, the identity; no copy is made.)
 */
export function biasGrad(dY: Matrix, out?: Float64Array): Float64Array {
	const db = out ?? new Float64Array(dY.cols);
	if (db.length !== dY.cols) throw new ShapeError({ code: 'output-shape', op: 'addBias', result: [dY.cols], output: [db.length] });
	db.fill(0);
	for (let i = 0; i < dY.rows; i++) {
		for (let j = 0; j < dY.cols; j++) db[j] += dY.data[i * dY.cols + j];
	}
	return db;
}

export interface BiasGradients {
	dX: Matrix;
	db: Float64Array;
}

export function addBiasBackward(x: Matrix, bias: Float64Array, dY: Matrix, dbOut?: Float64Array): BiasGradients {
	checkBias(x, bias);
	checkUpstream('addBias', x.rows, x.cols, dY);
	return { dX: dY, db: biasGrad(dY, dbOut) };
}

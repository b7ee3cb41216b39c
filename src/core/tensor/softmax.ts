/**
 * Row-wise softmax: each row of logits becomes a probability distribution over the classes.
 */
import { checkUpstream, resultBuffer, type Matrix } from './matrix';

/**
 * log Σ_j e^(x_j) over one row, computed as m + log Σ_j e^(x_j − m) with m the row maximum:
 * the largest exponent is then e^0 = 1, so nothing overflows, and the sum is at least 1, so the
 * logarithm never sees 0. softmax([1000, 0]) and a loss with p ≈ e^(−1000) stay finite this way.
 */
export function logSumExpRow(x: Float64Array, start: number, length: number): number {
	let max = -Infinity;
	for (let j = 0; j < length; j++) if (x[start + j] > max) max = x[start + j];
	if (max === -Infinity) return -Infinity;
	let sum = 0;
	for (let j = 0; j < length; j++) sum += Math.exp(x[start + j] - max);
	return max + Math.log(sum);
}

export function softmax(x: Matrix, out?: Matrix): Matrix {
	const y = resultBuffer('softmax', x.rows, x.cols, out);
	for (let i = 0; i < x.rows; i++) {
		const start = i * x.cols;
		const lse = logSumExpRow(x.data, start, x.cols);
		// e^(x − lse) rather than e^x / Σe^x: one exponential per entry and no overflowing division.
		for (let j = 0; j < x.cols; j++) y.data[start + j] = Math.exp(x.data[start + j] - lse);
	}
	return y;
}

/**
 * With y = softmax(x), ∂y_j/∂x_k = y_j(δ_jk − y_k), so ∂L/∂x_k = y_k (∂L/∂y_k − Σ_j ∂L/∂y_j · y_j):
 * the full Jacobian is never built, one dot product per row is enough.
 */
export function softmaxBackward(y: Matrix, dY: Matrix, out?: Matrix): Matrix {
	checkUpstream('softmax', y.rows, y.cols, dY);
	const dX = resultBuffer('softmax', y.rows, y.cols, out);
	for (let i = 0; i < y.rows; i++) {
		const start = i * y.cols;
		let dot = 0;
		for (let j = 0; j < y.cols; j++) dot += dY.data[start + j] * y.data[start + j];
		for (let j = 0; j < y.cols; j++) dX.data[start + j] = y.data[start + j] * (dY.data[start + j] - dot);
	}
	return dX;
}

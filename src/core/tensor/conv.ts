/**
 * Single-channel convolution in 1-D and 2-D, with stride and zero padding.
 *
 * As in every deep-learning framework, "convolution" here is cross-correlation: the kernel slides
 * over the input WITHOUT being flipped, y[o] = Σ_t x[o·stride + t − padding] · w[t]. Flipping would
 * change nothing for learning (the network would learn the flipped kernel) and would make the
 * picture of a kernel as a "template being matched" harder to see.
 *
 * Padding is never materialised: a position outside the input simply contributes zero. A 1-D
 * convolution is run as a 2-D one over a single row, padded only along it.
 */
import { ShapeError, type Shape } from '../errors';
import { asRow, checkUpstream, isWhole, resultBuffer, shapeOf, type Matrix } from './matrix';

export interface ConvOptions {
	/** How far the kernel moves between outputs; 1 by default. */
	stride?: number;
	/** Zeros added on each side of each dimension; 0 by default ("valid" convolution). */
	padding?: number;
}

/**
 * Checks the options and that the kernel fits the padded input somewhere; returns the stride, the
 * padding and the output's sizes, one per dimension: how many times the kernel fits, stepping by `stride`.
 */
function plan(input: Shape, kernel: Shape, options: ConvOptions = {}): [number, number, number[]] {
	const { stride = 1, padding = 0 } = options;
	if (!isWhole(stride, 1)) throw new ShapeError({ code: 'invalid-stride', stride });
	if (!isWhole(padding, 0)) throw new ShapeError({ code: 'invalid-padding', padding });
	if (input.some((n, d) => n + 2 * padding < kernel[d])) throw new ShapeError({ code: 'kernel-too-large', input, kernel, padding });
	return [stride, padding, input.map((n, d) => Math.floor((n + 2 * padding - kernel[d]) / stride) + 1)];
}

/**
 * The one loop behind both dimensions and both directions: every output position (r, c) meets every
 * kernel entry (u, v) that lands inside the input. Forward (no `dx`), y[r][c] = Σ x·w. Backward, y
 * holds ∂L/∂y: each product x[i][j]·w[u][v] fed exactly one output, so it sends ∂L/∂y·w back to x and
 * ∂L/∂y·x back to w; a weight used at every position collects a sum over positions.
 */
function slide(x: Matrix, w: Matrix, y: Matrix, stride: number, rowPadding: number, padding: number, dx?: Float64Array, dw?: Float64Array): void {
	for (let r = 0; r < y.rows; r++) {
		for (let c = 0; c < y.cols; c++) {
			const g = y.data[r * y.cols + c];
			let sum = 0;
			for (let u = 0; u < w.rows; u++) {
				const i = r * stride + u - rowPadding;
				if (i < 0 || i >= x.rows) continue;
				for (let v = 0; v < w.cols; v++) {
					const j = c * stride + v - padding;
					if (j < 0 || j >= x.cols) continue;
					const a = i * x.cols + j;
					const b = u * w.cols + v;
					if (dx && dw) {
						dx[a] += g * w.data[b];
						dw[b] += g * x.data[a];
					} else sum += x.data[a] * w.data[b];
				}
			}
			if (!dx) y.data[r * y.cols + c] = sum;
		}
	}
}

export function conv1d(input: Float64Array, kernel: Float64Array, options?: ConvOptions, out?: Float64Array): Float64Array {
	const [stride, padding, [length]] = plan([input.length], [kernel.length], options);
	const y = resultBuffer('conv1d', 1, length, asRow(out));
	slide(asRow(input), asRow(kernel), y, stride, 0, padding);
	return y.data;
}

export interface Conv1dGradients {
	dInput: Float64Array;
	dKernel: Float64Array;
}

export function conv1dBackward(
	input: Float64Array,
	kernel: Float64Array,
	dOutput: Float64Array,
	options?: ConvOptions,
	out?: Partial<Conv1dGradients>,
): Conv1dGradients {
	const [stride, padding, [length]] = plan([input.length], [kernel.length], options);
	checkUpstream('conv1d', 1, length, asRow(dOutput));
	const dInput = resultBuffer('conv1d', 1, input.length, asRow(out?.dInput)).data.fill(0);
	const dKernel = resultBuffer('conv1d', 1, kernel.length, asRow(out?.dKernel)).data.fill(0);
	slide(asRow(input), asRow(kernel), asRow(dOutput), stride, 0, padding, dInput, dKernel);
	return { dInput, dKernel };
}

export function conv2d(input: Matrix, kernel: Matrix, options?: ConvOptions, out?: Matrix): Matrix {
	const [stride, padding, [rows, cols]] = plan(shapeOf(input), shapeOf(kernel), options);
	const y = resultBuffer('conv2d', rows, cols, out);
	slide(input, kernel, y, stride, padding, padding);
	return y;
}

export interface Conv2dGradients {
	dInput: Matrix;
	dKernel: Matrix;
}

export function conv2dBackward(
	input: Matrix,
	kernel: Matrix,
	dOutput: Matrix,
	options?: ConvOptions,
	out?: Partial<Conv2dGradients>,
): Conv2dGradients {
	const [stride, padding, [rows, cols]] = plan(shapeOf(input), shapeOf(kernel), options);
	checkUpstream('conv2d', rows, cols, dOutput);
	const dInput = resultBuffer('conv2d', input.rows, input.cols, out?.dInput);
	const dKernel = resultBuffer('conv2d', kernel.rows, kernel.cols, out?.dKernel);
	dInput.data.fill(0);
	dKernel.data.fill(0);
	slide(input, kernel, dOutput, stride, padding, padding, dInput.data, dKernel.data);
	return { dInput, dKernel };
}

/**
 * Single-channel convolution in 1-D and 2-D, with stride and zero padding.
 *
 * As in every deep-learning framework, "convolution" here is cross-correlation: the kernel slides
 * over the input WITHOUT being flipped, y[o] = Σ_t x[o·stride + t − padding] · w[t]. Flipping would
 * change nothing for learning (the network would learn the flipped kernel) and would make the
 * picture of a kernel as a "template being matched" harder to see.
 *
 * Padding is never materialised: a position outside the input simply contributes zero.
 */
import { ShapeError, type Shape } from '../errors';
import { checkUpstream, resultBuffer, type Matrix } from './matrix';

export interface ConvOptions {
	/** How far the kernel moves between outputs; 1 by default. */
	stride?: number;
	/** Zeros added on each side of each dimension; 0 by default ("valid" convolution). */
	padding?: number;
}

function readOptions(options: ConvOptions | undefined): { stride: number; padding: number } {
	const stride = options?.stride ?? 1;
	const padding = options?.padding ?? 0;
	if (!Number.isInteger(stride) || stride < 1) throw new ShapeError({ code: 'invalid-stride', stride });
	if (!Number.isInteger(padding) || padding < 0) throw new ShapeError({ code: 'invalid-padding', padding });
	return { stride, padding };
}

/** Outputs along one dimension: how many times the kernel fits, stepping by `stride`. */
function outputSize(input: number, kernel: number, stride: number, padding: number): number {
	return Math.floor((input + 2 * padding - kernel) / stride) + 1;
}

function checkFits(input: Shape, kernel: Shape, padding: number): void {
	if (input.some((n, d) => n + 2 * padding < kernel[d])) throw new ShapeError({ code: 'kernel-too-large', input, kernel, padding });
}

function vectorBuffer(op: string, length: number, out: Float64Array | undefined): Float64Array {
	if (out === undefined) return new Float64Array(length);
	if (out.length !== length) throw new ShapeError({ code: 'output-shape', op, result: [length], output: [out.length] });
	return out;
}

/** The length of conv1d's output, for callers preparing buffers. */
export function conv1dOutputLength(inputLength: number, kernelLength: number, options?: ConvOptions): number {
	const { stride, padding } = readOptions(options);
	checkFits([inputLength], [kernelLength], padding);
	return outputSize(inputLength, kernelLength, stride, padding);
}

export function conv1d(input: Float64Array, kernel: Float64Array, options?: ConvOptions, out?: Float64Array): Float64Array {
	const { stride, padding } = readOptions(options);
	const length = conv1dOutputLength(input.length, kernel.length, options);
	const y = vectorBuffer('conv1d', length, out);
	for (let o = 0; o < length; o++) {
		let sum = 0;
		for (let t = 0; t < kernel.length; t++) {
			const i = o * stride + t - padding;
			if (i >= 0 && i < input.length) sum += input[i] * kernel[t];
		}
		y[o] = sum;
	}
	return y;
}

export interface Conv1dGradients {
	dInput: Float64Array;
	dKernel: Float64Array;
}

/**
 * Each product x[i]·w[t] fed exactly one output o, so it sends ∂L/∂y[o]·w[t] back to x[i] and
 * ∂L/∂y[o]·x[i] back to w[t]; a weight used at every position collects a sum over positions.
 */
export function conv1dBackward(
	input: Float64Array,
	kernel: Float64Array,
	dOutput: Float64Array,
	options?: ConvOptions,
	out?: Partial<Conv1dGradients>,
): Conv1dGradients {
	const { stride, padding } = readOptions(options);
	const length = conv1dOutputLength(input.length, kernel.length, options);
	if (dOutput.length !== length) {
		throw new ShapeError({ code: 'upstream-shape', op: 'conv1d', output: [length], upstream: [dOutput.length] });
	}
	const dInput = vectorBuffer('conv1d', input.length, out?.dInput).fill(0);
	const dKernel = vectorBuffer('conv1d', kernel.length, out?.dKernel).fill(0);
	for (let o = 0; o < length; o++) {
		const g = dOutput[o];
		for (let t = 0; t < kernel.length; t++) {
			const i = o * stride + t - padding;
			if (i < 0 || i >= input.length) continue;
			dInput[i] += g * kernel[t];
			dKernel[t] += g * input[i];
		}
	}
	return { dInput, dKernel };
}

/** The shape of conv2d's output, for callers preparing buffers. */
export function conv2dOutputShape(input: Matrix, kernel: Matrix, options?: ConvOptions): [number, number] {
	const { stride, padding } = readOptions(options);
	checkFits([input.rows, input.cols], [kernel.rows, kernel.cols], padding);
	return [outputSize(input.rows, kernel.rows, stride, padding), outputSize(input.cols, kernel.cols, stride, padding)];
}

export function conv2d(input: Matrix, kernel: Matrix, options?: ConvOptions, out?: Matrix): Matrix {
	const { stride, padding } = readOptions(options);
	const [rows, cols] = conv2dOutputShape(input, kernel, options);
	const y = resultBuffer('conv2d', rows, cols, out);
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) {
			let sum = 0;
			for (let u = 0; u < kernel.rows; u++) {
				const i = r * stride + u - padding;
				if (i < 0 || i >= input.rows) continue;
				for (let v = 0; v < kernel.cols; v++) {
					const j = c * stride + v - padding;
					if (j >= 0 && j < input.cols) sum += input.data[i * input.cols + j] * kernel.data[u * kernel.cols + v];
				}
			}
			y.data[r * cols + c] = sum;
		}
	}
	return y;
}

export interface Conv2dGradients {
	dInput: Matrix;
	dKernel: Matrix;
}

/** The 2-D version of conv1dBackward: the same bookkeeping over two indices. */
export function conv2dBackward(
	input: Matrix,
	kernel: Matrix,
	dOutput: Matrix,
	options?: ConvOptions,
	out?: Partial<Conv2dGradients>,
): Conv2dGradients {
	const { stride, padding } = readOptions(options);
	const [rows, cols] = conv2dOutputShape(input, kernel, options);
	checkUpstream('conv2d', rows, cols, dOutput);
	const dInput = resultBuffer('conv2d', input.rows, input.cols, out?.dInput);
	const dKernel = resultBuffer('conv2d', kernel.rows, kernel.cols, out?.dKernel);
	dInput.data.fill(0);
	dKernel.data.fill(0);
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) {
			const g = dOutput.data[r * cols + c];
			for (let u = 0; u < kernel.rows; u++) {
				const i = r * stride + u - padding;
				if (i < 0 || i >= input.rows) continue;
				for (let v = 0; v < kernel.cols; v++) {
					const j = c * stride + v - padding;
					if (j < 0 || j >= input.cols) continue;
					dInput.data[i * input.cols + j] += g * kernel.data[u * kernel.cols + v];
					dKernel.data[u * kernel.cols + v] += g * input.data[i * input.cols + j];
				}
			}
		}
	}
	return { dInput, dKernel };
}

/**
 * Elementwise nonlinearities. Each backward takes the forward OUTPUT y, not the input: all three
 * derivatives can be written in terms of y (relu' = [y > 0], σ' = y(1 − y), tanh' = 1 − y²), so a
 * layer only has to keep its activations, and the three share one signature.
 */
import { checkUpstream, resultBuffer, type Matrix } from './matrix';

export type ActivationName = 'relu' | 'sigmoid' | 'tanh' | 'identity';

/**
 * σ(x) = 1 / (1 + e^(−x)) overflows e^(−x) for x ≪ 0; there the equal form e^x / (1 + e^x) is used,
 * whose exponential can only underflow to 0, which is harmless.
 */
export function stableSigmoid(x: number): number {
	if (x >= 0) return 1 / (1 + Math.exp(-x));
	const e = Math.exp(x);
	return e / (1 + e);
}

export function relu(x: Matrix, out?: Matrix): Matrix {
	const y = resultBuffer('relu', x.rows, x.cols, out);
	for (let k = 0; k < x.data.length; k++) y.data[k] = x.data[k] > 0 ? x.data[k] : 0;
	return y;
}

/** At exactly 0 relu has no derivative; 0 is used there, as in every framework. */
export function reluBackward(y: Matrix, dY: Matrix, out?: Matrix): Matrix {
	checkUpstream('relu', y.rows, y.cols, dY);
	const dX = resultBuffer('relu', y.rows, y.cols, out);
	for (let k = 0; k < y.data.length; k++) dX.data[k] = y.data[k] > 0 ? dY.data[k] : 0;
	return dX;
}

export function sigmoid(x: Matrix, out?: Matrix): Matrix {
	const y = resultBuffer('sigmoid', x.rows, x.cols, out);
	for (let k = 0; k < x.data.length; k++) y.data[k] = stableSigmoid(x.data[k]);
	return y;
}

export function sigmoidBackward(y: Matrix, dY: Matrix, out?: Matrix): Matrix {
	checkUpstream('sigmoid', y.rows, y.cols, dY);
	const dX = resultBuffer('sigmoid', y.rows, y.cols, out);
	for (let k = 0; k < y.data.length; k++) dX.data[k] = dY.data[k] * y.data[k] * (1 - y.data[k]);
	return dX;
}

export function tanh(x: Matrix, out?: Matrix): Matrix {
	const y = resultBuffer('tanh', x.rows, x.cols, out);
	for (let k = 0; k < x.data.length; k++) y.data[k] = Math.tanh(x.data[k]);
	return y;
}

export function tanhBackward(y: Matrix, dY: Matrix, out?: Matrix): Matrix {
	checkUpstream('tanh', y.rows, y.cols, dY);
	const dX = resultBuffer('tanh', y.rows, y.cols, out);
	for (let k = 0; k < y.data.length; k++) dX.data[k] = dY.data[k] * (1 - y.data[k] * y.data[k]);
	return dX;
}

/** The output layer of a regression network applies no nonlinearity; it still needs the same interface. */
export function identity(x: Matrix, out?: Matrix): Matrix {
	const y = resultBuffer('identity', x.rows, x.cols, out);
	if (y !== x) y.data.set(x.data);
	return y;
}

export function identityBackward(y: Matrix, dY: Matrix, out?: Matrix): Matrix {
	checkUpstream('identity', y.rows, y.cols, dY);
	const dX = resultBuffer('identity', y.rows, y.cols, out);
	if (dX !== dY) dX.data.set(dY.data);
	return dX;
}

export interface Activation {
	readonly name: ActivationName;
	forward(x: Matrix, out?: Matrix): Matrix;
	backward(y: Matrix, dY: Matrix, out?: Matrix): Matrix;
}

export const activations: { readonly [N in ActivationName]: Activation } = {
	relu: { name: 'relu', forward: relu, backward: reluBackward },
	sigmoid: { name: 'sigmoid', forward: sigmoid, backward: sigmoidBackward },
	tanh: { name: 'tanh', forward: tanh, backward: tanhBackward },
	identity: { name: 'identity', forward: identity, backward: identityBackward },
};

/**
 * Elementwise nonlinearities. Each backward takes the forward OUTPUT y, not the input: all three
 * derivatives can be written in terms of y (relu' = [y > 0], σ' = y(1 − y), tanh' = 1 − y²), so a
 * layer only has to keep its activations, and the three share one signature.
 */
import { checkUpstream, resultBuffer, type Matrix } from './matrix';

export type ActivationName = 'relu' | 'sigmoid' | 'tanh' | 'identity';

export interface Activation {
	readonly name: ActivationName;
	forward(x: Matrix, out?: Matrix): Matrix;
	backward(y: Matrix, dY: Matrix, out?: Matrix): Matrix;
}

/**
 * σ(x) = 1 / (1 + e^(−x)) overflows e^(−x) for x ≪ 0; there the equal form e^x / (1 + e^x) is used,
 * whose exponential can only underflow to 0, which is harmless.
 */
export function stableSigmoid(x: number): number {
	if (x >= 0) return 1 / (1 + Math.exp(-x));
	const e = Math.exp(x);
	return e / (1 + e);
}

/**
 * An activation from its function f(x) and its backward rule d(y, g) = g · f'(x) written in terms of
 * the output y = f(x) and the upstream derivative g. Both loops write into `out` when given, which
 * may be the input itself: entry k is read before it is written.
 */
function activation(name: ActivationName, f: (x: number) => number, d: (y: number, g: number) => number): Activation {
	return {
		name,
		forward(x, out) {
			const y = resultBuffer(name, x.rows, x.cols, out);
			for (let k = 0; k < x.data.length; k++) y.data[k] = f(x.data[k]);
			return y;
		},
		backward(y, dY, out) {
			checkUpstream(name, y.rows, y.cols, dY);
			const dX = resultBuffer(name, y.rows, y.cols, out);
			for (let k = 0; k < y.data.length; k++) dX.data[k] = d(y.data[k], dY.data[k]);
			return dX;
		},
	};
}

export const activations: { readonly [N in ActivationName]: Activation } = {
	// At exactly 0 relu has no derivative; 0 is used there, as in every framework.
	relu: activation('relu', (x) => (x > 0 ? x : 0), (y, g) => (y > 0 ? g : 0)),
	sigmoid: activation('sigmoid', stableSigmoid, (y, g) => g * y * (1 - y)),
	tanh: activation('tanh', Math.tanh, (y, g) => g * (1 - y * y)),
	// The output layer of a regression network applies no nonlinearity; it still needs the same interface.
	identity: activation('identity', (x) => x, (_, g) => g),
};

// The ones the site's examples call by name; the others are reached through `activations`.
export const { forward: relu, backward: reluBackward } = activations.relu;
export const { forward: tanh, backward: tanhBackward } = activations.tanh;
export const sigmoid = activations.sigmoid.forward;
export const identity = activations.identity.forward;

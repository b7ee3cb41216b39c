/**
 * Elementwise nonlinearities. Each backward takes the forward OUTPUT y, not the input: all three
 * derivatives can be written in terms of y (relu' = [y > 0], σ' = y(1 − y), tanh' = 1 − y²), so a
 * layer only has to keep its activations, and the three share one signature.
 */
import { checkUpstream, resultBuffer, type Matrix } from './matrix';

export type ActivationName = 'relu' | 'sigmoid' | 'tanh';

export interface Activation {
	readonly name: ActivationName;
	forward(x: Matrix, out?: Matrix): Matrix;
	backward(y: Matrix, dY: Matrix, out?: Matrix): Matrix;
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
	// σ(x) = 1 / (1 + e^(−x)) needs no "stable" variant in float64: for x ≪ 0, e^(−x) overflows to
	// Infinity and the quotient is 0, the right limit; for x ≫ 0 it is 1 / (1 + 0). No NaN either way.
	sigmoid: activation('sigmoid', (x) => 1 / (1 + Math.exp(-x)), (y, g) => g * y * (1 - y)),
	tanh: activation('tanh', Math.tanh, (y, g) => g * (1 - y * y)),
};

// The ones the site's examples call by name; the others are reached through `activations`.
export const { forward: relu, backward: reluBackward } = activations.relu;
export const { forward: tanh, backward: tanhBackward } = activations.tanh;

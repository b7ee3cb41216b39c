/**
 * tfjs as an independent oracle: a different implementation of the same operations, by other
 * people, computing in float32. Only tests import it; the core never does.
 */
import * as tf from '@tensorflow/tfjs';
import { createMatrix, type Matrix } from '../../../src/core/tensor/matrix';

export { tf };

/**
 * Chooses the plain JavaScript backend. Production mode silences its "install tfjs-node" banner
 * (the IS_TEST flag would too, but it also turns on leak checks that tfjs's own softmax
 * cross-entropy fails).
 */
export async function useCpuBackend(): Promise<void> {
	tf.enableProdMode();
	await tf.setBackend('cpu');
	await tf.ready();
}

/**
 * Rounds every entry to the nearest float32, in place. Both implementations then start from exactly
 * the same numbers, and any difference comes from the arithmetic alone.
 */
export function toFloat32Values<T extends Float64Array | Matrix>(x: T): T {
	const data = x instanceof Float64Array ? x : x.data;
	for (let k = 0; k < data.length; k++) data[k] = Math.fround(data[k]);
	return x;
}

/** tfjs takes float32 arrays, not float64 ones; the values were rounded already, so nothing changes. */
export function float32(data: Float64Array): Float32Array {
	return Float32Array.from(data);
}

export function tensor(m: Matrix): tf.Tensor2D {
	return tf.tensor2d(float32(m.data), [m.rows, m.cols]);
}

export function values(t: tf.Tensor): Float32Array {
	return t.dataSync() as Float32Array;
}

export function matrixOfTensor(t: tf.Tensor2D): Matrix {
	const [rows, cols] = t.shape;
	return createMatrix(rows, cols, values(t));
}

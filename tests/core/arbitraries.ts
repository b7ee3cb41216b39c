/** fast-check generators shared by the property tests: small random shapes with bounded entries. */
import fc from 'fast-check';
import { createMatrix, type Matrix } from '../../src/core/tensor/matrix';

/** Enough runs to meet many shapes, few enough to keep the suite fast. */
export const RUNS = { numRuns: 40 } as const;

export const size = (max = 4): fc.Arbitrary<number> => fc.integer({ min: 1, max });

export interface Range {
	min?: number;
	max?: number;
}

export function entries(length: number, { min = -2, max = 2 }: Range = {}): fc.Arbitrary<Float64Array> {
	return fc.float64Array({ min, max, noNaN: true, noDefaultInfinity: true, minLength: length, maxLength: length });
}

export function matrixOf(rows: number, cols: number, range?: Range): fc.Arbitrary<Matrix> {
	return entries(rows * cols, range).map((data) => createMatrix(rows, cols, data));
}

/** A matrix of random shape (up to maxSize × maxSize). */
export function anyMatrix(maxSize = 4, range?: Range): fc.Arbitrary<Matrix> {
	return fc.tuple(size(maxSize), size(maxSize)).chain(([r, c]) => matrixOf(r, c, range));
}

/** Whether every value is further from relu's kink at 0 than the finite-difference step reaches. */
export function awayFromZero(data: ArrayLike<number>, margin = 1e-3): boolean {
	for (let i = 0; i < data.length; i++) if (Math.abs(data[i]) < margin) return false;
	return true;
}

/**
 * Pushes every entry `margin` further from 0. fast-check favours 0 and tiny values, so filtering them
 * out would reject most matrices; moving them keeps every run useful.
 */
export function pushedFromZero(m: Matrix, margin = 0.01): Matrix {
	for (let k = 0; k < m.data.length; k++) m.data[k] += m.data[k] < 0 ? -margin : margin;
	return m;
}

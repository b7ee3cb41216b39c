import { describe, expect, test } from 'vitest';
import { ShapeError } from '../../../src/core/errors';
import { createRng } from '../../../src/core/random';
import {
	checkUpstream,
	cloneMatrix,
	createMatrix,
	fromRows,
	randomMatrix,
	resultBuffer,
	shapeOf,
	toRows,
	transpose,
} from '../../../src/core/tensor/matrix';

describe('construction', () => {
	test('fromRows lays the rows out one after another', () => {
		const m = fromRows([
			[1, 2, 3],
			[4, 5, 6],
		]);
		expect(shapeOf(m)).toEqual([2, 3]);
		expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(toRows(m)).toEqual([
			[1, 2, 3],
			[4, 5, 6],
		]);
	});

	test('createMatrix copies its data and defaults to zeros', () => {
		const source = [1, 2, 3, 4];
		const m = createMatrix(2, 2, source);
		source[0] = 99;
		expect(m.data[0]).toBe(1);
		expect(Array.from(createMatrix(1, 3).data)).toEqual([0, 0, 0]);
		expect(createMatrix(0, 5).data.length).toBe(0);
	});

	test('a clone does not share memory', () => {
		const m = fromRows([[1, 2]]);
		const c = cloneMatrix(m);
		c.data[0] = 5;
		expect(m.data[0]).toBe(1);
	});

	test('randomMatrix is reproducible from the seed', () => {
		const a = randomMatrix(3, 4, createRng(5));
		const b = randomMatrix(3, 4, createRng(5));
		expect(a.data).toEqual(b.data);
		expect(randomMatrix(3, 4, createRng(6)).data).not.toEqual(a.data);
	});

	test('transpose swaps rows and columns', () => {
		expect(toRows(transpose(fromRows([[1, 2, 3], [4, 5, 6]])))).toEqual([
			[1, 4],
			[2, 5],
			[3, 6],
		]);
	});
});

describe('shape errors', () => {
	test('a wrong amount of data', () => {
		expect(() => createMatrix(4, 2, [1, 2, 3, 4, 5, 6, 7])).toThrow('Data length ≠ rows × columns: shape (4×2), length 7.');
	});

	test('ragged rows', () => {
		expect(() => fromRows([[1, 2], [3, 4], [5, 6, 7]])).toThrow(
			'Rows differ in length: row 2, length 3, expected 2.',
		);
	});

	test('negative or fractional sizes', () => {
		expect(() => createMatrix(-1, 2)).toThrow(ShapeError);
		expect(() => createMatrix(1.5, 2)).toThrow('Sizes must be whole numbers ≥ 0: shape (1.5×2).');
	});

	test('an output buffer of the wrong shape is rejected, not resized', () => {
		expect(() => resultBuffer('relu', 2, 3, createMatrix(3, 2))).toThrow(
			'Buffer shape ≠ result shape: op relu, result (2×3), buffer (3×2).',
		);
		const out = createMatrix(2, 3);
		expect(resultBuffer('relu', 2, 3, out)).toBe(out);
	});

	test('an upstream gradient must match the output', () => {
		expect(() => checkUpstream('tanh', 2, 3, createMatrix(2, 2))).toThrow(
			'Gradient shape ≠ output shape: op tanh, output (2×3), upstream (2×2).',
		);
	});
});

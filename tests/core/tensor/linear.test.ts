import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ShapeError } from '../../../src/core/errors';
import { addBias, biasGrad, matmul, matmulGradA, matmulGradB } from '../../../src/core/tensor/linear';
import { createMatrix, fromRows, toRows } from '../../../src/core/tensor/matrix';
import { RUNS, entries, matrixOf, size } from '../arbitraries';
import { FLOAT64, expectClose } from '../asserts';
import { expectBackwardMatches, randomUpstream } from '../finite-difference';

describe('matmul', () => {
	test('a worked example', () => {
		const a = fromRows([
			[1, 2],
			[3, 4],
			[5, 6],
		]);
		const b = fromRows([
			[1, 0, -1],
			[2, 1, 0],
		]);
		expect(toRows(matmul(a, b))).toEqual([
			[5, 2, -1],
			[11, 4, -3],
			[17, 6, -5],
		]);
	});

	test('writes into a given buffer and overwrites what was there', () => {
		const out = createMatrix(1, 1, [123]);
		expect(matmul(fromRows([[2, 3]]), fromRows([[4], [5]]), out)).toBe(out);
		expect(out.data[0]).toBe(23);
	});

	test('the error names both shapes and the rule', () => {
		const call = () => matmul(createMatrix(4, 2), createMatrix(3, 16));
		expect(call).toThrow(ShapeError);
		expect(call).toThrow(
			'Columns of left ≠ rows of right: left (4×2), right (3×16).',
		);
	});

	test('backward rejects an upstream gradient of the wrong shape', () => {
		// ∂L/∂A = ∂L/∂C·Bᵀ: a (4×2) ∂L/∂C cannot belong to a product with a (2×3) B.
		expect(() => matmulGradA(createMatrix(4, 2), createMatrix(2, 3))).toThrow('Gradient shape ≠ output shape: op matmul, output (4×3), upstream (4×2).');
		expect(() => matmulGradB(createMatrix(4, 2), createMatrix(3, 3))).toThrow('Gradient shape ≠ output shape: op matmul, output (4×3), upstream (3×3).');
	});

	test('gradients match central differences for random shapes', () => {
		const cases = fc.tuple(size(), size(), size()).chain(([n, k, m]) => fc.tuple(matrixOf(n, k), matrixOf(k, m), fc.integer()));
		fc.assert(
			fc.property(cases, ([a, b, seed]) => {
				const g = randomUpstream(a.rows * b.cols, seed);
				const dC = createMatrix(a.rows, b.cols, g);
				const dA = matmulGradA(dC, b);
				const dB = matmulGradB(a, dC);
				expectBackwardMatches(() => matmul(a, b).data, g, { A: a.data, B: b.data }, { A: dA.data, B: dB.data });
			}),
			RUNS,
		);
	});

	test('the gradient formulas agree with explicit transposes', () => {
		const a = fromRows([[1, 2], [3, 4], [5, 6]]);
		const b = fromRows([[1, -1, 2], [0, 3, 1]]);
		const dC = fromRows([[1, 0, 2], [0, 1, 0], [-1, 1, 1]]);
		const dA = matmulGradA(dC, b);
		const dB = matmulGradB(a, dC);
		const bT = fromRows([[1, 0], [-1, 3], [2, 1]]);
		const aT = fromRows([[1, 3, 5], [2, 4, 6]]);
		expectClose(dA.data, matmul(dC, bT).data, FLOAT64, 'dA = dC·Bᵀ');
		expectClose(dB.data, matmul(aT, dC).data, FLOAT64, 'dB = Aᵀ·dC');
	});
});

describe('bias add', () => {
	test('adds the same bias to every row', () => {
		const y = addBias(fromRows([[1, 2], [3, 4], [5, 6]]), Float64Array.from([10, 20]));
		expect(toRows(y)).toEqual([
			[11, 22],
			[13, 24],
			[15, 26],
		]);
	});

	test('the error explains the bias needs one entry per column', () => {
		expect(() => addBias(createMatrix(4, 16), new Float64Array(3))).toThrow(
			'Bias length ≠ matrix columns: matrix (4×16), bias (3).',
		);
	});

	test('the bias gradient is the column sum of the upstream gradient', () => {
		expect(Array.from(biasGrad(fromRows([[1, 2], [3, 4], [5, 6]])))).toEqual([9, 12]);
	});

	test('gradients match central differences for random shapes', () => {
		const cases = fc.tuple(size(), size()).chain(([n, m]) => fc.tuple(matrixOf(n, m), entries(m), fc.integer()));
		fc.assert(
			fc.property(cases, ([x, bias, seed]) => {
				const g = randomUpstream(x.rows * x.cols, seed);
				// ∂L/∂X is the upstream gradient itself (X enters with coefficient 1); ∂L/∂b its column sums.
				const db = biasGrad(createMatrix(x.rows, x.cols, g));
				expectBackwardMatches(() => addBias(x, bias).data, g, { X: x.data, b: bias }, { X: g, b: db });
			}),
			RUNS,
		);
	});
});

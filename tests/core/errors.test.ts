import { describe, expect, test } from 'vitest';
import { ShapeError } from '../../src/core/errors';
import { formatShape } from '../../src/core/shape-notation';
import { thrown } from './asserts';
import { SAMPLES } from './error-samples';

test('shapes are written the way the site writes them', () => {
	expect(formatShape([4, 2])).toBe('(4×2)');
	expect(formatShape([16])).toBe('(16)');
});

test('an error carries its code and details besides its English summary', () => {
	const e = thrown(() => {
		throw new ShapeError({ code: 'matmul-inner', left: [4, 2], right: [3, 16] });
	}, ShapeError);
	expect(e.name).toBe('ShapeError');
	expect(e).toBeInstanceOf(Error);
	expect(e.code).toBe('matmul-inner');
	expect(e.details).toEqual({ code: 'matmul-inner', left: [4, 2], right: [3, 16] });
	// Which shapes, and why they do not fit: the product requirement for every shape error.
	expect(e.message).toBe('Columns of left ≠ rows of right: left (4×2), right (3×16).');
});

describe('every code has a summary that names its facts', () => {
	test.each(SAMPLES.map((s, i) => [`${i}: ${s.code}`, s] as const))('%s', (_code, details) => {
		const message = new ShapeError(details).message;
		expect(message).toMatch(/^[A-Z][^:]+: .*\.$/);
		// Every fact, by name, after the reason: shapes written the site's way, numbers as they are.
		for (const [name, value] of Object.entries(details)) {
			if (name !== 'code') expect(message).toContain(`${name} ${Array.isArray(value) ? formatShape(value) : value}`);
		}
	});

	test('the full summaries', () => {
		expect(SAMPLES.map((s) => new ShapeError(s).message)).toMatchInlineSnapshot(`
			[
			  "Columns of left ≠ rows of right: left (4×2), right (3×16).",
			  "Bias length ≠ matrix columns: matrix (4×16), bias (3).",
			  "Gradient shape ≠ output shape: op relu, output (4×2), upstream (4×3).",
			  "Target shape ≠ prediction shape: prediction (4×3), target (4×2).",
			  "Buffer shape ≠ result shape: op matmul, result (4×16), buffer (4×15).",
			  "Data length ≠ rows × columns: shape (4×2), length 7.",
			  "Rows differ in length: row 2, length 3, expected 2.",
			  "Sizes must be whole numbers ≥ 0: shape (-1×2).",
			  "Mean of an empty batch: op mse, shape (0×3).",
			  "Need one label per row: logits (4×10), labels 3.",
			  "Label is not a class index: row 2, label 12, classes 10.",
			  "Kernel exceeds padded input: input (5×5), kernel (7×7), padding 0.",
			  "Stride must be a whole number ≥ 1: stride 0.",
			  "Padding must be a whole number ≥ 0: padding -1.",
			  "Need 2 or more layer sizes, each a whole number ≥ 1: sizes (3).",
			  "Batch columns ≠ network inputs: expected 2, batch (4×3).",
			  "Target must be a matrix for mse, labels for softmax-cross-entropy: loss mse, examples 4.",
			  "Target must be a matrix for mse, labels for softmax-cross-entropy: loss softmax-cross-entropy, examples 4.",
			  "Need one gradient array per parameter array: params 4, grads 3.",
			  "Gradient length ≠ parameter length: param 1, length 2, gradLength 3.",
			]
		`);
	});
});

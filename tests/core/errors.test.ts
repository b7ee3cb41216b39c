import { describe, expect, test } from 'vitest';
import { ShapeError, formatShape } from '../../src/core/errors';
import { SAMPLES } from './error-samples';

function thrown(f: () => unknown): ShapeError {
	try {
		f();
	} catch (e) {
		if (e instanceof ShapeError) return e;
		throw e;
	}
	throw new Error('expected a ShapeError');
}

test('shapes are written the way the site writes them', () => {
	expect(formatShape([4, 2])).toBe('(4×2)');
	expect(formatShape([16])).toBe('(16)');
});

test('an error carries its code and details besides its English summary', () => {
	const e = thrown(() => {
		throw new ShapeError({ code: 'matmul-inner', left: [4, 2], right: [3, 16] });
	});
	expect(e.name).toBe('ShapeError');
	expect(e).toBeInstanceOf(Error);
	expect(e.code).toBe('matmul-inner');
	expect(e.details).toEqual({ code: 'matmul-inner', left: [4, 2], right: [3, 16] });
	// Which shapes, and why they do not fit: the product requirement for every shape error.
	expect(e.message).toBe('Cannot multiply (4×2)·(3×16): 2 columns ≠ 3 rows.');
});

describe('every code has a summary that names its facts', () => {
	test.each(SAMPLES.map((s, i) => [`${i}: ${s.code}`, s] as const))('%s', (_code, details) => {
		const message = new ShapeError(details).message;
		expect(message).toMatch(/^[A-Z].*\.$/);
		expect(message).not.toMatch(/[{}]/);
		for (const value of Object.values(details)) {
			if (Array.isArray(value) && value.length > 1) expect(message).toContain(formatShape(value));
			if (typeof value === 'number') expect(message).toContain(String(value));
		}
	});

	test('the full summaries', () => {
		expect(SAMPLES.map((s) => new ShapeError(s).message)).toMatchInlineSnapshot(`
			[
			  "Cannot multiply (4×2)·(3×16): 2 columns ≠ 3 rows.",
			  "Bias (3) ≠ 16 columns of (4×16).",
			  "Gradient (4×3) ≠ output (4×2) of relu.",
			  "Prediction (4×3) ≠ target (4×2).",
			  "Buffer (4×15) ≠ result (4×16) of matmul.",
			  "Matrix (4×2) ≠ 7 numbers given.",
			  "Row 2 has 3 numbers ≠ 2 in row 0.",
			  "Shape (-1×2): sizes must be whole numbers ≥ 0.",
			  "Batch (0×3) of mse is empty: a mean needs numbers.",
			  "Got 3 labels ≠ rows of logits (4×10).",
			  "Label 12 in row 2: must be a whole number < 10.",
			  "Kernel (7×7) > input (5×5) padded by 0.",
			  "Stride 0: must be a whole number ≥ 1.",
			  "Padding -1: must be a whole number ≥ 0.",
			  "Layer sizes (3): need 2 or more, each a whole number ≥ 1.",
			  "Batch (4×3) has 3 columns ≠ 2 inputs.",
			  "Wrong target for mse on 4 examples: mse takes a matrix, softmax-cross-entropy labels.",
			  "Wrong target for softmax-cross-entropy on 4 examples: mse takes a matrix, softmax-cross-entropy labels.",
			]
		`);
	});
});

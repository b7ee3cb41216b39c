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

test('an error carries its code, details and shapes besides its English summary', () => {
	const e = thrown(() => {
		throw new ShapeError({ code: 'matmul-inner', left: [4, 2], right: [3, 16] });
	});
	expect(e.name).toBe('ShapeError');
	expect(e).toBeInstanceOf(Error);
	expect(e.code).toBe('matmul-inner');
	expect(e.details).toEqual({ code: 'matmul-inner', left: [4, 2], right: [3, 16] });
	expect(e.shapes).toEqual([
		[4, 2],
		[3, 16],
	]);
	// Which shapes, and why they do not fit: the product requirement for every shape error.
	expect(e.message).toBe('Cannot multiply (4×2)·(3×16): the first has 2 columns, the second 3 rows; they must be equal.');
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
			  "Cannot multiply (4×2)·(3×16): the first has 2 columns, the second 3 rows; they must be equal.",
			  "Cannot add a bias (3) to each row of a (4×16) matrix: it needs 16 entries, one per column.",
			  "The gradient given to relu is (4×3) but its output is (4×2): a gradient has the shape of its value.",
			  "Cannot compare a (4×3) prediction with a (4×2) target: the shapes must be equal.",
			  "The buffer given to matmul is (4×15) but the result is (4×16): the shapes must be equal.",
			  "A (4×2) matrix holds rows × columns numbers, but 7 were given.",
			  "Row 2 has 3 numbers but row 0 has 2: all rows must have the same length.",
			  "The shape (-1×2) is not valid: every size must be a whole number, zero or more.",
			  "Cannot compute mse of a (0×3) batch: the mean of nothing is undefined.",
			  "Got 3 labels for (4×10) logits: each row needs one class label.",
			  "The label 12 in row 2 is not a class index: it must be a whole number below 10.",
			  "A (7×7) kernel does not fit a (5×5) input padded by 0 on each side.",
			  "The stride must be a whole number of at least 1, but it is 0.",
			  "The padding must be a whole number, zero or more, but it is -1.",
			  "A network needs at least two layer sizes, each a whole number of at least 1, but got (3).",
			  "The network takes 2 inputs per example, but the batch (4×3) has 3 columns.",
			  "The mse loss got the wrong kind of target for its 4 examples: mse takes a matrix, softmax-cross-entropy class labels.",
			  "The softmax-cross-entropy loss got the wrong kind of target for its 4 examples: mse takes a matrix, softmax-cross-entropy class labels.",
			]
		`);
	});
});

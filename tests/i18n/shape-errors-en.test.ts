import { describe, expect, test } from 'vitest';
import { type MessageTable, type ShapeErrorDetails } from '../../src/core/errors';
import { formatShape } from '../../src/core/shape-notation';
import { describeShapeError, englishMessages } from '../../src/i18n/shape-errors-en';
import { SAMPLES } from '../core/error-samples';

test('singular and plural are chosen from the numbers', () => {
	expect(describeShapeError({ code: 'matmul-inner', left: [1, 1], right: [2, 1] }, englishMessages)).toContain('has 1 column but the second has 2 rows');
	expect(describeShapeError({ code: 'label-count', logits: [4, 3], labels: 1 }, englishMessages)).toBe(
		'Got 1 label for (4×3) logits: each of the 4 rows needs exactly one class label.',
	);
});

describe('the English explanations', () => {
	test('the samples cover every code of the table', () => {
		expect(new Set(SAMPLES.map((s) => s.code))).toEqual(new Set(Object.keys(englishMessages)));
	});

	test.each(SAMPLES.map((s, i) => [`${i}: ${s.code}`, s] as const))('%s names its facts', (_code, details) => {
		const text = describeShapeError(details, englishMessages);
		expect(text).toMatch(/^[A-Z].*\.$/);
		for (const value of Object.values(details)) {
			if (Array.isArray(value) && value.length > 1) expect(text).toContain(formatShape(value));
			if (typeof value === 'number') expect(text).toContain(String(value));
		}
	});

	test('the full texts', () => {
		const texts = SAMPLES.map((s) => describeShapeError(s, englishMessages));
		expect(texts).toMatchInlineSnapshot(`
			[
			  "Cannot multiply (4×2)·(3×16): the first matrix has 2 columns but the second has 3 rows; the number of columns of the first must equal the number of rows of the second.",
			  "Cannot add a bias of shape (3) to a (4×16) matrix: the bias is added to every row, so it needs one entry per column, 16, but it has 3.",
			  "The upstream gradient given to relu has shape (4×3), but the output of relu has shape (4×2): a gradient holds one derivative per entry, so it must have exactly the shape of the value it belongs to.",
			  "Cannot compare a (4×3) prediction with a (4×2) target: each prediction is compared with the target in the same place, so both must have the same shape.",
			  "The buffer given to hold the result of matmul has shape (4×15), but the result has shape (4×16): a result is written in place, so its buffer must have exactly its shape.",
			  "A (4×2) matrix holds 8 numbers, but 7 were given.",
			  "Row 2 has 3 numbers but row 0 has 2: every row of a matrix must have the same length.",
			  "The shape (-1×2) is not valid: every size must be a whole number, zero or more.",
			  "Cannot compute mse of a (0×3) batch: it has no entries, and the mean of nothing is undefined.",
			  "Got 3 labels for (4×10) logits: each of the 4 rows needs exactly one class label.",
			  "The label 12 in row 2 is not a class index: with 10 classes a label must be a whole number from 0 to 9.",
			  "Cannot slide a (7×7) kernel over a (5×5) input padded by 0 on each side: the kernel does not fit anywhere inside the padded input (5×5), so there is no position to compute.",
			  "The stride must be a whole number of at least 1 (how far the kernel moves each step), but it is 0.",
			  "The padding must be a whole number, zero or more (how many zeros are added on each side), but it is -1.",
			  "A network needs at least two layer sizes (inputs and outputs), each a whole number of at least 1, but got [3].",
			  "The network takes 2 inputs per example, but the batch (4×3) has 3 columns: each row is one example, with one column per input.",
			  "The mean squared error compares outputs with target values, so it needs a target matrix shaped like the output, one row for each of the 4 examples, not a list of class labels.",
			  "Softmax cross-entropy scores the probability of the correct class, so it needs class labels, one whole number for each of the 4 examples, not a target matrix.",
			  "An optimizer got 4 parameter arrays and 3 gradient arrays: each parameter needs its gradient, in the same order.",
			  "Parameter array 1 has 2 entries, but its gradient has 3: a gradient holds one derivative per parameter.",
			]
		`);
	});
});

test('another language plugs in as a table of the same type', () => {
	const shout: MessageTable = Object.fromEntries(
		Object.entries(englishMessages).map(([code, render]) => [code, (d: ShapeErrorDetails) => (render as (d: ShapeErrorDetails) => string)(d).toUpperCase()]),
	) as unknown as MessageTable;
	expect(describeShapeError({ code: 'invalid-stride', stride: 0 }, shout)).toMatch(/^THE STRIDE MUST BE/);
});

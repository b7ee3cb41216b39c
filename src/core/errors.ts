/**
 * Every error the core can raise about shapes.
 *
 * An error carries a machine-readable `code` and the numbers behind it (`details`), so the interface can
 * explain it at length in the reader's language from the same facts (src/i18n/shape-errors*.ts);
 * `message` is a one-line English summary, for the console and for tests. The long texts live outside
 * the core so that a page running the core does not download them.
 */

/** Sizes of a matrix `[rows, cols]`, of a vector `[length]`, or any list of sizes. */
export type Shape = readonly number[];

/** The facts behind each kind of error, one variant per code. */
export type ShapeErrorDetails =
	| { code: 'matmul-inner'; left: Shape; right: Shape }
	| { code: 'bias-length'; matrix: Shape; bias: Shape }
	| { code: 'upstream-shape'; op: string; output: Shape; upstream: Shape }
	| { code: 'target-shape'; prediction: Shape; target: Shape }
	| { code: 'output-shape'; op: string; result: Shape; output: Shape }
	| { code: 'data-length'; shape: Shape; length: number }
	| { code: 'ragged-rows'; row: number; length: number; expected: number }
	| { code: 'invalid-dimension'; shape: Shape }
	| { code: 'empty-batch'; op: string; shape: Shape }
	| { code: 'label-count'; logits: Shape; labels: number }
	| { code: 'label-range'; row: number; label: number; classes: number }
	| { code: 'kernel-too-large'; input: Shape; kernel: Shape; padding: number }
	| { code: 'invalid-stride'; stride: number }
	| { code: 'invalid-padding'; padding: number }
	| { code: 'layer-sizes'; sizes: Shape }
	| { code: 'input-width'; expected: number; batch: Shape }
	| { code: 'target-kind'; loss: 'softmax-cross-entropy' | 'mse'; examples: number };

export type ShapeErrorCode = ShapeErrorDetails['code'];

/** The details of one particular code. */
export type DetailsOf<C extends ShapeErrorCode> = Extract<ShapeErrorDetails, { code: C }>;

/**
 * A complete set of texts, one function per code: the interface's English and Russian tables are typed
 * as `MessageTable`, so the compiler reports any code they forget.
 */
export type MessageTable = { readonly [C in ShapeErrorCode]: (details: DetailsOf<C>) => string };

/** `[4, 2]` → `(4×2)`, `[16]` → `(16)`: the notation the site uses in its formulas. */
export function formatShape(shape: Shape): string {
	return `(${shape.join('×')})`;
}

/**
 * The summaries, as templates rather than functions, which keeps them small: `{left}` is a field of
 * the details (a shape is written `(4×2)`), `{left.1}` one entry of a shape. Terse, and worded alike
 * where they can be ("≠" for "does not fit", "a whole number ≥"), because the core ships with every
 * widget and gzip shrinks repeats; each still names the shapes and says why, and
 * tests/core/errors.test.ts checks that every number of the details appears. The explanations a
 * reader sees are in src/i18n/shape-errors*.ts.
 */
const SUMMARIES: { readonly [C in ShapeErrorCode]: string } = {
	'matmul-inner': 'Cannot multiply {left}·{right}: {left.1} columns ≠ {right.0} rows.',
	'bias-length': 'Bias {bias} ≠ {matrix.1} columns of {matrix}.',
	'upstream-shape': 'Gradient {upstream} ≠ output {output} of {op}.',
	'target-shape': 'Prediction {prediction} ≠ target {target}.',
	'output-shape': 'Buffer {output} ≠ result {result} of {op}.',
	'data-length': 'Matrix {shape} ≠ {length} numbers given.',
	'ragged-rows': 'Row {row} has {length} numbers ≠ {expected} in row 0.',
	'invalid-dimension': 'Shape {shape}: sizes must be whole numbers ≥ 0.',
	'empty-batch': 'Batch {shape} of {op} is empty: a mean needs numbers.',
	'label-count': 'Got {labels} labels ≠ rows of logits {logits}.',
	'label-range': 'Label {label} in row {row}: must be a whole number < {classes}.',
	'kernel-too-large': 'Kernel {kernel} > input {input} padded by {padding}.',
	'invalid-stride': 'Stride {stride}: must be a whole number ≥ 1.',
	'invalid-padding': 'Padding {padding}: must be a whole number ≥ 0.',
	'layer-sizes': 'Layer sizes {sizes}: need 2 or more, each a whole number ≥ 1.',
	'input-width': 'Batch {batch} has {batch.1} columns ≠ {expected} inputs.',
	'target-kind': 'Wrong target for {loss} on {examples} examples: mse takes a matrix, softmax-cross-entropy labels.',
};

export class ShapeError extends Error {
	readonly code: ShapeErrorCode;
	readonly details: ShapeErrorDetails;

	constructor(details: ShapeErrorDetails) {
		const facts = details as unknown as Record<string, Shape | number | string>;
		super(
			SUMMARIES[details.code].replace(/\{(\w+)\.?(\d)?\}/g, (_, key: string, index?: string) => {
				const fact = facts[key];
				return String(index ? (fact as Shape)[+index] : Array.isArray(fact) ? formatShape(fact) : fact);
			}),
		);
		this.name = 'ShapeError';
		this.code = details.code;
		this.details = details;
	}
}

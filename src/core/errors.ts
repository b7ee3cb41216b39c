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
 * the details (a shape is written `(4×2)`), `{left.1}` one entry of a shape. Each still says which
 * shapes and why; tests/core/errors.test.ts checks that every number of the details appears.
 */
const SUMMARIES: { readonly [C in ShapeErrorCode]: string } = {
	'matmul-inner': 'Cannot multiply {left}·{right}: the first has {left.1} columns, the second {right.0} rows; they must be equal.',
	'bias-length': 'Cannot add a bias {bias} to each row of a {matrix} matrix: it needs {matrix.1} entries, one per column.',
	'upstream-shape': 'The gradient given to {op} is {upstream} but its output is {output}: a gradient has the shape of its value.',
	'target-shape': 'Cannot compare a {prediction} prediction with a {target} target: the shapes must be equal.',
	'output-shape': 'The buffer given to {op} is {output} but the result is {result}: the shapes must be equal.',
	'data-length': 'A {shape} matrix holds rows × columns numbers, but {length} were given.',
	'ragged-rows': 'Row {row} has {length} numbers but row 0 has {expected}: all rows must have the same length.',
	'invalid-dimension': 'The shape {shape} is not valid: every size must be a whole number, zero or more.',
	'empty-batch': 'Cannot compute {op} of a {shape} batch: the mean of nothing is undefined.',
	'label-count': 'Got {labels} labels for {logits} logits: each row needs one class label.',
	'label-range': 'The label {label} in row {row} is not a class index: it must be a whole number below {classes}.',
	'kernel-too-large': 'A {kernel} kernel does not fit a {input} input padded by {padding} on each side.',
	'invalid-stride': 'The stride must be a whole number of at least 1, but it is {stride}.',
	'invalid-padding': 'The padding must be a whole number, zero or more, but it is {padding}.',
	'layer-sizes': 'A network needs at least two layer sizes, each a whole number of at least 1, but got {sizes}.',
	'input-width': 'The network takes {expected} inputs per example, but the batch {batch} has {batch.1} columns.',
	'target-kind': 'The {loss} loss got the wrong kind of target for its {examples} examples: mse takes a matrix, softmax-cross-entropy class labels.',
};

export class ShapeError extends Error {
	readonly code: ShapeErrorCode;
	readonly details: ShapeErrorDetails;
	/** Every shape named by the error, in the order the message mentions them. */
	readonly shapes: readonly Shape[];

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
		this.shapes = Object.values(details).filter((v): v is Shape => Array.isArray(v));
	}
}

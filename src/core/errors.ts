/**
 * Every error the core can raise about shapes.
 *
 * An error carries a machine-readable `code` and the numbers behind it (`details`), so the interface can
 * explain it at length in the reader's language from the same facts (src/i18n/shape-errors*.ts);
 * `message` is a one-line English summary, for the console and for tests: the reason, then the facts.
 * The long texts live outside the core so that a page running the core does not download them.
 */
import { formatShape } from './shape-notation';

/** Sizes of a matrix `[rows, cols]`, of a vector `[length]`, or any list of sizes. */
export type Shape = readonly number[];

/** The facts behind each kind of error, one variant per code. */
export type ShapeErrorDetails =
	| { code: 'matmul-inner'; left: Shape; right: Shape }
	| { code: 'bias-length'; matrix: Shape; bias: Shape }
	| { code: 'upstream-shape'; op: string; output: Shape; upstream: Shape }
	| { code: 'target-shape'; prediction: Shape; target: Shape }
	| { code: 'output-shape'; op: string; result: Shape; buffer: Shape }
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
	| { code: 'target-kind'; loss: 'softmax-cross-entropy' | 'mse'; examples: number }
	| { code: 'gradient-count'; params: number; grads: number }
	| { code: 'gradient-length'; param: number; length: number; gradLength: number };

export type ShapeErrorCode = ShapeErrorDetails['code'];

/** The details of one particular code. */
export type DetailsOf<C extends ShapeErrorCode> = Extract<ShapeErrorDetails, { code: C }>;

/**
 * A complete set of texts, one function per code: the interface's English and Russian tables are typed
 * as `MessageTable`, so the compiler reports any code they forget.
 */
export type MessageTable = { readonly [C in ShapeErrorCode]: (details: DetailsOf<C>) => string };


/**
 * Why each error happens, in a few words. The message adds every fact of the details after it, by
 * name (`Columns of left ≠ rows of right: left (4×2), right (3×16).`), so a summary cannot leave out
 * a shape or a number, and the core carries no sentence per code: the explanations a reader sees are
 * in src/i18n/shape-errors*.ts, written from the same details.
 */
const REASONS: { readonly [C in ShapeErrorCode]: string } = {
	'matmul-inner': 'Columns of left ≠ rows of right',
	'bias-length': 'Bias length ≠ matrix columns',
	'upstream-shape': 'Gradient shape ≠ output shape',
	'target-shape': 'Target shape ≠ prediction shape',
	'output-shape': 'Buffer shape ≠ result shape',
	'data-length': 'Data length ≠ rows × columns',
	'ragged-rows': 'Rows differ in length',
	'invalid-dimension': 'Sizes must be whole numbers ≥ 0',
	'empty-batch': 'Mean of an empty batch',
	'label-count': 'Need one label per row',
	'label-range': 'Label is not a class index',
	'kernel-too-large': 'Kernel exceeds padded input',
	'invalid-stride': 'Stride must be a whole number ≥ 1',
	'invalid-padding': 'Padding must be a whole number ≥ 0',
	'layer-sizes': 'Need 2 or more layer sizes, each a whole number ≥ 1',
	'input-width': 'Batch columns ≠ network inputs',
	'target-kind': 'Target must be a matrix for mse, labels for softmax-cross-entropy',
	'gradient-count': 'Need one gradient array per parameter array',
	'gradient-length': 'Gradient length ≠ parameter length',
};

/**
 * An error with a machine-readable code and the facts behind it. Its message is one line of English:
 * the reason, then every fact by name, shapes in the site's notation (`Columns of left ≠ rows of
 * right: left (4×2), right (3×16).`), so a message cannot leave out a value. The core's ShapeError and
 * the errors of the layers built on it (src/probability) are all of this one kind.
 */
export class CodedError<D extends { readonly code: string }> extends Error {
	readonly code: D['code'];
	readonly details: D;

	constructor(name: string, reason: string, details: D) {
		const { code, ...facts } = details;
		super(`${reason}: ${Object.entries(facts).map(([fact, v]) => `${fact} ${Array.isArray(v) ? formatShape(v) : v}`).join(', ')}.`);
		this.name = name;
		this.code = code;
		this.details = details;
	}
}

export class ShapeError extends CodedError<ShapeErrorDetails> {
	constructor(details: ShapeErrorDetails) {
		super('ShapeError', REASONS[details.code], details);
	}
}

/**
 * The core's shape errors explained in English, at the length a reader needs: the core itself only
 * carries one-line summaries (src/core/errors.ts), so that a page running it does not download these.
 * The Russian table (shape-errors.ts) has the same type, so the compiler reports any code left out.
 */
import { type MessageTable, type ShapeErrorDetails } from '../core/errors';
import { formatShape } from '../core/shape-notation';
import { plural } from './plural';


/**
 * Exported on its own because it is the one error the shape explorer can meet (its inputs are checked
 * before they reach matmul): the widget bundles this text rather than the whole table.
 */
export const explainMatmulInner: MessageTable['matmul-inner'] = ({ left, right }) =>
	`Cannot multiply ${formatShape(left)}·${formatShape(right)}: the first matrix has ${left[1]} ${plural(left[1], 'column', 'columns')} ` +
	`but the second has ${right[0]} ${plural(right[0], 'row', 'rows')}; the number of columns of the first must equal the number of rows of the second.`;

export const englishMessages: MessageTable = {
	'matmul-inner': explainMatmulInner,
	'bias-length': ({ matrix, bias }) =>
		`Cannot add a bias of shape ${formatShape(bias)} to a ${formatShape(matrix)} matrix: the bias is added to every row, ` +
		`so it needs one entry per column, ${matrix[1]}, but it has ${bias[0]}.`,
	'upstream-shape': ({ op, output, upstream }) =>
		`The upstream gradient given to ${op} has shape ${formatShape(upstream)}, but the output of ${op} has shape ${formatShape(output)}: ` +
		`a gradient holds one derivative per entry, so it must have exactly the shape of the value it belongs to.`,
	'target-shape': ({ prediction, target }) =>
		`Cannot compare a ${formatShape(prediction)} prediction with a ${formatShape(target)} target: ` +
		`each prediction is compared with the target in the same place, so both must have the same shape.`,
	'output-shape': ({ op, result, buffer }) =>
		`The buffer given to hold the result of ${op} has shape ${formatShape(buffer)}, but the result has shape ${formatShape(result)}: ` +
		`a result is written in place, so its buffer must have exactly its shape.`,
	'data-length': ({ shape, length }) =>
		`A ${formatShape(shape)} matrix holds ${shape.reduce((a, b) => a * b, 1)} numbers, but ${length} were given.`,
	'ragged-rows': ({ row, length, expected }) =>
		`Row ${row} has ${length} ${plural(length, 'number', 'numbers')} but row 0 has ${expected}: every row of a matrix must have the same length.`,
	'invalid-dimension': ({ shape }) =>
		`The shape ${formatShape(shape)} is not valid: every size must be a whole number, zero or more.`,
	'empty-batch': ({ op, shape }) =>
		`Cannot compute ${op} of a ${formatShape(shape)} batch: it has no entries, and the mean of nothing is undefined.`,
	'label-count': ({ logits, labels }) =>
		`Got ${labels} ${plural(labels, 'label', 'labels')} for ${formatShape(logits)} logits: each of the ${logits[0]} rows needs exactly one class label.`,
	'label-range': ({ row, label, classes }) =>
		`The label ${label} in row ${row} is not a class index: with ${classes} ${plural(classes, 'class', 'classes')} a label must be a whole number from 0 to ${classes - 1}.`,
	'kernel-too-large': ({ input, kernel, padding }) =>
		`Cannot slide a ${formatShape(kernel)} kernel over a ${formatShape(input)} input padded by ${padding} on each side: ` +
		`the kernel does not fit anywhere inside the padded input ${formatShape(input.map((n) => n + 2 * padding))}, so there is no position to compute.`,
	'invalid-stride': ({ stride }) =>
		`The stride must be a whole number of at least 1 (how far the kernel moves each step), but it is ${stride}.`,
	'invalid-padding': ({ padding }) =>
		`The padding must be a whole number, zero or more (how many zeros are added on each side), but it is ${padding}.`,
	'layer-sizes': ({ sizes }) =>
		`A network needs at least two layer sizes (inputs and outputs), each a whole number of at least 1, but got [${sizes.join(', ')}].`,
	'input-width': ({ expected, batch }) =>
		`The network takes ${expected} ${plural(expected, 'input', 'inputs')} per example, but the batch ${formatShape(batch)} has ${batch[1]} ${plural(batch[1], 'column', 'columns')}: ` +
		`each row is one example, with one column per input.`,
	'target-kind': ({ loss, examples }) =>
		loss === 'mse'
			? `The mean squared error compares outputs with target values, so it needs a target matrix shaped like the output, one row for each of the ${examples} examples, not a list of class labels.`
			: `Softmax cross-entropy scores the probability of the correct class, so it needs class labels, one whole number for each of the ${examples} examples, not a target matrix.`,
	'gradient-count': ({ params, grads }) =>
		`An optimizer got ${params} ${plural(params, 'parameter array', 'parameter arrays')} and ${grads} ${plural(grads, 'gradient array', 'gradient arrays')}: each parameter needs its gradient, in the same order.`,
	'gradient-length': ({ param, length, gradLength }) =>
		`Parameter array ${param} has ${length} ${plural(length, 'entry', 'entries')}, but its gradient has ${gradLength}: a gradient holds one derivative per parameter.`,
};

/**
 * Renders any details with a table of any language. The table is not optional, so that a widget
 * importing this function does not bundle the English table as a default it never uses.
 */
export function describeShapeError(details: ShapeErrorDetails, table: MessageTable): string {
	const render = table[details.code] as (d: ShapeErrorDetails) => string;
	return render(details);
}

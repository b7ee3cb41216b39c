/**
 * What each known error means, in English, written from the reader's own numbers (the facts that
 * src/errors/catalogue.ts reads out of the message). The page script loads the table of its page's
 * language only; the static sections of /en/errors/ use it with each error's example.
 */
import type { FactTable } from '../catalogue';
import { numel } from '../read';
import { plural } from '../../i18n/plural';
import { perExample, shapeText as sh } from './shape-text';

const count = (n: number, one: string, other: string) => `${n} ${plural(n, one, other)}`;

/**
 * The product shape rule with the reader's matrices, in the words of the core's English explanation
 * of its matmul error (src/i18n/shape-errors-en.ts, explainMatmulInner). Not imported: the shapes
 * widget bundles that function into its own chunk, and sharing it with this table would split it into
 * a file of its own on every page with the widget, past the widget budget.
 */
const product = ([a, b]: readonly number[], [c, d]: readonly number[]) =>
	`Cannot multiply (${a}×${b})·(${c}×${d}): the first matrix has ${count(b!, 'column', 'columns')} but the second has ${count(c!, 'row', 'rows')}; the number of columns of the first must equal the number of rows of the second. Each entry of the result is the dot product of a row of the first matrix (length ${b}) with a column of the second (length ${c}).`;

/** Why a broadcast failed, axis by axis. */
function broadcast(f: { left: readonly (number | null)[]; right: readonly (number | null)[]; sizes?: readonly [number, number]; fromEnd?: number; result?: readonly number[] }): string {
	const head = `The shapes ${sh(f.left)} and ${sh(f.right)} are aligned on the right and compared axis by axis: a pair of sizes fits when they are equal or one of them is 1 (it stretches).`;
	if (f.sizes && f.fromEnd) return `${head} Axis ${f.fromEnd} from the end: ${f.sizes[0]} and ${f.sizes[1]} differ, and neither is 1.`;
	if (f.result) return `${head} These shapes do broadcast (to ${sh(f.result)}), so something else did not: a third operand, for instance.`;
	return head;
}

/** What a reshape needs: the count of numbers is kept, so the sizes must multiply to it. */
function reshape(what: string, shape: readonly (number | null)[], size: number, fixed: number, inferred: boolean): string {
	const known = shape.filter((x) => x !== null && x !== -1);
	if (inferred)
		return `${what} the array holds ${count(size, 'number', 'numbers')}; the known sizes ${known.join('×') || '—'} make ${fixed}, so −1 would have to be ${size} / ${fixed}, but ${size} is not a multiple of ${fixed}.`;
	return `${what} the shape ${sh(shape)} holds ${count(fixed, 'number', 'numbers')}, and the array has ${size}: a reshape never changes how many numbers there are.`;
}

export const MEANING_EN: FactTable<string> = {
	'mat1-mat2-shapes': ({ left, right }) =>
		`${product(left, right)} In nn.Linear the first matrix is the batch of inputs (${count(left[0], 'example', 'examples')} of ${count(left[1], 'feature', 'features')}) and the second is the transposed weight of nn.Linear(${right[0]}, ${right[1]}): the layer expects ${right[0]} input features and gets ${left[1]}.`,
	'numpy-matmul-core-dimension': ({ op, operand, dim, got, expected }) =>
		op === 'matmul' && operand === 1 && dim === 0
			? `In a @ b the length of a row of a (its last axis) must equal the height of b (its second-to-last axis): a has ${count(expected, 'column', 'columns')}, b has ${count(got, 'row', 'rows')}.`
			: `${op}: operand ${operand} has size ${got} on core axis ${dim}, and the signature needs ${expected}.`,
	'numpy-shapes-not-aligned': ({ left, right, a, i, b, j, matrices }) =>
		matrices
			? product(left as number[], right as number[])
			: `np.dot sums products along axis ${i} of the first array ${sh(left)} and axis ${j} of the second ${sh(right)}, so those sizes must be equal, and they are ${a} and ${b}.`,
	'tf-matrix-size-incompatible': ({ left, right }) => `${product(left, right)} In a Dense layer the second matrix is its kernel: the layer was built for ${right[0]} inputs and gets ${left[1]}.`,
	'tensor-size-mismatch': ({ a, b, dim }) =>
		`An elementwise operation (+, −, *, a comparison, a loss) on two tensors: their sizes are aligned on the right, and axis ${dim} of the aligned shape holds ${a} and ${b}. A pair fits only when the sizes are equal or one of them is 1; ${a} and ${b} do not.`,
	'expanded-size': ({ target, existing, dim }) =>
		`Axis ${dim}, of size ${existing}, is being stretched to ${target} (expand, assignment into a slice, broadcast_to). Only an axis of size 1 can be stretched; an axis of size ${existing} must already match.`,
	'numpy-broadcast': (f) => broadcast(f),
	'numpy-non-broadcastable-output': ({ output, broadcast: b }) =>
		`The result has shape ${sh(b)} and must be written into an array of shape ${sh(output)} (out= or a += b): an array written in place cannot grow.`,
	'tf-incompatible-shapes': (f) => broadcast(f),
	'mse-target-size': ({ target, input, result }) =>
		result
			? `Predictions of shape ${sh(input)}, targets of shape ${sh(target)}. Broadcasting silently stretches both to ${sh(result)}: every prediction is compared with every target, and MSE averages ${numel(result)} differences instead of ${numel(input)}. Nothing fails, but the model learns the wrong thing.`
			: `Predictions of shape ${sh(input)}, targets of shape ${sh(target)}: the shapes differ, and a broadcasting error usually follows on the next line.`,
	'shape-invalid-for-input-size': ({ shape, size, fixed, inferred }) => reshape(`view/reshape(${shape.join(', ')}):`, shape, size, fixed, inferred),
	'view-size-not-compatible': () =>
		'view copies nothing: it reads the same memory in a new way. After transpose, permute or a strided slice the numbers of the tensor are no longer contiguous, and the shape you asked for cannot be had without a copy.',
	'numpy-cannot-reshape': ({ size, shape, fixed, inferred }) => reshape('reshape:', shape, size, fixed, inferred),
	'numpy-concatenate': ({ dim, i, a, j, b }) =>
		`Arrays being joined must agree on every axis except the one they are joined along. On axis ${dim} array #${i} has size ${a} and array #${j} has ${b}.`,
	'dimension-out-of-range': ({ low, high, got, ndim }) =>
		`The tensor has ${count(ndim, 'axis', 'axes')}: axes are numbered ${low} to ${high}, and axis ${got} was asked for.${ndim === 1 ? ' A one-dimensional tensor is most often a batch without its second axis: an output passed through squeeze(), or one example instead of a batch.' : ''}`,
	'numpy-axis-out-of-bounds': ({ axis, ndim }) => `The array has ${count(ndim, 'axis', 'axes')} (numbered ${-ndim} to ${ndim - 1}), and axis ${axis} was asked for.`,
	'conv-input-channels': ({ weight, input, expected, got }) => {
		const nhwc = input.length === 4 && input[3] === expected;
		return `A convolution with weights ${sh(weight)} (output channels, input channels, kernel height and width) expects ${count(expected, 'channel', 'channels')} in its input, and got a tensor ${sh(input)} with ${got} on axis 1. PyTorch keeps images as (batch, channels, height, width).${nhwc ? ` The input's last axis is ${expected}: the channels seem to come last, as in NumPy and Keras.` : ''}`;
	},
	'target-out-of-bounds': ({ target }) =>
		target < 0
			? `The label ${target} is negative. CrossEntropyLoss and NLLLoss take class indices 0 to C − 1 (only ignore_index, −100 by default, may be negative).`
			: `The label ${target} is not a class index: CrossEntropyLoss and NLLLoss take indices 0 to C − 1, where C is the number of the model's outputs. So the model has at most ${count(target, 'output', 'outputs')}, and the labels need at least ${target + 1}.`,
	'batch-size-mismatch': ({ input, target }) =>
		`There are ${input} rows of logits (examples) and ${target} labels; the loss pairs them, example i with label i.${target > input && target % input === 0 ? ` Exactly ${target / input} times as many labels: one-hot labels flattened into one vector, or a view that merged the wrong axes.` : ''}${input > target && input % target === 0 ? ` Exactly ${input / target} times as many logits: a view(-1, …) in forward mixed the batch with another axis.` : ''}`,
	'multi-target-not-supported': () =>
		'With logits of shape (N, C), CrossEntropyLoss takes labels as a vector of class indices of shape (N,), and it got a two-dimensional tensor: usually one-hot labels (N, C) or a column (N, 1).',
	'target-long-expected': ({ found }) => `Class indices for CrossEntropyLoss and NLLLoss are whole numbers of type Long (int64), and the labels are ${found}.`,
	'probability-target-dtype': ({ got }) =>
		`Labels of the same shape as the logits are read by PyTorch as class probabilities, which are fractions, and yours are ${got}: usually one-hot labels made of integers.`,
	'expected-target-size': ({ expected, got }) =>
		`For logits with extra axes (N, C, d₁, …) the labels must have shape ${sh(expected)} (every axis but the class axis), and they are ${sh(got)}.`,
	'grad-implicit-scalar': () =>
		'backward() without an argument starts the backward pass from ∂L/∂L = 1, which makes sense only for a single number L. The tensor it was called on holds several numbers: a loss with reduction="none", or the model output.',
	'no-grad-fn': ({ element }) =>
		`Tensor #${element}, the one backward was called on, is not connected to the computational graph: neither it nor anything it was computed from requires a gradient. That happens after .detach(), .item(), a trip through NumPy, or a computation under torch.no_grad().`,
	'leaf-in-place': () =>
		'A parameter, a leaf of the graph with requires_grad=True, is being changed in place (w -= η * w.grad) while the graph is recorded. Autograd cannot record that: a gradient-descent step runs inside torch.no_grad().',
	'modified-by-inplace': (f) =>
		'shape' in f && f.shape
			? `A ${f.type} of shape ${sh(f.shape)} (the output of ${f.op}) is needed by the backward pass, but it was changed in place after the forward pass: it is at version ${f.version}, and the graph remembered version ${f.expectedVersion}.`
			: 'A tensor the backward pass needs was changed in place after it entered the graph: x += …, relu(inplace=True), an assignment into a slice.',
	'nan-loss': ({ value }) =>
		`The loss became ${value}: an infinite or undefined number appeared somewhere in the computation and spread to everything after it. Usual causes: log(0) in a hand-written cross-entropy, exp of a large number in a softmax that does not subtract the maximum, a learning rate η that is too large.`,
	'returned-nan-values': ({ fn, output }) =>
		`Anomaly detection (set_detect_anomaly) found a NaN in a gradient: the backward step ${fn} returned NaN in output #${output}. Look for the operation ${fn.replace(/Backward\d*$/, '')} in the forward pass: its derivative is undefined or infinite at that point (division by 0, log(0), sqrt(0)).`,
	'numpy-floating-point-warning': ({ kind, op }) =>
		kind === 'overflow'
			? `Overflow in ${op}: the result is larger than a float holds (about 1.8·10³⁰⁸ in float64; exp(710) is already inf). Then inf − inf or inf/inf gives nan.`
			: kind === 'divide by zero'
				? `Division by zero in ${op}: log(0) = −inf, x / 0 = ±inf. Usually a probability that became exactly 0.`
				: kind === 'invalid value'
					? `An undefined value in ${op}: 0/0, inf − inf, the log or square root of a negative number give nan.`
					: `Underflow in ${op}: the result is smaller than the smallest float and became 0.`,
	'keras-input-axis': ({ axis, value, shape }) => {
		const rest = perExample(shape);
		const flat = rest && rest.length > 1 && numel(rest) === value;
		return `The layer expects axis ${axis} of its input to have size ${value}, and the input has shape ${sh(shape)}.${flat ? ` One example holds ${rest!.join('×')} = ${value} numbers: flatten them into a vector with a Flatten() layer.` : ''}`;
	},
	'keras-input-ndim': ({ bound, expected, found }) =>
		`The layer expects ${bound === 'min_' ? 'at least ' : bound === 'max_' ? 'at most ' : ''}${count(expected, 'axis', 'axes')} in its input (the batch axis included), and the input has ${found}.${expected === 4 && found === 3 ? ' Conv2D expects (batch, height, width, channels): grayscale images have no channel axis.' : ''}`,
	'keras-expected-shape': ({ what, layer, expected, got }) =>
		`${what === 'input' ? 'Inputs' : 'Targets'}: the layer ${layer} expects examples of shape ${sh(expected)} (the batch axis is not written), and the array gives ${sh(got)}.`,
	'keras-expected-dimensions': ({ what, layer, expected, got }) =>
		`${what === 'input' ? 'Inputs' : 'Targets'}: the layer ${layer} expects an array with ${count(expected, 'axis', 'axes')} (the batch axis included), and the array of shape ${sh(got)} has ${got.length}.`,
	'shapes-incompatible': ({ left, right }) =>
		`The loss compares targets of shape ${sh(left)} with model outputs of shape ${sh(right)} entry by entry, so the shapes must be the same.${left.length === 2 && right.length === 2 && (left[1] === 1 || right[1] === 1) ? ' One column against several is usually class indices against one-hot.' : ''}`,
	'keras-target-output-shape': ({ target, output }) =>
		`Targets of shape ${sh(target)}, model outputs of shape ${sh(output)}; categorical_crossentropy compares them entry by entry.${target.length === 2 && target[1] === 1 ? ' The targets are one column of class indices and the outputs one per class: use sparse_categorical_crossentropy.' : ''}`,
};

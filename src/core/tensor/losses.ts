/**
 * Losses: a batch of predictions and its targets in, one number out (the mean over the batch, so the
 * learning rate does not have to change with the batch size). Each backward takes the upstream
 * derivative ∂L/∂loss, 1 when the loss is the final result.
 */
import { ShapeError } from '../errors';
import { PROBABILITY_FLOOR } from '../math-constants';
import { isWhole, resultBuffer, shapeOf, type Matrix } from './matrix';
import { logSumExpRow, softmax } from './softmax';

/** Class labels: one whole number per row, the column of the correct class. */
export type Labels = ArrayLike<number>;

/** Every loss is a mean, and the mean of nothing is undefined. */
function checkNotEmpty(op: string, m: Matrix): void {
	if (m.data.length === 0) throw new ShapeError({ code: 'empty-batch', op, shape: shapeOf(m) });
}

function checkLabels(op: string, m: Matrix, labels: Labels): void {
	checkNotEmpty(op, m);
	if (labels.length !== m.rows) throw new ShapeError({ code: 'label-count', logits: shapeOf(m), labels: labels.length });
	for (let i = 0; i < labels.length; i++) {
		const label = labels[i];
		if (!isWhole(label, 0) || label >= m.cols) {
			throw new ShapeError({ code: 'label-range', row: i, label, classes: m.cols });
		}
	}
}

/**
 * Mean over rows of −log softmax(z)[label] = log Σ e^z − z[label]. Working from logits rather than
 * from probabilities is what keeps it finite: a probability of e^(−1000) underflows to 0, while its
 * logarithm, −1000, is an ordinary number.
 */
export function softmaxCrossEntropy(logits: Matrix, labels: Labels): number {
	checkLabels('softmaxCrossEntropy', logits, labels);
	let total = 0;
	for (let i = 0; i < logits.rows; i++) {
		const start = i * logits.cols;
		total += logSumExpRow(logits.data, start, logits.cols) - logits.data[start + labels[i]];
	}
	return total / logits.rows;
}

/** ∂L/∂z = (softmax(z) − onehot(label)) / rows: the predicted distribution minus the true one. */
export function softmaxCrossEntropyBackward(logits: Matrix, labels: Labels, upstream = 1, out?: Matrix): Matrix {
	checkLabels('softmaxCrossEntropy', logits, labels);
	const dz = softmax(logits, out);
	const scale = upstream / logits.rows;
	for (let k = 0; k < dz.data.length; k++) dz.data[k] *= scale;
	for (let i = 0; i < logits.rows; i++) dz.data[i * logits.cols + labels[i]] -= scale;
	return dz;
}

/**
 * Mean over rows of −log p[label] for probabilities that were computed elsewhere (a widget showing
 * "−log p" directly). p is floored at PROBABILITY_FLOOR so that p = 0 costs a large finite amount
 * instead of infinity.
 */
export function crossEntropy(probabilities: Matrix, labels: Labels): number {
	checkLabels('crossEntropy', probabilities, labels);
	let total = 0;
	for (let i = 0; i < probabilities.rows; i++) {
		total -= Math.log(Math.max(probabilities.data[i * probabilities.cols + labels[i]], PROBABILITY_FLOOR));
	}
	return total / probabilities.rows;
}

/** Only the probability of the correct class matters; below the floor the loss is flat, so its derivative is 0. */
export function crossEntropyBackward(probabilities: Matrix, labels: Labels, upstream = 1, out?: Matrix): Matrix {
	checkLabels('crossEntropy', probabilities, labels);
	const dp = resultBuffer('crossEntropy', probabilities.rows, probabilities.cols, out);
	dp.data.fill(0);
	for (let i = 0; i < probabilities.rows; i++) {
		const k = i * probabilities.cols + labels[i];
		const p = probabilities.data[k];
		dp.data[k] = p > PROBABILITY_FLOOR ? -upstream / (probabilities.rows * p) : 0;
	}
	return dp;
}

function checkTarget(prediction: Matrix, target: Matrix): void {
	if (prediction.rows !== target.rows || prediction.cols !== target.cols) {
		throw new ShapeError({ code: 'target-shape', prediction: shapeOf(prediction), target: shapeOf(target) });
	}
	checkNotEmpty('mse', prediction);
}

/** Mean over every entry of (prediction − target)², matching numpy's and tfjs's default. */
export function mse(prediction: Matrix, target: Matrix): number {
	checkTarget(prediction, target);
	let total = 0;
	for (let k = 0; k < prediction.data.length; k++) {
		const d = prediction.data[k] - target.data[k];
		total += d * d;
	}
	return total / prediction.data.length;
}

/** ∂L/∂prediction = 2(prediction − target)/n; the gradient with respect to the target is its negative. */
export function mseBackward(prediction: Matrix, target: Matrix, upstream = 1, out?: Matrix): Matrix {
	checkTarget(prediction, target);
	const dp = resultBuffer('mse', prediction.rows, prediction.cols, out);
	const scale = (2 * upstream) / prediction.data.length;
	for (let k = 0; k < prediction.data.length; k++) dp.data[k] = scale * (prediction.data[k] - target.data[k]);
	return dp;
}

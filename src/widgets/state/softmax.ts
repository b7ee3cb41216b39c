/**
 * The softmax widget's state: logits, the right class, and from the core the probabilities, the
 * cross-entropy loss and its gradient p − y. Pure.
 */
import { softmaxCrossEntropy, softmaxCrossEntropyBackward } from '../../core/tensor/losses';
import { fromRows, type Matrix } from '../../core/tensor/matrix';
import { logSumExpRow, softmax } from '../../core/tensor/softmax';
import type { Check, Texts } from '../lib/form';
import { int, isProblem } from '../../numbers/read';
import { vector } from '../../numbers/read-list';

export const MAX_CLASSES = 8;
export const SOFTMAX_DEFAULTS: Texts = { z: '2 1 0.1', y: '1' };

export interface Softmax {
	z: Matrix;
	/** The right class, 0-based (the interface numbers classes from 1). */
	label: number;
	p: Matrix;
	/** log Σ e^z, computed stably by the core. */
	lse: number;
	loss: number;
	/** ∂L/∂z = p − onehot(label). */
	grad: Matrix;
}

export function checkSoftmax(t: Texts): Check<Softmax> {
	const z = vector(t.z, MAX_CLASSES);
	if (isProblem(z)) return { key: 'z', why: z };
	if (z.length < 2) return { key: 'z', why: { p: 'len', a: 2, b: z.length } };
	const y = int(t.y, 1, z.length);
	if (isProblem(y)) return { key: 'y', why: y };
	const Z = fromRows([z]);
	const labels = [y - 1];
	return {
		ok: {
			z: Z,
			label: y - 1,
			p: softmax(Z),
			lse: logSumExpRow(Z.data, 0, z.length),
			loss: softmaxCrossEntropy(Z, labels),
			grad: softmaxCrossEntropyBackward(Z, labels),
		},
	};
}

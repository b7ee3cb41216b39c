/**
 * A multilayer perceptron built from the matrix operations: for each layer Z = A·W + b, then a
 * nonlinearity on every layer but the last, whose raw output feeds the loss.
 *
 * Training is meant to run every animation frame, so a step must not allocate: every intermediate
 * matrix lives in a workspace created the first time a batch size is seen and reused afterwards.
 */
import { ShapeError } from '../core/errors';
import { createRng } from '../core/random';
import { activations, type Activation, type ActivationName } from '../core/tensor/activations';
import { addBias, biasGrad, matmul, matmulGradA, matmulGradB } from '../core/tensor/linear';
import { mse, mseBackward, softmaxCrossEntropy, softmaxCrossEntropyBackward, type Labels } from '../core/tensor/losses';
import { cloneMatrix, createMatrix, isWhole, randomMatrix, shapeOf, type Matrix } from '../core/tensor/matrix';
import { softmax } from '../core/tensor/softmax';
import { createOptimizer, type Optimizer, type OptimizerConfig } from './optimizers';

export type HiddenActivation = ActivationName;
export type LossName = 'softmax-cross-entropy' | 'mse';
/** Class labels for softmax cross-entropy, a matrix shaped like the output for MSE. */
export type Target = Labels | Matrix;

export interface MlpOptions {
	/** Widths from input to output, e.g. [2, 16, 3]: 2 inputs, one hidden layer of 16, 3 outputs. */
	sizes: readonly number[];
	/** Nonlinearity of the hidden layers; relu by default. */
	activation?: HiddenActivation;
	/** softmax-cross-entropy (classification, the default) or mse (regression). */
	loss?: LossName;
	optimizer?: OptimizerConfig;
	/** Seed of the initial weights: the same seed always gives the same network. */
	seed?: number;
	/** Batch size whose buffers are allocated up front; other sizes get theirs on first use. */
	batchSize?: number;
}

export interface Layer {
	/** inputs × outputs, so a batch X (examples × inputs) maps to X·W. */
	readonly weights: Matrix;
	readonly bias: Float64Array;
	/** Filled by the last backward pass. */
	readonly weightGrad: Matrix;
	readonly biasGrad: Float64Array;
}

/**
 * Every intermediate of one forward and backward pass for one batch size, one matrix per layer l.
 * a[l] holds z = input·W[l] + b[l], then, for a hidden layer, activation(z) written over it: the
 * backward pass needs only the activation's output (each derivative is written in terms of it), and
 * the last layer's a is the network's output. d[l] holds ∂L/∂a[l], then ∂L/∂z[l] written over it.
 */
type Workspace = readonly [a: Matrix[], d: Matrix[]];

/** One matrix per layer, shaped like its output for `batch` examples. */
function buffers(layers: readonly Layer[], batch: number): Matrix[] {
	return layers.map((layer) => createMatrix(batch, layer.bias.length));
}

function isMatrix(target: Target): target is Matrix {
	return 'data' in target && 'rows' in target;
}

export class Mlp {
	readonly activation: Activation;
	readonly lossName: LossName;
	readonly layers: readonly Layer[];
	readonly optimizer: Optimizer;
	/** By batch size. */
	#workspaces: Record<number, Workspace> = {};

	constructor(options: MlpOptions) {
		const sizes = [...options.sizes];
		if (sizes.length < 2 || sizes.some((n) => !isWhole(n, 1))) throw new ShapeError({ code: 'layer-sizes', sizes });
		const activation = (this.activation = activations[options.activation ?? 'relu']);
		this.lossName = options.loss ?? 'softmax-cross-entropy';
		const rng = createRng(options.seed ?? 0);
		const layers = (this.layers = sizes.slice(1).map((fanOut, l) => {
			const fanIn = sizes[l];
			return {
				// He initialisation for relu (half the units are off, so twice the variance), LeCun for the
				// saturating ones: either way the signal keeps roughly its scale from layer to layer.
				weights: randomMatrix(fanIn, fanOut, rng, Math.sqrt((activation.name === 'relu' ? 2 : 1) / fanIn)),
				bias: new Float64Array(fanOut),
				weightGrad: createMatrix(fanIn, fanOut),
				biasGrad: new Float64Array(fanOut),
			};
		}));
		this.optimizer = createOptimizer(
			options.optimizer ?? { kind: 'sgd' },
			layers.flatMap((layer) => [layer.weights.data, layer.bias]),
			layers.flatMap((layer) => [layer.weightGrad.data, layer.biasGrad]),
		);
		if (options.batchSize !== undefined) this.#workspace(options.batchSize);
	}

	#workspace(batch: number): Workspace {
		return (this.#workspaces[batch] ??= [buffers(this.layers, batch), buffers(this.layers, batch)]);
	}

	/**
	 * What the last passes over a batch of `batch` examples left behind, one matrix per layer, for
	 * widgets that show them: `activations[l]` is layer l's output (after its nonlinearity; the last
	 * one is the raw output), `deltas[l]` is ∂L/∂z of layer l from the last backward pass. These are
	 * the network's own reused buffers, so read them, do not write them: the next pass at this batch
	 * size overwrites them (and a forward pass alone refreshes only the activations).
	 */
	trace(batch: number): { readonly activations: readonly Matrix[]; readonly deltas: readonly Matrix[] } {
		const [activations, deltas] = this.#workspace(batch);
		return { activations, deltas };
	}

	/** The forward pass; returns the workspace, whose a[last] is the output. */
	#run(x: Matrix): Workspace {
		const inputs = this.layers[0].weights.rows;
		if (x.cols !== inputs) throw new ShapeError({ code: 'input-width', expected: inputs, batch: shapeOf(x) });
		const ws = this.#workspace(x.rows);
		const [a] = ws;
		for (let l = 0; l < a.length; l++) {
			const layer = this.layers[l];
			matmul(l ? a[l - 1] : x, layer.weights, a[l]);
			addBias(a[l], layer.bias, a[l]);
			if (l < a.length - 1) this.activation.forward(a[l], a[l]);
		}
		return ws;
	}

	/** Class labels go with softmax cross-entropy, a target matrix with MSE. */
	#check(x: Matrix, target: Target): target is Matrix {
		const mse = this.lossName === 'mse';
		if (isMatrix(target) !== mse) throw new ShapeError({ code: 'target-kind', loss: this.lossName, examples: x.rows });
		return mse;
	}

	/**
	 * The raw output for a batch, one row per example: logits for classification, predictions for
	 * regression. The matrix is a reused buffer, overwritten by the next call; copy it to keep it.
	 */
	forward(x: Matrix): Matrix {
		return this.#run(x)[0].at(-1)!;
	}

	/** A fresh matrix of class probabilities (classification) or predictions (regression). */
	predict(x: Matrix): Matrix {
		const output = this.forward(x);
		return this.lossName === 'mse' ? cloneMatrix(output) : softmax(output);
	}

	/** The mean loss over the batch, without touching the gradients. */
	loss(x: Matrix, target: Target): number {
		return this.#check(x, target) ? mse(this.forward(x), target) : softmaxCrossEntropy(this.forward(x), target);
	}

	/** Forward and backward: fills every layer's weightGrad and biasGrad and returns the loss. */
	computeGradients(x: Matrix, target: Target): number {
		const loss = this.loss(x, target);
		// The forward pass just run by loss() left its results in the workspace.
		const [a, d] = this.#workspace(x.rows);
		let l = a.length - 1;
		if (isMatrix(target)) mseBackward(a[l], target, 1, d[l]);
		else softmaxCrossEntropyBackward(a[l], target, 1, d[l]);
		for (; l >= 0; l--) {
			const layer = this.layers[l];
			matmulGradB(l ? a[l - 1] : x, d[l], layer.weightGrad);
			biasGrad(d[l], layer.biasGrad);
			if (l) {
				matmulGradA(d[l], layer.weights, d[l - 1]);
				this.activation.backward(a[l - 1], d[l - 1], d[l - 1]);
			}
		}
		return loss;
	}

	/** One step of training on a batch; returns the loss before the update. Allocates nothing once the batch size has been seen. */
	trainStep(x: Matrix, target: Target): number {
		const loss = this.computeGradients(x, target);
		this.optimizer.step();
		return loss;
	}
}

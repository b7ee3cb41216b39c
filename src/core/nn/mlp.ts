/**
 * A multilayer perceptron built from the matrix operations: for each layer Z = A·W + b, then a
 * nonlinearity on every layer but the last, whose raw output feeds the loss.
 *
 * Training is meant to run every animation frame, so a step must not allocate: every intermediate
 * matrix lives in a workspace created the first time a batch size is seen and reused afterwards.
 */
import { ShapeError } from '../errors';
import { createRng } from '../random';
import { activations, type Activation, type ActivationName } from '../tensor/activations';
import { addBias, biasGrad, matmul, matmulGradA, matmulGradB } from '../tensor/linear';
import { mse, mseBackward, softmaxCrossEntropy, softmaxCrossEntropyBackward, type Labels } from '../tensor/losses';
import { cloneMatrix, createMatrix, randomMatrix, shapeOf, type Matrix } from '../tensor/matrix';
import { softmax } from '../tensor/softmax';
import { createOptimizer, type Optimizer, type OptimizerConfig } from './optimizers';

export type HiddenActivation = Exclude<ActivationName, 'identity'>;
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
 * Every intermediate of one forward and backward pass for one batch size, one matrix per layer l:
 * z[l] = input·W[l] + b[l] (the last one is the network's output), h[l] = activation(z[l]) (the input
 * of layer l + 1; the network's own input is not copied), and ∂L/∂z[l], ∂L/∂h[l] for the backward pass.
 */
type Workspace = readonly [z: Matrix[], h: Matrix[], dz: Matrix[], dh: Matrix[]];

function isMatrix(target: Target): target is Matrix {
	return 'data' in target && 'rows' in target;
}

/** Class labels go with softmax cross-entropy, a target matrix with MSE. */
function checkTarget(loss: LossName, x: Matrix, target: Target): void {
	if (isMatrix(target) !== (loss === 'mse')) throw new ShapeError({ code: 'target-kind', loss, examples: x.rows });
}

function lossOf(output: Matrix, target: Target): number {
	return isMatrix(target) ? mse(output, target) : softmaxCrossEntropy(output, target);
}

export class Mlp {
	readonly sizes: readonly number[];
	readonly activation: Activation;
	readonly lossName: LossName;
	readonly layers: readonly Layer[];
	readonly optimizer: Optimizer;
	private readonly workspaces = new Map<number, Workspace>();

	constructor(options: MlpOptions) {
		const { sizes } = options;
		if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
			throw new ShapeError({ code: 'layer-sizes', sizes: [...sizes] });
		}
		this.sizes = [...sizes];
		this.activation = activations[options.activation ?? 'relu'];
		this.lossName = options.loss ?? 'softmax-cross-entropy';
		const rng = createRng(options.seed ?? 0);
		const layers: Layer[] = [];
		for (let l = 0; l + 1 < sizes.length; l++) {
			const fanIn = sizes[l];
			const fanOut = sizes[l + 1];
			// He initialisation for relu (half the units are off, so twice the variance), LeCun for the
			// saturating ones: either way the signal keeps roughly its scale from layer to layer.
			const std = Math.sqrt((this.activation.name === 'relu' ? 2 : 1) / fanIn);
			layers.push({
				weights: randomMatrix(fanIn, fanOut, rng, std),
				bias: new Float64Array(fanOut),
				weightGrad: createMatrix(fanIn, fanOut),
				biasGrad: new Float64Array(fanOut),
			});
		}
		this.layers = layers;
		this.optimizer = createOptimizer(
			options.optimizer ?? { kind: 'sgd' },
			layers.flatMap((layer) => [layer.weights.data, layer.bias]),
			layers.flatMap((layer) => [layer.weightGrad.data, layer.biasGrad]),
		);
		if (options.batchSize !== undefined) this.workspace(options.batchSize);
	}

	private workspace(batch: number): Workspace {
		let ws = this.workspaces.get(batch);
		if (ws === undefined) {
			const widths = this.sizes.slice(1);
			const buffers = () => widths.map((n) => createMatrix(batch, n));
			ws = [buffers(), buffers(), buffers(), buffers()];
			this.workspaces.set(batch, ws);
		}
		return ws;
	}

	private run(x: Matrix): Workspace {
		if (x.cols !== this.sizes[0]) throw new ShapeError({ code: 'input-width', expected: this.sizes[0], batch: shapeOf(x) });
		const ws = this.workspace(x.rows);
		const [z, h] = ws;
		const last = this.layers.length - 1;
		for (let l = 0; l <= last; l++) {
			const layer = this.layers[l];
			matmul(l === 0 ? x : h[l - 1], layer.weights, z[l]);
			addBias(z[l], layer.bias, z[l]);
			if (l < last) this.activation.forward(z[l], h[l]);
		}
		return ws;
	}

	/**
	 * The raw output for a batch, one row per example: logits for classification, predictions for
	 * regression. The matrix is a reused buffer, overwritten by the next call; copy it to keep it.
	 */
	forward(x: Matrix): Matrix {
		return this.run(x)[0][this.layers.length - 1];
	}

	/** A fresh matrix of class probabilities (classification) or predictions (regression). */
	predict(x: Matrix): Matrix {
		const output = this.forward(x);
		return this.lossName === 'mse' ? cloneMatrix(output) : softmax(output);
	}

	/** The mean loss over the batch, without touching the gradients. */
	loss(x: Matrix, target: Target): number {
		checkTarget(this.lossName, x, target);
		return lossOf(this.forward(x), target);
	}

	/** Forward and backward: fills every layer's weightGrad and biasGrad and returns the loss. */
	computeGradients(x: Matrix, target: Target): number {
		checkTarget(this.lossName, x, target);
		const [z, h, dz, dh] = this.run(x);
		const last = this.layers.length - 1;
		const output = z[last];
		const loss = lossOf(output, target);
		if (isMatrix(target)) mseBackward(output, target, 1, dz[last]);
		else softmaxCrossEntropyBackward(output, target, 1, dz[last]);
		for (let l = last; l >= 0; l--) {
			const layer = this.layers[l];
			matmulGradB(l === 0 ? x : h[l - 1], dz[l], layer.weightGrad);
			biasGrad(dz[l], layer.biasGrad);
			if (l > 0) {
				matmulGradA(dz[l], layer.weights, dh[l - 1]);
				this.activation.backward(h[l - 1], dh[l - 1], dz[l - 1]);
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

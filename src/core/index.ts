/**
 * The public surface of the autograd core: the scalar graph for explaining backpropagation, the
 * matrix operations it scales up to, and a small trainable network built from them.
 * Pure TypeScript with no DOM and nothing Node-specific, so it runs in widgets and in tests alike.
 */
export { formatShape } from './shape-notation';
export { ShapeError } from './errors';
export type { DetailsOf, MessageTable, Shape, ShapeErrorCode, ShapeErrorDetails } from './errors';
export { createRng } from './random';
export type { Rng } from './random';

export { Value, value } from './scalar/value';
export type { Operand } from './scalar/value';
export { topologicalOrder } from './scalar/topological-order';
export { describeGraph, traceBackward } from './scalar/graph';
export type { BackwardStep, Contribution, GraphEdge, GraphNode, GraphSnapshot } from './scalar/graph';

export { cloneMatrix, createMatrix, fromRows, randomMatrix, toRows, transpose } from './tensor/matrix';
export type { Matrix } from './tensor/matrix';
export { addBias, biasGrad, matmul, matmulGradA, matmulGradB } from './tensor/linear';
export { activations, relu, reluBackward, tanh, tanhBackward } from './tensor/activations';
export type { Activation, ActivationName } from './tensor/activations';
export { logSumExpRow, softmax, softmaxBackward } from './tensor/softmax';
export {
	crossEntropy,
	crossEntropyBackward,
	mse,
	mseBackward,
	softmaxCrossEntropy,
	softmaxCrossEntropyBackward,
} from './tensor/losses';
export type { Labels } from './tensor/losses';
export { conv1d, conv1dBackward, conv2d, conv2dBackward } from './tensor/conv';
export type { Conv1dGradients, Conv2dGradients, ConvOptions } from './tensor/conv';

export { createOptimizer } from './nn/optimizers';
export type { Optimizer, OptimizerConfig, OptimizerKind } from './nn/optimizers';
export { Mlp } from './nn/mlp';
export type { HiddenActivation, Layer, LossName, MlpOptions, Target } from './nn/mlp';

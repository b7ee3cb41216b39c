import type { ShapeErrorDetails } from '../../src/core/errors';

/** One example of every shape error, shared by the core's summaries and the interface's explanations. */
export const SAMPLES: readonly ShapeErrorDetails[] = [
	{ code: 'matmul-inner', left: [4, 2], right: [3, 16] },
	{ code: 'bias-length', matrix: [4, 16], bias: [3] },
	{ code: 'upstream-shape', op: 'relu', output: [4, 2], upstream: [4, 3] },
	{ code: 'target-shape', prediction: [4, 3], target: [4, 2] },
	{ code: 'output-shape', op: 'matmul', result: [4, 16], buffer: [4, 15] },
	{ code: 'data-length', shape: [4, 2], length: 7 },
	{ code: 'ragged-rows', row: 2, length: 3, expected: 2 },
	{ code: 'invalid-dimension', shape: [-1, 2] },
	{ code: 'empty-batch', op: 'mse', shape: [0, 3] },
	{ code: 'label-count', logits: [4, 10], labels: 3 },
	{ code: 'label-range', row: 2, label: 12, classes: 10 },
	{ code: 'kernel-too-large', input: [5, 5], kernel: [7, 7], padding: 0 },
	{ code: 'invalid-stride', stride: 0 },
	{ code: 'invalid-padding', padding: -1 },
	{ code: 'layer-sizes', sizes: [3] },
	{ code: 'input-width', expected: 2, batch: [4, 3] },
	{ code: 'target-kind', loss: 'mse', examples: 4 },
	{ code: 'target-kind', loss: 'softmax-cross-entropy', examples: 4 },
	{ code: 'gradient-count', params: 4, grads: 3 },
	{ code: 'gradient-length', param: 1, length: 2, gradLength: 3 },
];

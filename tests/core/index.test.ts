import { expect, test } from 'vitest';
import * as core from '../../src/core/index';

test('the public API exposes both layers and what widgets need around them', () => {
	const names = [
		'Value',
		'value',
		'describeGraph',
		'traceBackward',
		'createMatrix',
		'fromRows',
		'matmul',
		'matmulGradA',
		'matmulGradB',
		'addBias',
		'relu',
		'softmax',
		'softmaxCrossEntropy',
		'mse',
		'conv1d',
		'conv2d',
		'Mlp',
		'createOptimizer',
		'createRng',
		'ShapeError',
		'formatShape',
	];
	for (const name of names) expect(core, name).toHaveProperty(name);
});

test('a first use through the public API: one backward step, one training step', () => {
	const a = core.value(2, 'a');
	const L = a.mul(3).named('L');
	const [step] = core.traceBackward(L);
	expect(step.contributions[0]).toMatchObject({ local: 3, product: 3 });

	const net = new core.Mlp({ sizes: [2, 4, 2], seed: 1 });
	const loss = net.trainStep(core.fromRows([[0, 1], [1, 0]]), [1, 0]);
	expect(Number.isFinite(loss)).toBe(true);
});

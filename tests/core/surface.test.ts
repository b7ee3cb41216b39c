/**
 * The core has no index: src imports each module directly (nothing ever imported the old index, so
 * its list of names only drifted). This checks that the modules, together, still offer both layers
 * and what widgets need around them.
 */
import { expect, test } from 'vitest';

const modules = import.meta.glob<Record<string, unknown>>('../../src/core/**/*.ts', { eager: true });
const core: Record<string, unknown> = Object.assign({}, ...Object.values(modules));

test('the core’s modules expose both layers and what widgets need around them', () => {
	const names = [
		'Value',
		'value',
		'describeGraph',
		'traceBackward',
		'topologicalOrder',
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
		'createRng',
		'ShapeError',
		'formatShape',
	];
	for (const name of names) expect(core, name).toHaveProperty(name);
	// The network and its optimizers are built on the core, not part of it (src/nn).
	for (const name of ['Mlp', 'createOptimizer']) expect(core, name).not.toHaveProperty(name);
});

test('a first use of the scalar graph: one backward step', () => {
	const value = core.value as typeof import('../../src/core/scalar/value').value;
	const traceBackward = core.traceBackward as typeof import('../../src/core/scalar/graph').traceBackward;
	const a = value(2, 'a');
	const L = a.mul(3).named('L');
	const [step] = traceBackward(L);
	expect(step.contributions[0]).toMatchObject({ local: 3, product: 3 });
});

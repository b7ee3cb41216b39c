import { describe, expect, test } from 'vitest';
import { traceBackward } from '../../../../src/core/scalar/graph';
import { centralDifference } from '../../../../src/math/finite-difference';
import { localDerivativeFormula, neuronLossGraph, type NeuronLossInput } from '../../../../src/topics/neural-networks/computational-graph/neuron-loss-graph';

/** The graph behind the computational-graph and backpropagation pages, checked against central differences. */

const PAGE: NeuronLossInput = { x: [2, 1], w: [0.75, -0.5], b: 0.25, y: 2 };

function loss(input: NeuronLossInput): number {
	return neuronLossGraph(input).root.data;
}

describe('the neuron-and-loss graph of the pages', () => {
	test('computes L = (relu(w·x + b) − y)²', () => {
		const z = PAGE.w[0] * PAGE.x[0] + PAGE.w[1] * PAGE.x[1] + PAGE.b;
		expect(loss(PAGE)).toBeCloseTo((Math.max(0, z) - PAGE.y) ** 2, 12);
	});

	test.each([
		['the page example', PAGE],
		['a dead neuron (b = −2)', { ...PAGE, b: -2 }],
		['another point', { x: [1, 3], w: [2, 1], b: -1, y: 3 } as NeuronLossInput],
	])('backpropagation matches central differences for %s', (_name, input) => {
		const graph = neuronLossGraph(input);
		traceBackward(graph.root);
		const [w1, w2, b] = graph.parameters.map((p) => p.grad);
		const h = 1e-6;
		const numeric = [
			centralDifference((v) => loss({ ...input, w: [v, input.w[1]] }), input.w[0], h),
			centralDifference((v) => loss({ ...input, w: [input.w[0], v] }), input.w[1], h),
			centralDifference((v) => loss({ ...input, b: v }), input.b, h),
		];
		[w1, w2, b].forEach((g, i) => expect(g).toBeCloseTo(numeric[i]!, 6));
	});

	test('names every node and gives each operation a symbolic local derivative', () => {
		const graph = neuronLossGraph(PAGE);
		expect(graph.nodes.map((n) => n.name)).toEqual(['x_1', 'x_2', 'w_1', 'w_2', 'b', 'y', 'm_1', 'm_2', 's', 'z', 'a', 'e', 'L']);
		for (const { node } of graph.nodes) {
			const parents = node.parents.map(graph.nameOf);
			parents.forEach((_, slot) => expect(localDerivativeFormula(node.op, parents, slot)).not.toBe(''));
		}
		expect(() => localDerivativeFormula('exp', ['x'], 0)).toThrow();
	});
});

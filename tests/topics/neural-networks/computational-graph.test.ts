import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, forwardValues, graphFigure, localDerivative, neuronLossExample, practice } from '../../../src/topics/neural-networks/computational-graph';
import { readGraphFigure } from '../../helpers/figure-neural-networks';

// The page's neuron: x = (2; 1), w = (0,75; −0,5), b = 0,25, y = 2. By hand:
// m₁ = 1,5, m₂ = −0,5, s = 1, z = 1,25, a = 1,25, e = −0,75, L = 0,5625;
// ∂L/∂w₁ = 2e · 1 · 1 · 1 · 1 · x₁ = −1,5 · 2 = −3, ∂L/∂w₂ = −1,5 · x₂ = −1,5, ∂L/∂b = −1,5.
const page = { x: [2, 1] as [number, number], w: [0.75, -0.5] as [number, number], b: 0.25, y: 2 };

describe('neural-networks/computational-graph: the module behind the worked example and the practice', () => {
	test('the forward values of the neuron’s graph, worked out by hand', () => {
		expect(forwardValues(page)).toMatchObject({ m_1: 1.5, m_2: -0.5, s: 1, z: 1.25, a: 1.25, e: -0.75, L: 0.5625 });
		// relu closed: z = −1,5 + 0,5 − 2 = … with b = −2: z = 1 − 2 = −1, a = 0, e = −2, L = 4.
		expect(forwardValues({ ...page, b: -2 })).toMatchObject({ z: -1, a: 0, e: -2, L: 4 });
	});

	test('local derivatives: 2e for the square, [z > 0] for relu, the other factor for a product', () => {
		expect(localDerivative(page, 'L', 'e')).toBe(-1.5);
		expect(localDerivative(page, 'a', 'z')).toBe(1);
		expect(localDerivative({ ...page, b: -2 }, 'a', 'z')).toBe(0);
		expect(localDerivative(page, 'm_1', 'w_1')).toBe(2);
		expect(localDerivative(page, 'm_1', 'x_1')).toBe(0.75);
	});

	test('the worked example: one row per node, then the path of w₁ multiplied out, in Russian notation', () => {
		const ex = examples!.forward!;
		const blocks = ex.blocks(ex.inputs, fmtFor('ru'));
		const table = blocks[0] as { head: unknown[]; rows: unknown[][] };
		expect(table.head).toEqual([{ say: 'node' }, { say: 'computes' }, { say: 'value' }, { say: 'local' }]);
		expect(table.rows.length).toBe(13);
		expect(table.rows[0]).toEqual(['x_1', { say: 'input' }, '2', '']);
		expect(table.rows[2]).toEqual(['w_1', { say: 'parameter' }, '0{,}75', '']);
		expect(table.rows[5]).toEqual(['y', { say: 'target' }, '2', '']);
		expect(table.rows[6]).toEqual(['m_1', 'w_1 x_1', '1{,}5', '\\tfrac{\\partial m_1}{\\partial w_1} = x_1 = 2;\\;\\; \\tfrac{\\partial m_1}{\\partial x_1} = w_1 = 0{,}75']);
		expect(table.rows[12]).toEqual(['L', 'e^2', '0{,}5625', '\\tfrac{\\partial L}{\\partial e} = 2e = -1{,}5']);
		expect(blocks[1]).toEqual({ tex: '\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial e}\\,\\frac{\\partial e}{\\partial a}\\,\\frac{\\partial a}{\\partial z}\\,\\frac{\\partial z}{\\partial s}\\,\\frac{\\partial s}{\\partial m_1}\\,\\frac{\\partial m_1}{\\partial w_1} = 2e \\cdot 1 \\cdot [z > 0] \\cdot 1 \\cdot 1 \\cdot x_1' });
		expect(blocks[2]).toEqual({ tex: '= (-1{,}5) \\cdot 1 \\cdot 1 \\cdot 1 \\cdot 1 \\cdot 2 = -3' });
		// English separates the local derivatives with a comma.
		const en = ex.blocks(ex.inputs, fmtFor('en'))[0] as { rows: string[][] };
		expect(en.rows[6]![3]).toBe('\\tfrac{\\partial m_1}{\\partial w_1} = x_1 = 2,\\;\\; \\tfrac{\\partial m_1}{\\partial x_1} = w_1 = 0.75');
	});

	test('the factory’s backward mode (for the page on backpropagation) ends with the parameters’ gradients', () => {
		const ex = neuronLossExample({ ...page, mode: 'backward' });
		const blocks = ex.blocks(ex.inputs, fmtFor('ru'));
		const table = blocks[0] as { rows: string[][] };
		expect(table.rows[0]).toEqual(['1', '\\bar{L} = 1', '\\bar{e} \\mathrel{+}= 1 \\cdot (-1{,}5) = -1{,}5']);
		expect(blocks[1]).toEqual({ tex: '\\bar{w}_1 = -3;\\quad \\bar{w}_2 = -1{,}5;\\quad \\bar{b} = -1{,}5' });
	});

	test('the local kind on the page’s neuron: ∂L/∂e = 2e = −1,5, with e and L as the known mistakes', () => {
		const local = practice.find((k) => k.id === 'local')!;
		const p = local.solve({ ...page, edge: 0 }, fmtFor('en'));
		expect(p.answer).toEqual({ kind: 'number', value: -1.5 });
		expect(p.mistakes).toEqual([
			{ value: -0.75, say: 'half' },
			{ value: 0.5625, say: 'value' },
		]);
	});
});

describe('neural-networks/computational-graph: the figure of the graph with its values and gradients', () => {
	/** The neuron worked out by hand, apart from the core: forward values and ū = ∂L/∂u for every node, by the drawn names. */
	function byHand({ x, w, b, y }: typeof page) {
		const [m1, m2] = [w[0] * x[0], w[1] * x[1]];
		const z = m1 + m2 + b;
		const a = Math.max(0, z);
		const e = a - y;
		const dz = 2 * e * (z > 0 ? 1 : 0);
		return {
			'x₁': [x[0], dz * w[0]], 'x₂': [x[1], dz * w[1]], 'w₁': [w[0], dz * x[0]], 'w₂': [w[1], dz * x[1]], b: [b, dz], y: [y, -2 * e],
			'm₁': [m1, dz], 'm₂': [m2, dz], s: [m1 + m2, dz], z: [z, dz], a: [a, 2 * e], e: [e, 2 * e], L: [e * e, 1],
		} as Record<string, [number, number]>;
	}
	/** L = (relu(w₁x₁ + w₂x₂ + b) − y)², an arrow from every operand to its operation. */
	const EDGES = [['x₁', 'm₁'], ['w₁', 'm₁'], ['x₂', 'm₂'], ['w₂', 'm₂'], ['m₁', 's'], ['m₂', 's'], ['s', 'z'], ['b', 'z'], ['z', 'a'], ['a', 'e'], ['y', 'e'], ['e', 'L']];

	test.each([
		['the page’s numbers, ru', page, 'ru'],
		['the page’s numbers, en', page, 'en'],
		['a dead ReLU (b = −2), ru', { ...page, b: -2 }, 'ru'],
		['other numbers, en', { x: [1, 3] as [number, number], w: [2, 1] as [number, number], b: -1, y: 3 }, 'en'],
	] as const)('%s: every node shows its value and gradient as recomputed by hand, the arrows follow the formula', (_, input, lang) => {
		const { nodes, edges } = readGraphFigure(graphFigure(input, fmtFor(lang)), lang);
		const want = byHand(input);
		expect([...nodes.keys()].sort()).toEqual(Object.keys(want).sort());
		for (const [name, [value, grad]] of Object.entries(want)) {
			expect(nodes.get(name)!.value, `${name}`).toBeCloseTo(value, 4);
			expect(nodes.get(name)!.grad, `${name}̄`).toBeCloseTo(grad, 4);
		}
		expect(edges.map((e) => e.join('→')).sort()).toEqual(EDGES.map((e) => e.join('→')).sort());
	});

	test('the page’s figure: the worked example block with its caption and an alternative naming the parameters’ gradients', () => {
		const ex = examples!.figure!;
		const [block] = ex.blocks(ex.inputs, fmtFor('ru'));
		expect(block).toMatchObject({ caption: { say: 'figure' }, alt: { say: 'figure-alt', with: { w1: '−3', w2: '−1,5', b: '−1,5' } } });
		expect((block as { svg: string }).svg.length).toBeLessThan(6500);
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { denseForward, examples, parameterCount, practice } from '../../../src/topics/neural-networks/dense-layer';
import { cells, elements, figures, num, texts } from '../../helpers/figure-network';

// The page's square through three neurons, by hand (row · columns of W, then + b, then relu):
// (0,0): Z = (0, 0, 0),   S = (−1, 0, 1),  H = (0, 0, 1)
// (0,2): Z = (2, 2, −2),  S = (1, 2, −1),  H = (1, 2, 0)
// (2,2): Z = (4, 0, −1),  S = (3, 0, 0),   H = (3, 0, 0)
// (2,0): Z = (2, −2, 1),  S = (1, −2, 2),  H = (1, 0, 2)
const a = [[0, 0], [0, 2], [2, 2], [2, 0]];
const w = [[1, -1, 0.5], [1, 1, -1]];
const b = [-1, 0, 1];

describe('neural-networks/dense-layer: the module behind the worked example and the practice', () => {
	test('the core’s three steps on the square, worked out by hand', () => {
		expect(denseForward(a, w, b)).toEqual({
			Z: [[0, 0, 0], [2, 2, -2], [4, 0, -1], [2, -2, 1]],
			S: [[-1, 0, 1], [1, 2, -1], [3, 0, 0], [1, -2, 2]],
			H: [[0, 0, 1], [1, 2, 0], [3, 0, 0], [1, 0, 2]],
		});
	});

	test('parameters: n·k weights and k biases (2 → 16 is the page’s nn.Linear(2, 16): 32 + 16 = 48)', () => {
		expect(parameterCount(2, 16)).toBe(48);
		expect(parameterCount(64, 10)).toBe(650);
	});

	test('the worked example: three formulas with the shapes under the matrices, in Russian notation', () => {
		const ex = examples!.steps!;
		const lines = ex.blocks(ex.inputs, fmtFor('ru')).filter((block) => 'tex' in block).map((block) => (block as { tex: string }).tex);
		expect(lines.length).toBe(3);
		expect(lines[0]).toBe(
			'A W = \\underbrace{\\begin{bmatrix} 0 & 0 \\\\ 0 & 2 \\\\ 2 & 2 \\\\ 2 & 0 \\end{bmatrix}}_{4 \\times 2} \\cdot \\underbrace{\\begin{bmatrix} 1 & -1 & 0{,}5 \\\\ 1 & 1 & -1 \\end{bmatrix}}_{2 \\times 3} = \\underbrace{\\begin{bmatrix} 0 & 0 & 0 \\\\ 2 & 2 & -2 \\\\ 4 & 0 & -1 \\\\ 2 & -2 & 1 \\end{bmatrix}}_{4 \\times 3}',
		);
		expect(lines[1]).toContain('+ \\underbrace{\\begin{bmatrix} -1 & 0 & 1 \\end{bmatrix}}_{1 \\times 3}');
		expect(lines[2]).toBe('\\operatorname{relu}(A W + b) = \\underbrace{\\begin{bmatrix} 0 & 0 & 1 \\\\ 1 & 2 & 0 \\\\ 3 & 0 & 0 \\\\ 1 & 0 & 2 \\end{bmatrix}}_{4 \\times 3}');
	});

	test('the output kind: x = (2, −1) through W = [[1, 0, −2], [2, 1, 1]] with b = (1, −2, 0)', () => {
		// x·W = (2 − 2, 0 − 1, −4 − 1) = (0, −1, −5); + b = (1, −3, −5); relu = (1, 0, 0).
		const p = practice.find((k) => k.id === 'output')!.solve({ x: [2, -1], w: [[1, 0, -2], [2, 1, 1]], b: [1, -2, 0] }, fmtFor('ru'));
		expect(p.answer).toEqual({ kind: 'vector', value: [1, 0, 0] });
		expect(p.mistakes).toEqual([{ value: [1, -3, -5], say: 'norelu' }, { value: [0, 0, 0], say: 'nobias' }]);
	});

	test('the weights kind: a batch 32 × 10 into 16 neurons needs W of 10 × 16; PyTorch’s 16 × 10 is the known mistake', () => {
		const p = practice.find((k) => k.id === 'weights')!.solve({ m: 32, n: 10, k: 16 }, fmtFor('en'));
		expect(p.answer).toEqual({ kind: 'shape', value: [10, 16] });
		expect(p.mistakes?.map((m) => m.say)).toEqual(['transposed', 'output', 'input']);
	});
});

describe('neural-networks/dense-layer: the figure of the layer', () => {
	test('every input reaches every neuron; W’s cells are the weights, a row per input, and the outlined column is the first neuron’s', () => {
		const w = [[1, -1, 0.5], [1, 1, -1]];
		const ex = examples!.steps!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const svg = figure!.svg;
		const drawn = cells(svg);
		expect(drawn.map((c) => c.v)).toEqual(w.flat());
		// Row i of the grid sits beside the label x_i, column j under h_j.
		const size = drawn[0]!.w;
		drawn.forEach((c, n) => {
			expect(c.y).toBe(drawn[0]!.y + Math.floor(n / 3) * size);
			expect(c.x).toBe(drawn[0]!.x + (n % 3) * size);
		});
		const outline = elements(svg).find((e) => e.tag === 'rect' && e.attrs['stroke-width'] === '3')!;
		expect([num(outline, 'x'), num(outline, 'width'), num(outline, 'height')]).toEqual([drawn[0]!.x, size, 2 * size]);
		// 2 × 3 edges; the accent ones, one per input, all end at the first neuron h₁.
		const edges = elements(svg).filter((e) => e.tag === 'path');
		expect(edges).toHaveLength(6);
		const h1 = texts(svg).find((t) => t.content === 'h₁' && num(t, 'x') < drawn[0]!.x)!;
		const accent = edges.filter((e) => e.attrs.class!.includes('fig-accent'));
		expect(accent).toHaveLength(2);
		for (const e of accent) {
			const [, x2, y2] = e.attrs.d!.match(/^M[\d.]+ [\d.]+L([\d.]+) ([\d.]+)/)!.map(Number);
			expect(Math.hypot(x2! - num(h1, 'x'), y2! - num(h1, 'y'))).toBeLessThan(23);
		}
		expect(texts(svg).some((t) => t.content === 'W: 2 × 3')).toBe(true);
	});
});

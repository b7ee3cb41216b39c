import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, matrixTimesColumn, practice, rowTimesMatrix } from '../../../src/topics/linear-algebra/matrices';
import { figureOf, handProduct, marked, readGrids, values } from '../../helpers/figure-linear-algebra';

const ru = fmtFor('ru');

describe('linear-algebra/matrices: the module behind the worked examples and the practice', () => {
	test('xW and Mx by the core, against dot products worked out by hand', () => {
		// (2, 2)·W: columns (1, 1), (−1, 1), (0.5, −1) → 4, 0, −1.
		expect(rowTimesMatrix([2, 2], [[1, -1, 0.5], [1, 1, -1]])).toEqual([4, 0, -1]);
		expect(matrixTimesColumn([[1, 1], [-1, 1], [0.5, -1]], [2, 2])).toEqual([4, 0, -1]);
		// A non-square W: (1, −2, 3) times a 3×2 matrix.
		expect(rowTimesMatrix([1, -2, 3], [[1, 0], [0, 1], [2, -1]])).toEqual([7, -5]);
	});

	test('the product problem: Wx (rows instead of columns) is the known mistake for a square W', () => {
		const kind = practice.find((k) => k.id === 'matvec')!;
		const p = kind.solve({ x: [1, 2], w: [[0, 1], [3, -1]] }, ru);
		expect(p.answer).toEqual({ kind: 'vector', value: [6, -1] }); // (0 + 6, 1 − 2)
		expect(p.mistakes).toEqual([{ value: [2, 1], say: 'rows' }]); // (0 + 2, 3 − 2)
	});

	test('the weight problem reads w_ij: row i (the input), column j (the neuron)', () => {
		const kind = practice.find((k) => k.id === 'weight')!;
		const p = kind.solve({ w: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], i: 2, j: 3 }, ru);
		expect(p.answer).toEqual({ kind: 'number', value: 6 });
		expect(p.mistakes).toEqual([{ value: 8, say: 'swap' }]);
	});

	test('both worked examples give (4, 0, −1), in Russian notation with the shapes under the matrices', () => {
		const row = examples!.row!;
		// The formulas only: the figure has its own test.
		const lines = (row.blocks(row.inputs, ru) as { tex?: string }[]).filter((b) => b.tex !== undefined).map((b) => b.tex);
		expect(lines[0]).toContain('\\underbrace{\\begin{bmatrix} 1 & -1 & 0{,}5 \\\\ 1 & 1 & -1 \\end{bmatrix}}_{2 \\times 3}');
		expect(lines.slice(1)).toEqual(['y_{1} = 2 \\cdot 1 + 2 \\cdot 1 = 4', 'y_{2} = 2 \\cdot (-1) + 2 \\cdot 1 = 0', 'y_{3} = 2 \\cdot 0{,}5 + 2 \\cdot (-1) = -1']);
		const column = examples!.column!;
		const clines = (column.blocks(column.inputs, ru) as { tex: string }[]).map((b) => b.tex);
		expect(clines[0]).toMatch(/^M x = .*_\{3 \\times 2\}.*_\{2 \\times 1\}.*_\{3 \\times 1\}$/);
		expect(clines[3]).toBe('y_{3} = 0{,}5 \\cdot 2 + (-1) \\cdot 2 = -1');
	});
});

describe('linear-algebra/matrices: the figure of xW', () => {
	test('x, W and y = xW with the page’s numbers; the first column of W and x give y₁', () => {
		const ex = examples!.row!;
		const { m, x } = ex.inputs as { m: number[][]; x: number[] };
		const fig = figureOf(ex.blocks(ex.inputs, ru));
		const [gx, gw, gy] = readGrids(fig.svg);
		expect(values(gx!)).toEqual([x]);
		expect(values(gw!)).toEqual(m);
		// y = xW by hand: 2·1 + 2·1, 2·(−1) + 2·1, 2·0.5 + 2·(−1).
		expect(values(gy!)).toEqual(handProduct([x], m));
		expect(values(gy!)).toEqual([[4, 0, -1]]);
		expect(marked(gw!)).toEqual(m.map((_, i) => [i, 0]));
		expect(marked(gy!)).toEqual([[0, 0]]);
		expect(marked(gx!)).toEqual(x.map((_, j) => [0, j]));
		expect(fig.caption).toEqual({ say: 'columnFigure', with: { y: '4' } });
		expect(fig.alt!.with).toMatchObject({ x: '2; 2', col: '1; 1', y: '4', rows: '2', cols: '3' });
	});

	test('the textbook example (Mx) has no figure', () => {
		const ex = examples!.column!;
		expect(ex.blocks(ex.inputs, ru).some((b) => 'svg' in b)).toBe(false);
	});
});

import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/core/random';
import { fmtFor } from '../../../src/practice/render';
import { examples, multiply, practice, productShape, transposedShape } from '../../../src/topics/linear-algebra/matrix-multiplication';
import { figureOf, handProduct, marked, readGrids, values } from '../../helpers/figure-linear-algebra';

const ru = fmtFor('ru');
const kind = (id: string) => practice.find((k) => k.id === id)!;

describe('linear-algebra/matrix-multiplication: the module behind the examples and the practice', () => {
	test('the shape rule: inner sizes cancel, outer sizes remain; a mismatch names both inner sizes', () => {
		expect(productShape([4, 2], [2, 16])).toEqual({ shape: [4, 16] });
		expect(productShape([1, 9], [9, 1])).toEqual({ shape: [1, 1] });
		expect(productShape([4, 2], [3, 16])).toEqual({ cols: 2, rows: 3 });
		expect(transposedShape([2, 7])).toEqual([7, 2]);
	});

	test('a product worked out by hand', () => {
		// [1 2; 3 4]·[5 6 7; 8 9 10]: 1·5 + 2·8 = 21, 1·6 + 2·9 = 24, 1·7 + 2·10 = 27; 3·5 + 4·8 = 47, 3·6 + 4·9 = 54, 3·7 + 4·10 = 61.
		expect(multiply([[1, 2], [3, 4]], [[5, 6, 7], [8, 9, 10]])).toEqual([[21, 24, 27], [47, 54, 61]]);
		// A row of length 3 against a column with a negative entry: 2·1 + (−1)·4 + 0·5 = −2.
		expect(multiply([[2, -1, 0]], [[1], [4], [5]])).toEqual([[-2]]);
	});

	test('the shape kind: A·Bᵀ with B given p×n is m×p, and forgetting the transpose is a known mistake', () => {
		const p = kind('shape').solve({ m: 4, n: 3, p: 5, form: 1 }, ru);
		expect(p.answer).toEqual({ kind: 'shape', value: [4, 5] });
		expect(p.vars.b).toBe('5 \\times 3');
		expect(p.mistakes).toContainEqual({ value: [4, 3], say: 'forgotB' });
		const q = kind('shape').solve({ m: 2, n: 6, p: 3, form: 2 }, ru);
		expect(q.vars.a).toBe('6 \\times 2');
		expect(q.answer).toEqual({ kind: 'shape', value: [2, 3] });
		expect(q.mistakes).toContainEqual({ value: [6, 3], say: 'forgotA' });
	});

	test('the product kind: 2×2 factors, with the elementwise product and B·A among the mistakes', () => {
		// [1 2; 3 4]·[0 1; 1 0] swaps the columns: [2 1; 4 3]; entrywise it is [0 2; 3 0]; B·A swaps the rows: [3 4; 1 2].
		const p = kind('product').solve({ a: [[1, 2], [3, 4]], b: [[0, 1], [1, 0]] }, ru);
		expect(p.answer).toEqual({ kind: 'matrix', value: [[2, 1], [4, 3]] });
		expect(p.mistakes).toContainEqual({ value: [[0, 2], [3, 0]], say: 'elementwise' });
		expect(p.mistakes).toContainEqual({ value: [[3, 4], [1, 2]], say: 'order' });
		expect(p.steps.at(-1)!.tex).toBe('AB = \\begin{bmatrix} 2 & 1 \\\\ 4 & 3 \\end{bmatrix}');
	});

	test('the draws stay small: sizes 1–9, entries −3…4', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const s = kind('shape').draw(createRng(seed)) as { m: number; n: number; p: number };
			expect(Math.max(s.m, s.n, s.p)).toBeLessThanOrEqual(9);
			const { a, b } = kind('product').draw(createRng(seed)) as { a: number[][]; b: number[][] };
			expect([...a.flat(), ...b.flat()].every((v) => v >= -3 && v <= 4)).toBe(true);
		}
	});

	test('the worked examples print the page’s numbers', () => {
		const show = (name: string) => examples![name]!;
		const fits = show('fits');
		expect(fits.blocks(fits.inputs, ru)).toEqual([{ tex: '(4 \\times 2) \\cdot (2 \\times 16) \\to (4 \\times 16)' }]);
		const bad = show('mismatch');
		expect(bad.blocks(bad.inputs, ru)[1]).toEqual({ say: 'shapeMismatch', with: { a: '4 \\times 2', b: '3 \\times 16', cols: '2', rows: '3' } });
		const product = show('product');
		const lines = product.blocks(product.inputs, ru) as { tex: string }[];
		expect(lines[0]!.tex).toContain('\\begin{bmatrix} 21 & 24 & 27 \\\\ 47 & 54 & 61 \\end{bmatrix}}_{2 \\times 3}');
		expect(lines[1]!.tex).toBe('c_{11} = 1 \\cdot 5 + 2 \\cdot 8 = 21');
	});
});

describe('linear-algebra/matrix-multiplication: the figure of the product', () => {
	test('A, B and C are drawn with the page’s numbers; row 1 of A and column 1 of B meet at c₁₁ = 1·5 + 2·8', () => {
		const ex = examples!.product!;
		const { a, b } = ex.inputs as { a: number[][]; b: number[][] };
		const fig = figureOf(ex.blocks(ex.inputs, ru));
		// Left to right, then top to bottom: A, then B above C.
		const [ga, gb, gc, ...rest] = readGrids(fig.svg);
		expect(rest).toEqual([]);
		expect(values(ga!)).toEqual(a);
		expect(values(gb!)).toEqual(b);
		expect(values(gc!)).toEqual(handProduct(a, b));
		expect(gc!.y).toBe(ga!.y);
		expect(gc!.x).toBe(gb!.x);
		expect(marked(ga!)).toEqual(a[0]!.map((_, k) => [0, k]));
		expect(marked(gb!)).toEqual(b.map((_, k) => [k, 0]));
		expect(marked(gc!)).toEqual([[0, 0]]);
		const c11 = a[0]!.reduce((s, t, k) => s + t * b[k]![0]!, 0);
		expect(gc!.cells[0]![0]!.label).toBe(String(c11));
		expect(fig.caption).toEqual({ say: 'productFigure', with: { c: String(c11) } });
		expect(fig.alt).toEqual({ say: 'productFigureAlt', with: { row: '1; 2', col: '5; 8', c: '21' } });
	});
});

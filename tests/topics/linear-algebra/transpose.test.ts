import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, practice, transposed } from '../../../src/topics/linear-algebra/transpose';
import { figureOf, marked, readGrids, values } from '../../helpers/figure-linear-algebra';

const ru = fmtFor('ru');
const kind = (id: string) => practice.find((k) => k.id === id)!;

describe('linear-algebra/transpose: the module behind the examples and the practice', () => {
	test('rows become columns', () => {
		expect(transposed([[1, 2, 3], [4, 5, 6]])).toEqual([[1, 4], [2, 5], [3, 6]]);
		expect(transposed([[7]])).toEqual([[7]]);
	});

	test('the entries kind: a 2×3 matrix gives a 3×2 one, and A itself is the known mistake', () => {
		const p = kind('entries').solve({ a: [[1, -2, 0], [3, 4, 5]] }, ru);
		expect(p.answer).toEqual({ kind: 'matrix', value: [[1, 3], [-2, 4], [0, 5]] });
		expect(p.mistakes).toEqual([{ value: [[1, -2, 0], [3, 4, 5]], say: 'same' }]);
		// A symmetric matrix is its own transpose: then A is no mistake at all.
		expect(kind('entries').solve({ a: [[1, 2], [2, 1]] }, ru).mistakes).toEqual([]);
	});

	test('the shape kind: (AB)ᵀ is p×m, AᵀA is n×n and AAᵀ is m×m', () => {
		const t = kind('shape').solve({ m: 4, n: 2, p: 3, form: 0 }, ru);
		expect(t.answer).toEqual({ kind: 'shape', value: [3, 4] });
		expect(t.mistakes).toEqual([{ value: [4, 3], say: 'untransposed' }]);
		expect(kind('shape').solve({ m: 5, n: 2, p: 1, form: 1 }, ru).answer.value).toEqual([2, 2]);
		const g = kind('shape').solve({ m: 5, n: 2, p: 1, form: 2 }, ru);
		expect(g.answer.value).toEqual([5, 5]);
		expect(g.mistakes).toEqual([{ value: [2, 2], say: 'otherGram' }]);
	});

	test('the worked example: (AB)ᵀ and BᵀAᵀ print the same matrix, worked out by hand', () => {
		// A = [1 2 3; 4 5 6], B = [1 0; 0 1; 1 −1]: AB = [1+3, 2−3; 4+6, 5−6] = [4 −1; 10 −1], so (AB)ᵀ = [4 10; −1 −1].
		const rule = examples!.rule!;
		// The formulas only: the figure has its own test.
		const lines = (rule.blocks(rule.inputs, ru) as { tex?: string }[]).filter((b) => b.tex !== undefined).map((b) => b.tex);
		const expected = '\\underbrace{\\begin{bmatrix} 4 & 10 \\\\ -1 & -1 \\end{bmatrix}}_{2 \\times 2}';
		expect(lines[1]!.endsWith(`(AB)^\\top = ${expected}`)).toBe(true);
		expect(lines[2]!.endsWith(`= ${expected}`)).toBe(true);
		const gradW = examples!.gradW!;
		expect(gradW.blocks(gradW.inputs, ru)).toEqual([{ tex: '(2 \\times 4) \\cdot (4 \\times 3) \\to (2 \\times 3)' }]);
	});
});

describe('linear-algebra/transpose: the figure of the mirror', () => {
	test('Aᵀ is drawn as A mirrored: entry (i, j) of A in place (j, i); the diagonal and the marked entry mirror too', () => {
		const ex = examples!.rule!;
		const { a } = ex.inputs as { a: number[][] };
		const fig = figureOf(ex.blocks(ex.inputs, ru));
		const [ga, gt, ...rest] = readGrids(fig.svg);
		expect(rest).toEqual([]);
		expect(values(ga!)).toEqual(a);
		const drawn = values(gt!);
		expect(drawn).toHaveLength(a[0]!.length);
		a.forEach((row, i) => row.forEach((v, j) => expect(drawn[j]![i]).toBe(v)));
		// The marked entry: the last of row 1 (3), in row 3, column 1 of Aᵀ.
		expect(marked(ga!)).toEqual([[0, 2]]);
		expect(marked(gt!)).toEqual([[2, 0]]);
		expect(drawn[2]![0]).toBe(3);
		// The diagonal, muted, is the same cells in both.
		expect(marked(ga!, 'muted')).toEqual([[0, 0], [1, 1]]);
		expect(marked(gt!, 'muted')).toEqual([[0, 0], [1, 1]]);
		expect(fig.caption).toEqual({ say: 'mirrorFigure', with: { v: '3', j: '3' } });
	});
});

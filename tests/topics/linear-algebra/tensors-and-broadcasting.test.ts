import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/core/random';
import { fmtFor } from '../../../src/practice/render';
import { alignRight, broadcastShape, examples, practice } from '../../../src/topics/linear-algebra/tensors-and-broadcasting';
import { figureOf, handProduct, marked, readGrids, values } from '../../helpers/figure-linear-algebra';

const ru = fmtFor('ru');
const kind = (id: string) => practice.find((k) => k.id === id)!;

describe('linear-algebra/tensors-and-broadcasting: the module behind the example and the practice', () => {
	test('the rule on the page’s own cases', () => {
		expect(broadcastShape([4, 3], [3])).toEqual({ shape: [4, 3] });
		expect(broadcastShape([4, 3], [4])).toEqual({ axis: 1, sizes: [3, 4] });
		// The pitfall: a column (3, 1) against a vector (3,) is a 3×3 table.
		expect(broadcastShape([3, 1], [3])).toEqual({ shape: [3, 3] });
		expect(broadcastShape([8, 1, 5], [3, 1])).toEqual({ shape: [8, 3, 5] });
		expect(alignRight([8, 1, 5], [5])).toEqual([[8, 1, 5], [1, 1, 5]]);
	});

	test('the shape kind explains the trap with either operand’s shape', () => {
		const p = kind('shape').solve({ a: [5, 1], b: [5] }, ru);
		expect(p.answer).toEqual({ kind: 'shape', value: [5, 5] });
		expect(p.mistakes).toEqual([{ value: [5, 1], say: 'trap' }, { value: [5], say: 'trap' }]);
		expect(kind('shape').solve({ a: [2, 1, 4], b: [3, 1] }, ru).answer.value).toEqual([2, 3, 4]);
	});

	test('the fits kind: about half of the draws clash, and every clash is a real one', () => {
		let no = 0;
		for (let seed = 1; seed <= 400; seed++) {
			const inputs = kind('fits').draw(createRng(seed)) as { a: number[]; b: number[] };
			const p = kind('fits').solve(inputs, ru);
			if (p.answer.value === 'no') {
				no++;
				expect('axis' in broadcastShape(inputs.a, inputs.b)).toBe(true);
			}
		}
		expect(no).toBeGreaterThan(150);
		expect(no).toBeLessThan(250);
		expect(kind('fits').solve({ a: [4, 3], b: [4] }, ru).answer.value).toBe('no');
	});

	test('the worked example: A·W, then the bias added to each of the four rows', () => {
		// A = [0 0; 0 2; 2 2; 2 0], W = [1 −1 0.5; 1 1 −1]: A·W rows are 0, 2·(1, 1, −1), 2·(2, 0, −0.5), 2·(1, −1, 0.5);
		// plus b = (−1, 0, 1): [−1 0 1; 1 2 −1; 3 0 0; 1 −2 2].
		const ex = examples!.bias!;
		const lines = (ex.blocks(ex.inputs, ru) as { tex: string }[]).map((b) => b.tex);
		expect(lines[0]).toContain('\\begin{bmatrix} 1 & -1 & 0{,}5 \\\\ 1 & 1 & -1 \\end{bmatrix}');
		expect(lines[1]!.endsWith('&= \\underbrace{\\begin{bmatrix} -1 & 0 & 1 \\\\ 1 & 2 & -1 \\\\ 3 & 0 & 0 \\\\ 1 & -2 & 2 \\end{bmatrix}}_{4 \\times 3} \\end{aligned}')).toBe(true);
	});
});

describe('linear-algebra/tensors-and-broadcasting: the figure of the stretched bias', () => {
	test('AW with the page’s numbers, then b once for real and as dashed copies down to as many rows as AW has', () => {
		const ex = examples!.bias!;
		const { a, w, b } = ex.inputs as { a: number[][]; w: number[][]; b: number[] };
		const fig = figureOf(ex.blocks(ex.inputs, ru));
		const [gz, gb, ...rest] = readGrids(fig.svg);
		expect(rest).toEqual([]);
		expect(values(gz!)).toEqual(handProduct(a, w));
		expect(values(gb!)).toEqual(a.map(() => b));
		expect(gb!.cells.map((row) => row.every((c) => c.ghost))).toEqual(a.map((_, i) => i > 0));
		expect(marked(gb!)).toEqual(b.map((_, j) => [0, j]));
		expect(fig.caption).toEqual({ say: 'stretchFigure', with: { m: String(a.length) } });
		expect(fig.alt!.with).toEqual({ m: '4', k: '3', b: '−1; 0; 1' });
	});
});

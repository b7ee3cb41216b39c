/**
 * Matrices: a table of numbers with an entry w_ij in row i and column j, and the product of a row
 * vector and a matrix, xW — a dense layer before its bias, one dot product per column (neuron).
 * The product is computed by the core. One module for the worked examples (the site's row
 * convention xW and the textbooks' column convention Mx, each entry written out as a dot product),
 * the practice problems and the tests (tests/topics/linear-algebra/matrices.test.ts).
 */
import type { Rng } from '../../../core/random';
import { matmul } from '../../../core/tensor/linear';
import { createMatrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texColumn, texMatrix } from '../../tex';
import type { TopicModule, WorkedExample } from '../../types';
import { pick } from '../../draw';
import { plain } from '../../../figures/svg';
import { productFigure } from '../matrix-multiplication';
import { plainList } from '../../../figures/grid';

/** A matrix from its rows (the core's own `fromRows` is left to the build-time code, so the browser's shared chunk stays small). */
const fromRows = (rows: readonly (readonly number[])[]) => createMatrix(rows.length, rows[0]!.length, rows.flat());

/** y = xW by the core: the row x (1×n) times W (n×k). */
export const rowTimesMatrix = (x: readonly number[], w: readonly (readonly number[])[]): number[] => Array.from(matmul(createMatrix(1, x.length, x), fromRows(w)).data);

/** y = Mx by the core: M (k×n) times the column x (n×1). */
export const matrixTimesColumn = (m: readonly (readonly number[])[], x: readonly number[]): number[] => Array.from(matmul(fromRows(m), createMatrix(x.length, 1, x)).data);

/** `a·b + c·(−d)`: every factor but the very first gets brackets when negative. */
const texProducts = (pairs: readonly (readonly [number, number])[], fmt: Fmt) =>
	pairs.map(([a, b], i) => `${i === 0 ? fmt(a) : paren(a, fmt)} \\cdot ${paren(b, fmt)}`).join(' + ');

/** A matrix with its shape under it. */
const shaped = (tex: string, rows: number, cols: number) => `\\underbrace{${tex}}_{${rows} \\times ${cols}}`;

interface MatVecInputs {
	m: number[][];
	x: number[];
	/** `row` (the site's convention): xW; `column` (textbooks): Mx. */
	orientation: 'row' | 'column';
}

/** A matrix–vector product with every entry of the result written out as a dot product. */
export const matVecExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: MatVecInputs): WorkedExample<MatVecInputs> => ({
	inputs,
	blocks: ({ m, x, orientation }, fmt) => {
		const rows = m.length;
		const cols = m[0]!.length;
		if (orientation === 'row') {
			const y = rowTimesMatrix(x, m);
			const col0 = m.map((r) => r[0]!);
			return [
				{ tex: `x W = ${shaped(texMatrix([x], fmt), 1, x.length)} \\cdot ${shaped(texMatrix(m, fmt), rows, cols)} = ${shaped(texMatrix([y], fmt), 1, y.length)}` },
				...y.map((yj, j) => ({ tex: `y_{${j + 1}} = ${texProducts(x.map((xi, i) => [xi, m[i]![j]!] as const), fmt)} = ${fmt(yj)}` })),
				// The first neuron's column of weights meets x in y₁: the picture of the first line above.
				{
					svg: productFigure([x], m, [0, 0], ['x', 'W', 'y = xW'], fmt),
					caption: { say: 'columnFigure', with: { y: fmt(y[0]!) } },
					alt: { say: 'columnFigureAlt', with: { x: plainList(x, fmt), col: plainList(col0, fmt), y: plain(fmt(y[0]!)), rows: String(rows), cols: String(cols) } },
				},
			];
		}
		const y = matrixTimesColumn(m, x);
		return [
			{ tex: `M x = ${shaped(texMatrix(m, fmt), rows, cols)} \\cdot ${shaped(texColumn(x, fmt), x.length, 1)} = ${shaped(texColumn(y, fmt), y.length, 1)}` },
			...y.map((yi, i) => ({ tex: `y_{${i + 1}} = ${texProducts(m[i]!.map((mij, j) => [mij, x[j]!] as const), fmt)} = ${fmt(yi)}` })),
		];
	},
});

const matrix = (rng: Rng, rows: number, cols: number, lo: number, hi: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => pick(rng, lo, hi)));

interface ProductInputs {
	x: number[];
	w: number[][];
}

/** A layer's outputs before the bias: the row x times W, one dot product per column. */
const matvec: Kind<ProductInputs> = {
	id: 'matvec',
	draw: (rng) => {
		const n = 2 + rng.int(2);
		const k = 2 + rng.int(2);
		return { x: Array.from({ length: n }, () => pick(rng, -3, 3)), w: matrix(rng, n, k, -3, 3) };
	},
	solve: ({ x, w }, fmt) => {
		const answer = rowTimesMatrix(x, w);
		const n = x.length;
		const k = w[0]!.length;
		// Rows of W taken instead of columns (Wx, as if the vector stood on the right): possible only for a square W.
		const byRows = n === k ? matrixTimesColumn(w, x) : undefined;
		return {
			vars: { x: `x = ${texMatrix([x], fmt)}`, w: `W = ${texMatrix(w, fmt)}` },
			answer: { kind: 'vector', value: answer },
			steps: [
				{ say: 'shape', with: { shape: `1 \\times ${n}`, wshape: `${n} \\times ${k}`, yshape: `1 \\times ${k}` } },
				...answer.map((yj, j) => ({ ...(j === 0 ? { say: 'column' } : {}), tex: `y_{${j + 1}} = ${texProducts(x.map((xi, i) => [xi, w[i]![j]!] as const), fmt)} = ${fmt(yj)}` })),
				{ say: 'result', tex: `x W = ${texMatrix([answer], fmt)}` },
			],
			mistakes: byRows && byRows.some((v, j) => v !== answer[j]) ? [{ value: byRows, say: 'rows' }] : [],
		};
	},
	numpy: ({ x, w }) => `np.array(${JSON.stringify(x)}) @ np.array(${JSON.stringify(w)})`,
};

interface WeightInputs {
	w: number[][];
	i: number;
	j: number;
}

/** Reading a weight matrix: the weight from input i to neuron j is w_ij, row i, column j. */
const weight: Kind<WeightInputs> = {
	id: 'weight',
	draw: (rng) => {
		const n = 3 + rng.int(2);
		const k = 3;
		for (;;) {
			const i = 1 + rng.int(3);
			const j = 1 + rng.int(k);
			if (i !== j) return { w: matrix(rng, n, k, -9, 9), i, j };
		}
	},
	solve: ({ w, i, j }, fmt) => {
		const answer = w[i - 1]![j - 1]!;
		const swapped = w[j - 1]?.[i - 1];
		return {
			vars: { w: `W = ${texMatrix(w, fmt)}`, n: `${w.length}`, k: `${w[0]!.length}`, i: `${i}`, j: `${j}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'index', tex: `w_{${i}${j}}` },
				{ say: 'read', tex: `w_{${i}${j}} = ${fmt(answer)}` },
			],
			mistakes: swapped !== undefined && swapped !== answer ? [{ value: swapped, say: 'swap' }] : [],
		};
	},
	numpy: ({ w, i, j }) => `np.array(${JSON.stringify(w)})[${i - 1}, ${j - 1}]`,
};

export const practice: TopicModule['practice'] = [matvec, weight];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	row: matVecExample({ m: [[1, -1, 0.5], [1, 1, -1]], x: [2, 2], orientation: 'row' }),
	column: matVecExample({ m: [[1, 1], [-1, 1], [0.5, -1]], x: [2, 2], orientation: 'column' }),
};

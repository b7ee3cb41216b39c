/**
 * The helpers of the matrix-multiplication topic that other topics' practice uses (linear
 * transformations, the determinant, eigenvectors): a product by the core, its entries written out,
 * a small random matrix, the known mistakes that are really wrong. Apart from ./index.ts, whose worked
 * examples draw figures: a module that imports index.ts brings the figure code's chunks into the
 * browser with it (the bundler keeps a shared chunk's import even when the examples using it are
 * dropped), and the eigenvectors page's practice would go over its budget
 * (tests/dist/practice-budget.test.ts). ./index.ts re-exports all of these.
 */
import type { Rng } from '../../../core/random';
import { matmul } from '../../../core/tensor/linear';
import { fromRows, type Matrix } from '../../../core/tensor/matrix';
import type { Fmt, Mistake, Step } from '../../../practice/types';
import { paren } from '../../tex';
import { pick } from '../../draw';

export type Rows = number[][];

/** A small matrix of whole numbers from `lo` to `hi`. */
export const pickMatrix = (rng: Rng, rows: number, cols: number, lo: number, hi: number): Rows =>
	Array.from({ length: rows }, () => Array.from({ length: cols }, () => pick(rng, lo, hi)));

/** The rows of a core matrix. */
export const rowsOf = (m: Matrix): Rows => Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));

/** The known mistakes that are really wrong: none equal to the answer, each wrong value once (the first explanation wins). */
export function wrongOnly(answer: Mistake['value'], mistakes: readonly Mistake[]): Mistake[] {
	// Compared as the checker compares them: the numbers in order, whatever the rows.
	const key = (v: Mistake['value']) => JSON.stringify(Array.isArray(v) ? v.flat() : v);
	return mistakes.filter((m, i) => key(m.value) !== key(answer) && mistakes.findIndex((o) => key(o.value) === key(m.value)) === i);
}

/** A·B by the core. */
export const multiply = (a: Rows, b: Rows): Rows => rowsOf(matmul(fromRows(a), fromRows(b)));

/** `1 \cdot 5 + 2 \cdot (-8)`: a row against a column, negative factors in brackets (the very first one as is). */
export const texDot = (row: readonly number[], col: readonly number[], fmt: Fmt): string =>
	row.map((x, k) => `${k === 0 ? fmt(x) : paren(x, fmt)} \\cdot ${paren(col[k]!, fmt)}`).join(' + ');

/**
 * The entries of A·B written out one by one, `c_{12} = 1 \cdot 6 + 2 \cdot 9 = 24`, the first with the
 * sentence `say`: the steps of a product by hand.
 */
export function entrySteps(a: Rows, b: Rows, letter: string, say: string, fmt: Fmt): Step[] {
	const column = (j: number) => b.map((r) => r[j]!);
	return multiply(a, b).flatMap((row, i) =>
		row.map((v, j) => ({
			...(i === 0 && j === 0 ? { say } : {}),
			tex: `${letter}_{${i + 1}${j + 1}} = ${texDot(a[i]!, column(j), fmt)} = ${fmt(v)}`,
		})),
	);
}

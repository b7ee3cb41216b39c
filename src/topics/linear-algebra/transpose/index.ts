/**
 * The transpose: rows become columns, so an m×n matrix becomes n×m, and (AB)ᵀ = BᵀAᵀ. The products
 * are the core's `matmul`; the transpose is done on the rows (see the note in ../matrix-multiplication
 * on why not the core's `transpose`). One module for the worked examples (the rule checked on
 * numbers, and two shape checks that give away the gradient formulas), the practice problems and the
 * tests (tests/topics/linear-algebra/transpose.test.ts).
 */
import type { Fmt, Kind, Step } from '../../../practice/types';
import { texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { multiply, pickMatrix, productShape, shapeCheckExample, texShape, texShaped, transposedShape, transposeRows, wrongOnly, type Rows, type Shape2 } from '../matrix-multiplication';
import { pick } from '../../draw';
import { CELL, grid, gridSize } from '../../../figures/grid';
import { plain, svg, text } from '../../../figures/svg';

/** Aᵀ: row i becomes column i. */
export const transposed = transposeRows;

export interface RuleInputs {
	a: Rows;
	b: Rows;
}

/**
 * A and Aᵀ side by side, each with its main diagonal dashed: the diagonal stays, every other entry
 * moves to the mirror place. The entry `at` of A and its mirror in Aᵀ are marked, the diagonal muted.
 */
export function transposeFigure(a: Rows, [i, j]: readonly [number, number], fmt: Fmt): string {
	const at = transposed(a);
	const labels = (m: Rows) => m.map((row) => row.map((v) => plain(fmt(v))));
	const [wa, ha] = gridSize(a.length, a[0]!.length);
	const [wt, ht] = gridSize(at.length, at[0]!.length);
	const [left, top, gap] = [8, 30, 56];
	const tx = left + wa + gap;
	const diagonal = (x: number, y: number, m: Rows) => {
		const d = Math.min(m.length, m[0]!.length) * CELL;
		return `<path d="M${x} ${y}L${x + d} ${y + d}" class="fig-muted fig-stroke" stroke-width="1.5" stroke-dasharray="5 4"/>`;
	};
	const mark = (r: number, k: number, p: number, q: number) => (r === p && k === q ? 'accent' : r === k ? 'muted' : undefined);
	const body = [
		// The diagonals first, so the numbers' halos cover them.
		diagonal(left, top, a),
		diagonal(tx, top, at),
		grid({ x: left, y: top, cells: labels(a), mark: (r, k) => mark(r, k, i, j) }),
		grid({ x: tx, y: top, cells: labels(at), mark: (r, k) => mark(r, k, j, i) }),
		text(left + wa / 2, 14, 'A', { weight: 'bold' }),
		text(tx + wt / 2, 14, 'Aᵀ', { weight: 'bold' }),
		text(left + wa + gap / 2, top + Math.min(ha, ht) / 2, '→', { tone: 'muted', size: 22 }),
	];
	const width = tx + wt + 8;
	return svg(width, top + Math.max(ha, ht) + 8, body).replace('<svg ', `<svg style="max-width: ${width}px" `);
}

/** A and Aᵀ with their shapes, then (AB)ᵀ next to BᵀAᵀ: the rule holding on real numbers. */
export const ruleExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: RuleInputs): WorkedExample<RuleInputs> => ({
	inputs,
	blocks: ({ a, b }, fmt): Block[] => {
		const at = transposed(a);
		const bt = transposed(b);
		return [
			{ tex: `A = ${texShaped(a, fmt)}, \\qquad A^\\top = ${texShaped(at, fmt)}` },
			{
				svg: transposeFigure(a, [0, a[0]!.length - 1], fmt),
				caption: { say: 'mirrorFigure', with: { v: fmt(a[0]![a[0]!.length - 1]!), j: String(a[0]!.length) } },
				alt: { say: 'mirrorFigureAlt', with: { v: plain(fmt(a[0]![a[0]!.length - 1]!)), j: String(a[0]!.length), rows: String(a.length), cols: String(a[0]!.length) } },
			},
			{ tex: `B = ${texShaped(b, fmt)}, \\qquad (AB)^\\top = ${texShaped(transposed(multiply(a, b)), fmt)}` },
			{ tex: `B^\\top A^\\top = ${texShaped(bt, fmt)} \\cdot ${texShaped(at, fmt)} = ${texShaped(multiply(bt, at), fmt)}` },
		];
	},
});

interface EntriesInputs {
	a: Rows;
}

/** Write Aᵀ: row i of A becomes column i. */
const entries: Kind<EntriesInputs> = {
	id: 'entries',
	draw: (rng) => {
		const rows = pick(rng, 2, 3);
		const cols = rows === 3 ? 2 : pick(rng, 3, 4);
		return { a: pickMatrix(rng, rows, cols, -5, 9) };
	},
	solve: ({ a }, fmt) => {
		const at = transposed(a);
		const shape: Shape2 = [a.length, a[0]!.length];
		return {
			vars: { a: `A = ${texMatrix(a, fmt)}` },
			answer: { kind: 'matrix', value: at },
			steps: [
				{ say: 'shape', with: { from: texShape(shape), to: texShape(transposedShape(shape)) } },
				...a.map((row, i): Step => ({ ...(i === 0 ? { say: 'rows' } : {}), tex: `\\text{${i + 1}:} \\; ${texMatrix([row], fmt)} \\to ${texMatrix(row.map((v) => [v]), fmt)}` })),
				{ say: 'result', tex: `A^\\top = ${texMatrix(at, fmt)}` },
			],
			// Reading A column by column but writing the columns as columns again: A itself.
			mistakes: wrongOnly(at, [{ value: a, say: 'same' }]),
		};
	},
	numpy: ({ a }) => `np.array(${JSON.stringify(a)}).T`,
};

interface ShapeInputs {
	m: number;
	n: number;
	p: number;
	form: 0 | 1 | 2;
}

/** The expressions asked about: the transpose of a product, and the two Gram matrices. */
const FORMS = ['(AB)^\\top', 'A^\\top A', 'A A^\\top'] as const;

/** The shape of (AB)ᵀ, AᵀA or AAᵀ: transposes and products of shapes. */
const shape: Kind<ShapeInputs> = {
	id: 'shape',
	draw: (rng) => ({ m: pick(rng, 1, 9), n: pick(rng, 1, 9), p: pick(rng, 1, 9), form: rng.int(3) as 0 | 1 | 2 }),
	solve: ({ m, n, p, form }) => {
		const a: Shape2 = [m, n];
		const b: Shape2 = [n, p];
		const fit = (l: Shape2, r: Shape2): Shape2 => {
			const s = productShape(l, r);
			if (!('shape' in s)) throw new Error(`transpose shape kind: ${texShape(l)} · ${texShape(r)} must fit`);
			return s.shape;
		};
		const at = transposedShape(a);
		if (form === 0) {
			const ab = fit(a, b);
			const answer = transposedShape(ab);
			return {
				vars: { expr: FORMS[form], given: `A: ${texShape(a)}, \\; B: ${texShape(b)}` },
				answer: { kind: 'shape', value: answer },
				steps: [
					{ say: 'product', tex: `(${texShape(a)}) \\cdot (${texShape(b)}) \\to (${texShape(ab)})` },
					{ say: 'outer', tex: `(${texShape(ab)})^\\top = (${texShape(answer)})` },
				],
				mistakes: wrongOnly(answer, [{ value: ab, say: 'untransposed' }]),
			};
		}
		const [left, right] = form === 1 ? [at, a] : [a, at];
		const answer = fit(left, right);
		return {
			vars: { expr: FORMS[form], given: `A: ${texShape(a)}` },
			answer: { kind: 'shape', value: answer },
			steps: [
				{ say: 'flip', tex: `A^\\top: ${texShape(at)}` },
				{ say: 'gram', tex: `(${texShape(left)}) \\cdot (${texShape(right)}) \\to (${texShape(answer)})` },
			],
			// The other Gram matrix: AAᵀ for AᵀA and back.
			mistakes: wrongOnly(answer, [{ value: fit(right, left), say: 'otherGram' }]),
		};
	},
	numpy: ({ m, n, p, form }) =>
		[
			`(np.zeros((${m}, ${n})) @ np.zeros((${n}, ${p}))).T.shape`,
			`(np.zeros((${m}, ${n})).T @ np.zeros((${m}, ${n}))).shape`,
			`(np.zeros((${m}, ${n})) @ np.zeros((${m}, ${n})).T).shape`,
		][form]!,
};

export const practice: TopicModule['practice'] = [entries, shape];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	rule: ruleExample({ a: [[1, 2, 3], [4, 5, 6]], b: [[1, 0], [0, 1], [1, -1]] }),
	gradW: shapeCheckExample({ a: [2, 4], b: [4, 3] }),
	gradA: shapeCheckExample({ a: [4, 3], b: [3, 2] }),
};

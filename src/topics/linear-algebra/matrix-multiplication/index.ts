/**
 * Matrix multiplication: the shape rule (inner sizes match and cancel, outer sizes give the result)
 * and the entries (row i of A against column j of B). Both come from the core's `matmul`, so the
 * page, the practice and the widgets agree on the rule. One module for the worked examples (the
 * shape checks, also used by the transpose, dense-layer and backprop pages, and a small product),
 * the practice problems and the tests (tests/topics/linear-algebra/matrix-multiplication.test.ts).
 */
import { ShapeError } from '../../../core/errors';
import { matmul } from '../../../core/tensor/linear';
import { createMatrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind, Mistake, Step } from '../../../practice/types';
import { CELL, grid, gridSize, plainList } from '../../../figures/grid';
import { plain, svg, text } from '../../../figures/svg';
import { texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { pick } from '../../draw';
import { entrySteps, multiply, pickMatrix, rowsOf, texDot, wrongOnly, type Rows } from './rows';

// The helpers other topics' practice uses live in ./rows.ts (see there why); the rest of the site imports them from here.
export { entrySteps, multiply, pickMatrix, rowsOf, texDot, wrongOnly, type Rows };

export type Shape2 = [number, number];

/** The shape of A·B by the core's matmul, or the core's complaint: the columns of A and the rows of B. */
export function productShape(a: Shape2, b: Shape2): { shape: Shape2 } | { cols: number; rows: number } {
	try {
		const c = matmul(createMatrix(a[0], a[1]), createMatrix(b[0], b[1]));
		return { shape: [c.rows, c.cols] };
	} catch (e) {
		if (!(e instanceof ShapeError) || e.details.code !== 'matmul-inner') throw e;
		return { cols: e.details.left[1]!, rows: e.details.right[0]! };
	}
}

/*
 * The core's `toRows` and `transpose` are not used here on purpose: these modules run in the browser
 * (the practice), and using them would keep both in the core's shared matrix chunk, which the training
 * widget loads too, pushing that page over its 15 KB script budget (tests/dist/widget-budget.test.ts).
 * The one-liners here and `rowsOf` in ./rows.ts do the same on the rows.
 */


/** A matrix given by rows, transposed: row i becomes column i. */
export const transposeRows = (a: Rows): Rows => a[0]!.map((_, j) => a.map((r) => r[j]!));

/** The shape of a transposed matrix: the sizes swap. */
export const transposedShape = (s: Shape2): Shape2 => [s[1], s[0]];



/** `4 \times 16`. */
export const texShape = (s: readonly number[]): string => s.join(' \\times ');

/** A matrix with its shape under it: `\underbrace{…}_{4 \times 2}` (worked examples only: KaTeX draws it, the practice subset does not). */
export const texShaped = (rows: Rows, fmt: Fmt): string => `\\underbrace{${texMatrix(rows, fmt)}}_{${rows.length} \\times ${rows[0]!.length}}`;



export interface ShapeCheckInputs {
	a: Shape2;
	b: Shape2;
}

/**
 * The shape rule for one product: `(4×2)·(2×16) → (4×16)`, or, when the inner sizes differ, the
 * product crossed out and the reason (sentence `shapeMismatch`, whose words every page that uses this
 * example takes from `shapeCheckWords` in this topic's ru.ts / en.ts).
 */
export const shapeCheckExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: ShapeCheckInputs): WorkedExample<ShapeCheckInputs> => ({
	inputs,
	blocks: ({ a, b }) => {
		const r = productShape(a, b);
		const left = `(${texShape(a)}) \\cdot (${texShape(b)})`;
		if ('shape' in r) return [{ tex: `${left} \\to (${texShape(r.shape)})` }];
		return [
			{ tex: `${left} \\not\\to` },
			{ say: 'shapeMismatch', with: { a: texShape(a), b: texShape(b), cols: String(r.cols), rows: String(r.rows) } },
		];
	},
});

export interface ProductInputs {
	a: Rows;
	b: Rows;
}

/** The names a product figure writes by its three grids: `A`, `B` and `C = AB`, or `x`, `W` and `y = xW`. */
export type ProductNames = readonly [string, string, string];

/**
 * A product drawn as the textbook lays it out: B above C, A to the left of C, so row i of A and column
 * j of B meet at the entry c_ij they give. That row, that column and that entry are marked; every
 * number is the page's, and C is computed by the core.
 */
export function productFigure(a: Rows, b: Rows, [i, j]: readonly [number, number], names: ProductNames, fmt: Fmt): string {
	const c = multiply(a, b);
	const labels = (m: Rows) => m.map((row) => row.map((v) => plain(fmt(v))));
	const [wa, ha] = gridSize(a.length, a[0]!.length);
	const [wb, hb] = gridSize(b.length, b[0]!.length);
	const [left, top, gap] = [36, 8, 16];
	const [ax, ay] = [left, top + hb + gap];
	const bx = left + wa + gap;
	const body = [
		grid({ x: ax, y: ay, cells: labels(a), mark: (r) => (r === i ? 'accent' : undefined) }),
		grid({ x: bx, y: top, cells: labels(b), mark: (_, k) => (k === j ? 'accent' : undefined) }),
		grid({ x: bx, y: ay, cells: labels(c), mark: (r, k) => (r === i && k === j ? 'accent' : undefined) }),
		// The names sit in the empty corner above A and left of B, and under C.
		text(ax + wa / 2, ay - 14, names[0], { weight: 'bold' }),
		text(bx - 14, top + hb / 2, names[1], { weight: 'bold' }),
		text(bx + (c[0]!.length * CELL) / 2, ay + ha + 18, names[2], { weight: 'bold' }),
	];
	return svg(bx + wb + 8, ay + ha + 32, body).replace('<svg ', `<svg style="max-width: ${bx + wb + 8}px" `);
}

/** A worked product `A·B = C` with the shapes under the factors, and the first entry written out. */
export const productExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: ProductInputs): WorkedExample<ProductInputs> => ({
	inputs,
	blocks: ({ a, b }, fmt): Block[] => {
		const c = multiply(a, b);
		const col0 = b.map((r) => r[0]!);
		// The old component wrote every factor as is; the page's numbers are positive, so `paren` changes nothing there.
		return [
			{ tex: `${texShaped(a, fmt)} \\cdot ${texShaped(b, fmt)} = ${texShaped(c, fmt)}` },
			{ tex: `c_{11} = ${texDot(a[0]!, col0, fmt)} = ${fmt(c[0]![0]!)}` },
			{
				svg: productFigure(a, b, [0, 0], ['A', 'B', 'C = AB'], fmt),
				caption: { say: 'productFigure', with: { c: fmt(c[0]![0]!) } },
				alt: { say: 'productFigureAlt', with: { row: plainList(a[0]!, fmt), col: plainList(col0, fmt), c: plain(fmt(c[0]![0]!)) } },
			},
		];
	},
});

/** The three ways a product is written in the retired drills, and still in backprop: A·B, A·Bᵀ, Aᵀ·B. */
const FORMS = ['A \\cdot B', 'A \\cdot B^\\top', 'A^\\top \\cdot B'] as const;

interface ShapeInputs {
	m: number;
	n: number;
	p: number;
	form: 0 | 1 | 2;
}

/** The shape of A·B, A·Bᵀ or Aᵀ·B for given shapes of A and B: transpose first, then the shape rule. */
const shape: Kind<ShapeInputs> = {
	id: 'shape',
	draw: (rng) => ({ m: pick(rng, 1, 9), n: pick(rng, 1, 9), p: pick(rng, 1, 9), form: rng.int(3) as 0 | 1 | 2 }),
	solve: ({ m, n, p, form }) => {
		// As given in the question: for A·Bᵀ, B is p×n; for Aᵀ·B, A is n×m. The product is always m×p.
		const a: Shape2 = form === 2 ? [n, m] : [m, n];
		const b: Shape2 = form === 1 ? [p, n] : [n, p];
		const left = form === 2 ? transposedShape(a) : a;
		const right = form === 1 ? transposedShape(b) : b;
		const r = productShape(left, right);
		if (!('shape' in r)) throw new Error(`shape kind: ${texShape(left)} · ${texShape(right)} must fit`);
		const steps: Step[] = [];
		if (form === 1) steps.push({ say: 'transpose', with: { name: 'B' }, tex: `B: ${texShape(b)} \\;\\Rightarrow\\; B^\\top: ${texShape(right)}` });
		if (form === 2) steps.push({ say: 'transpose', with: { name: 'A' }, tex: `A: ${texShape(a)} \\;\\Rightarrow\\; A^\\top: ${texShape(left)}` });
		steps.push({ say: 'rule', tex: `(${texShape(left)}) \\cdot (${texShape(right)}) \\to (${texShape(r.shape)})` });
		// Forgetting the transpose: the outer sizes taken from the shapes as given; or the inner sizes instead of the outer.
		const candidates: Mistake[] = [
			...(form === 1 ? [{ value: [a[0], b[1]], say: 'forgotB' }] : []),
			...(form === 2 ? [{ value: [a[0], b[1]], say: 'forgotA' }] : []),
			{ value: [left[1], right[0]], say: 'inner' },
		];
		return {
			vars: { expr: FORMS[form], a: texShape(a), b: texShape(b) },
			answer: { kind: 'shape', value: r.shape },
			steps,
			mistakes: wrongOnly(r.shape, candidates),
		};
	},
	numpy: ({ m, n, p, form }) =>
		[
			`(np.zeros((${m}, ${n})) @ np.zeros((${n}, ${p}))).shape`,
			`(np.zeros((${m}, ${n})) @ np.zeros((${p}, ${n})).T).shape`,
			`(np.zeros((${n}, ${m})).T @ np.zeros((${n}, ${p}))).shape`,
		][form]!,
};

/** Entries of a small product: each one a row of A against a column of B. */
const product: Kind<ProductInputs> = {
	id: 'product',
	draw: (rng) => {
		const k = 2 + rng.int(2);
		return { a: pickMatrix(rng, 2, k, -3, 4), b: pickMatrix(rng, k, 2, -3, 4) };
	},
	solve: ({ a, b }, fmt) => {
		const c = multiply(a, b);
		const steps = entrySteps(a, b, 'c', 'first', fmt);
		steps.push({ say: 'result', tex: `AB = ${texMatrix(c, fmt)}` });
		const square = a[0]!.length === 2;
		// With 2×2 factors three wrong products have the right shape: entry by entry, B·A, and rows of A against rows of B.
		const mistakes: Mistake[] = square
			? [
					{ value: a.map((r, i) => r.map((x, j) => x * b[i]![j]!)), say: 'elementwise' },
					{ value: multiply(b, a), say: 'order' },
					{ value: a.map((r) => b.map((s) => r[0]! * s[0]! + r[1]! * s[1]!)), say: 'rows' },
				]
			: [];
		return {
			vars: { a: texMatrix(a, fmt), b: texMatrix(b, fmt), shapes: `(${texShape([2, a[0]!.length])}) \\cdot (${texShape([b.length, 2])})` },
			answer: { kind: 'matrix', value: c },
			steps,
			mistakes: wrongOnly(c, mistakes),
		};
	},
	numpy: ({ a, b }) => `np.array(${JSON.stringify(a)}) @ np.array(${JSON.stringify(b)})`,
};

export const practice: TopicModule['practice'] = [shape, product];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	fits: shapeCheckExample({ a: [4, 2], b: [2, 16] }),
	mismatch: shapeCheckExample({ a: [4, 2], b: [3, 16] }),
	product: productExample({ a: [[1, 2], [3, 4]], b: [[5, 6, 7], [8, 9, 10]] }),
};

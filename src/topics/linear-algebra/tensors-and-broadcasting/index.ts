/**
 * Tensors and broadcasting: arrays of any number of axes, and the rule by which NumPy and PyTorch
 * combine two of different shapes elementwise (align on the right, missing axes count as 1, equal
 * lengths or a 1 that stretches). The core works with matrices only, so the rule for whole shapes is
 * written here; its one case the core knows, a bias added to every row, is the core's `addBias` in the
 * worked example. Tests: tests/topics/linear-algebra/tensors-and-broadcasting.test.ts.
 */
import type { Rng } from '../../../core/random';
import { addBias, matmul } from '../../../core/tensor/linear';
import { fromRows } from '../../../core/tensor/matrix';
import type { Fmt, Kind, Step } from '../../../practice/types';
import { texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { rowsOf, texShaped, wrongOnly, type Rows } from '../matrix-multiplication';
import { pick } from '../../draw';
import { grid, gridSize, plainList } from '../../../figures/grid';
import { plain, svg, text } from '../../../figures/svg';
import { alignRight, broadcastShape } from './broadcast';

export { alignRight, broadcastShape };

/** A shape as NumPy prints it, in TeX: `(4, 3)`, `(3,)`. */
export const texTuple = (s: readonly number[]): string => (s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`);

/** A shape as a Python tuple for the NumPy check. */
const pyTuple = (s: readonly number[]): string => `(${s.join(', ')},)`;

export interface BiasInputs {
	/** The matrix the bias is added to; with `w`, the left factor A of A·W. */
	a: Rows;
	w?: Rows;
	b: number[];
}

/**
 * The bias broadcast: the matrix, a plus sign, and the bias as one real row (marked) followed by the
 * copies broadcasting pretends to make (dashed), as many as the matrix has rows.
 */
export function broadcastFigure(z: Rows, b: readonly number[], names: readonly [string, string], fmt: Fmt): string {
	const labels = (m: Rows) => m.map((row) => row.map((v) => plain(fmt(v))));
	const [wz, hz] = gridSize(z.length, z[0]!.length);
	const [wb] = gridSize(1, b.length);
	const [left, top, gap] = [8, 30, 40];
	const bx = left + wz + gap;
	const body = [
		grid({ x: left, y: top, cells: labels(z) }),
		grid({ x: bx, y: top, cells: labels(z.map(() => [...b])), mark: (i) => (i === 0 ? 'accent' : undefined), ghost: (i) => i > 0 }),
		text(left + wz / 2, 14, names[0], { weight: 'bold' }),
		text(bx + wb / 2, 14, names[1], { weight: 'bold', tone: 'accent' }),
		text(left + wz + gap / 2, top + hz / 2, '+', { size: 24 }),
	];
	const width = bx + wb + 8;
	return svg(width, top + hz + 8, body).replace('<svg ', `<svg style="max-width: ${width}px" `);
}

/** A bias broadcast over the rows of A·W (or of A): the copies NumPy pretends to make, by the core's matmul and addBias. */
export const biasExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: BiasInputs): WorkedExample<BiasInputs> => ({
	inputs,
	blocks: ({ a, w, b }, fmt: Fmt): Block[] => {
		const blocks: Block[] = [];
		let z = a;
		if (w) {
			z = rowsOf(matmul(fromRows(a), fromRows(w)));
			blocks.push({ tex: `A W = ${texShaped(a, fmt)} \\cdot ${texShaped(w, fmt)} = ${texShaped(z, fmt)}` });
		}
		const sum = rowsOf(addBias(fromRows(z), Float64Array.from(b)));
		const copies = z.map(() => b);
		// One matrix pair per line, so the example fits a phone screen.
		const head = w ? 'A W + b' : 'A + b';
		const first = `${texShaped(z, fmt)} + \\underbrace{${texMatrix([b], fmt)}}_{${b.length}}`;
		blocks.push({ tex: `\\begin{aligned} ${head} &= ${first} \\\\ &\\to ${texShaped(z, fmt)} + ${texShaped(copies, fmt)} \\\\ &= ${texShaped(sum, fmt)} \\end{aligned}` });
		blocks.push({
			svg: broadcastFigure(z, b, [w ? 'AW' : 'A', 'b'], fmt),
			caption: { say: 'stretchFigure', with: { m: String(z.length) } },
			alt: { say: 'stretchFigureAlt', with: { m: String(z.length), k: String(b.length), b: plainList(b, fmt) } },
		});
		return blocks;
	},
});

interface PairInputs {
	a: number[];
	b: number[];
}

/** The pitfall of the page: predictions (m, 1) against answers (m,). */
const isColumnTrap = ({ a, b }: PairInputs) => a.length === 2 && a[1] === 1 && b.length === 1 && b[0] === a[0];

/**
 * A pair of shapes that broadcast: `a` with 2 or 3 axes, `b` with 1 to as many, some lengths 1; now
 * and then the column-against-vector trap (m, 1) and (m,). Equal shapes and a `b` of ones only are
 * drawn again: nothing stretches there worth asking about.
 */
function drawPair(rng: Rng): PairInputs {
	if (rng.int(5) === 0) {
		const m = pick(rng, 2, 9);
		return { a: [m, 1], b: [m] };
	}
	for (;;) {
		const n = pick(rng, 2, 3);
		const full = Array.from({ length: n }, () => pick(rng, 2, 9));
		const a = full.map((s) => (rng.int(3) === 0 ? 1 : s));
		const b = full.slice(n - pick(rng, 1, n)).map((s) => (rng.int(3) === 0 ? 1 : s));
		if (b.some((s) => s !== 1) && a.join() !== b.join()) return { a, b };
	}
}

/** The aligned shapes as a two-row table, the padding ones included. */
const texAligned = (a: readonly number[], b: readonly number[]): string => {
	const [pa, pb] = alignRight(a, b);
	return `\\begin{matrix} ${pa.join(' & ')} \\\\ ${pb.join(' & ')} \\end{matrix}`;
};

const alignStep = (a: readonly number[], b: readonly number[]): Step => ({ say: 'align', tex: texAligned(a, b) });

/** The shape of a + b for two shapes that broadcast. */
const shape: Kind<PairInputs> = {
	id: 'shape',
	draw: drawPair,
	solve: ({ a, b }) => {
		const r = broadcastShape(a, b);
		if (!('shape' in r)) throw new Error(`broadcast shape kind: ${a} and ${b} must broadcast`);
		const [pa, pb] = alignRight(a, b);
		const pairs = pa.map((x, i) => `\\max(${x}, ${pb[i]})`).join(', ');
		return {
			vars: { a: texTuple(a), b: texTuple(b) },
			answer: { kind: 'shape', value: r.shape },
			steps: [alignStep(a, b), { say: 'stretch', tex: `(${pairs}) = ${texTuple(r.shape)}` }],
			// The longer operand's shape taken as the answer, as if only the other one stretched; in the trap, either shape.
			mistakes: wrongOnly(r.shape, isColumnTrap({ a, b }) ? [{ value: a, say: 'trap' }, { value: b, say: 'trap' }] : [{ value: a, say: 'oneSided' }]),
		};
	},
	numpy: ({ a, b }) => `(np.zeros(${pyTuple(a)}) + np.zeros(${pyTuple(b)})).shape`,
};

/** Whether a + b is defined: half of the pairs broadcast, in the other half one aligned axis clashes. */
const fits: Kind<PairInputs> = {
	id: 'fits',
	draw: (rng) => {
		const { a, b } = drawPair(rng);
		if (rng.int(2) === 0) return { a, b };
		// Two different lengths, neither 1, on one axis where the shapes meet.
		const k = rng.int(b.length);
		const x = pick(rng, 2, 9);
		let y = pick(rng, 2, 9);
		while (y === x) y = pick(rng, 2, 9);
		const a2 = a.slice();
		const b2 = b.slice();
		a2[a.length - b.length + k] = x;
		b2[k] = y;
		return { a: a2, b: b2 };
	},
	solve: ({ a, b }) => {
		const r = broadcastShape(a, b);
		const ok = 'shape' in r;
		const steps: Step[] = [alignStep(a, b)];
		if ('shape' in r) steps.push({ say: 'fits', tex: `\\to ${texTuple(r.shape)}` });
		else steps.push({ say: 'clash', with: { x: String(r.sizes[0]), y: String(r.sizes[1]) }, tex: `${r.sizes[0]} \\ne ${r.sizes[1]}` });
		return {
			vars: { a: texTuple(a), b: texTuple(b) },
			answer: { kind: 'choice', value: ok ? 'yes' : 'no', options: ['yes', 'no'] },
			steps,
			mistakes: [{ value: ok ? 'no' : 'yes', say: ok ? 'missedStretch' : 'missedClash' }],
		};
	},
	numpy: ({ a, b }) =>
		`(lambda g: exec("try:\\n    np.zeros(A) + np.zeros(B); r = 'yes'\\nexcept ValueError:\\n    r = 'no'", g) or g['r'])({'np': np, 'A': ${pyTuple(a)}, 'B': ${pyTuple(b)}})`,
};

export const practice: TopicModule['practice'] = [shape, fits];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	bias: biasExample({ a: [[0, 0], [0, 2], [2, 2], [2, 0]], w: [[1, -1, 0.5], [1, 1, -1]], b: [-1, 0, 1] }),
};

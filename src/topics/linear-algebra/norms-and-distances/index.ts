/**
 * Norms and distances: the length of a vector measured three ways (‖x‖₂, ‖x‖₁, ‖x‖∞) and the
 * Euclidean distance ‖x − y‖₂ between two points. The sum of squares is the core's 1×n by n×1
 * product of a vector with itself and the difference x − y is the core's row-plus-vector step; the
 * rest (roots, absolute values, the maximum) is arithmetic here. One module for the worked example,
 * the practice problems and the tests (tests/topics/linear-algebra/norms-and-distances.test.ts).
 */
import type { Rng } from '../../../core/random';
import { addBias, matmul } from '../../../core/tensor/linear';
import { createMatrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { pick } from '../../draw';
import { planeSvg, type Point } from '../../../figures/plane';
import { plainList } from '../../../figures/grid';
import { plain } from '../../../figures/svg';

/** Σ xᵢ² by the core: the row x times the column x. */
export const sumOfSquares = (x: readonly number[]): number => matmul(createMatrix(1, x.length, x), createMatrix(x.length, 1, x)).data[0]!;

/** x − y by the core: the row x plus the vector −y. */
export const difference = (x: readonly number[], y: readonly number[]): number[] =>
	Array.from(addBias(createMatrix(1, x.length, x), Float64Array.from(y.map((t) => -t))).data);

export type NormName = '1' | '2' | 'inf';

/** The ℓ₁, ℓ₂ or ℓ∞ norm of a vector. */
export function norm(x: readonly number[], p: NormName): number {
	const abs = x.map(Math.abs);
	if (p === '1') return abs.reduce((s, t) => s + t, 0);
	if (p === 'inf') return Math.max(...abs);
	return Math.sqrt(sumOfSquares(x));
}

/** The Euclidean distance ‖x − y‖₂. */
export const distance = (x: readonly number[], y: readonly number[]): number => norm(difference(x, y), '2');

const squares = (v: readonly number[], fmt: Fmt) => v.map((t) => `${paren(t, fmt)}^2`).join(' + ');
/** `= 5` for a whole root, `\approx 2{,}236` otherwise. */
const root = (s: number, fmt: Fmt) => (Number.isInteger(Math.sqrt(s)) ? `= ${fmt(Math.sqrt(s))}` : `\\approx ${fmt(Math.sqrt(s))}`);
/** `1 + (-2) + 3`: negative terms after the first in brackets. */
const texSum = (values: readonly number[], fmt: Fmt) => values.map((v, i) => (i > 0 ? paren(v, fmt) : fmt(v))).join(' + ');

/**
 * The three "circles" through a plane point x: the points at the same ℓ₁, ℓ₂ and ℓ∞ distance from the
 * origin as x — a diamond of radius ‖x‖₁, a circle of radius ‖x‖₂ (a polygon of 48 points) and a
 * square of radius ‖x‖∞ — and the arrow x, which ends on all three.
 */
export function ballsFigure(x: readonly number[]): string {
	const [r1, r2, rInf] = [norm(x, '1'), norm(x, '2'), norm(x, 'inf')];
	const circle = Array.from({ length: 48 }, (_, k): Point => [r2 * Math.cos((k * Math.PI) / 24), r2 * Math.sin((k * Math.PI) / 24)]);
	const edge = Math.ceil(r1) + 1;
	return planeSvg({
		bounds: { x0: -edge, x1: edge, y0: -edge, y1: edge },
		polygons: [
			{ points: [[r1, 0], [0, r1], [-r1, 0], [0, -r1]], tone: 'a' },
			{ points: circle, tone: 'c' },
			{ points: [[rInf, rInf], [-rInf, rInf], [-rInf, -rInf], [rInf, -rInf]], tone: 'b' },
		],
		arrows: [{ to: x as unknown as Point, label: 'x', tone: 'd' }],
		label: 'x',
	}).replace('<svg ', '<svg style="max-width: 320px" ');
}

interface NormsInputs {
	x: number[];
	/** A second vector: also the Euclidean distance between x and y. */
	y?: number[];
}

/** The three norms of one vector written out, and the distance to a second one. */
export const normsExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: NormsInputs): WorkedExample<NormsInputs> => ({
	inputs,
	blocks: ({ x, y }, fmt) => {
		const abs = x.map(Math.abs);
		const ss = sumOfSquares(x);
		const lines = [
			`x = ${texMatrix([x], fmt)}`,
			`\\lVert x \\rVert_2 = \\sqrt{${squares(x, fmt)}} = \\sqrt{${fmt(ss)}} ${root(ss, fmt)}`,
			`\\lVert x \\rVert_1 = ${x.map((t) => `|${fmt(t)}|`).join(' + ')} = ${texSum(abs, fmt)} = ${fmt(norm(x, '1'))}`,
			`\\lVert x \\rVert_\\infty = \\max(${abs.map((t) => fmt(t)).join(',\\ ')}) = ${fmt(norm(x, 'inf'))}`,
		];
		if (y) {
			const diff = difference(x, y);
			const dd = sumOfSquares(diff);
			lines.push(`y = ${texMatrix([y], fmt)}, \\qquad x - y = ${texMatrix([diff], fmt)}`);
			lines.push(`d(x, y) = \\lVert x - y \\rVert_2 = \\sqrt{${squares(diff, fmt)}} = \\sqrt{${fmt(dd)}} ${root(dd, fmt)}`);
		}
		const blocks: Block[] = lines.map((tex) => ({ tex }));
		if (x.length === 2) {
			const with_ = { n1: fmt(norm(x, '1')), n2: fmt(norm(x, '2')), ninf: fmt(norm(x, 'inf')) };
			blocks.splice(4, 0, {
				svg: ballsFigure(x),
				caption: { say: 'ballsFigure', with: with_ },
				alt: { say: 'ballsFigureAlt', with: { x: `(${plainList(x, fmt)})`, ...Object.fromEntries(Object.entries(with_).map(([k, v]) => [k, plain(v)])) } },
			});
		}
		return blocks;
	},
});

/** Vectors with whole lengths (3, 4 → 5; 1, 2, 2 → 3; 2, 3, 6 → 7; …), before signs and shuffles. */
const WHOLE_LENGTH = [[3, 4], [6, 8], [5, 12], [1, 2, 2], [2, 3, 6], [2, 4, 4], [1, 4, 8], [4, 4, 7]];

/** One whole-length vector, its coordinates rotated and their signs flipped at random. */
function wholeLengthVector(rng: Rng): number[] {
	const base = WHOLE_LENGTH[rng.int(WHOLE_LENGTH.length)]!;
	const shift = rng.int(base.length);
	return base.map((_, i) => base[(i + shift) % base.length]!).map((t) => (rng.int(2) ? -t : t));
}

interface NormInputs {
	x: number[];
	p: NormName;
}

const NORM_TEX: Record<NormName, string> = { '1': '\\lVert x \\rVert_1', '2': '\\lVert x \\rVert_2', inf: '\\lVert x \\rVert_\\infty' };

/** One of the three norms of a short vector. */
const normKind: Kind<NormInputs> = {
	id: 'norm',
	draw: (rng) => {
		const p = (['1', '2', 'inf'] as const)[rng.int(3)]!;
		if (p === '2') return { x: wholeLengthVector(rng), p };
		for (;;) {
			const x = Array.from({ length: 3 + rng.int(2) }, () => pick(rng, -6, 6));
			if (x.some((t) => t < 0)) return { x, p };
		}
	},
	solve: ({ x, p }, fmt) => {
		const answer = norm(x, p);
		const abs = x.map(Math.abs);
		const steps =
			p === '2'
				? [
						{ say: 'squares', tex: `${squares(x, fmt)} = ${fmt(sumOfSquares(x))}` },
						{ say: 'root', tex: `${NORM_TEX[p]} = \\sqrt{${fmt(sumOfSquares(x))}} = ${fmt(answer)}` },
					]
				: p === '1'
					? [{ say: 'abs', tex: `${NORM_TEX[p]} = ${x.map((t) => `|${fmt(t)}|`).join(' + ')} = ${texSum(abs, fmt)} = ${fmt(answer)}` }]
					: [{ say: 'max', tex: `${NORM_TEX[p]} = \\max(${abs.map((t) => fmt(t)).join(',\\ ')}) = ${fmt(answer)}` }];
		// ℓ₂: the root forgotten, or ℓ₁ given instead. ℓ₁: the signs kept. ℓ∞: the largest signed coordinate.
		const mistakes =
			p === '2'
				? [
						{ value: sumOfSquares(x), say: 'noRoot' },
						{ value: norm(x, '1'), say: 'other' },
					]
				: p === '1'
					? [{ value: x.reduce((s, t) => s + t, 0), say: 'signs' }]
					: [{ value: Math.max(...x), say: 'signs' }];
		return {
			vars: { x: `x = ${texMatrix([x], fmt)}`, norm: NORM_TEX[p] },
			answer: { kind: 'number', value: answer },
			steps,
			mistakes: mistakes.filter((m) => m.value !== answer),
		};
	},
	numpy: ({ x, p }) => `np.linalg.norm(${JSON.stringify(x)}, ${p === 'inf' ? 'np.inf' : p})`,
};

interface DistanceInputs {
	x: number[];
	y: number[];
}

/** The Euclidean distance between two points, with a whole answer. */
const distanceKind: Kind<DistanceInputs> = {
	id: 'distance',
	draw: (rng) => {
		const d = wholeLengthVector(rng);
		const y = d.map(() => pick(rng, -3, 3));
		return { x: y.map((t, i) => t + d[i]!), y };
	},
	solve: ({ x, y }, fmt) => {
		const diff = difference(x, y);
		const dd = sumOfSquares(diff);
		const answer = distance(x, y);
		return {
			vars: { x: `x = ${texMatrix([x], fmt)}`, y: `y = ${texMatrix([y], fmt)}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'diff', tex: `x - y = ${texMatrix([diff], fmt)}` },
				{ say: 'squares', tex: `${squares(diff, fmt)} = ${fmt(dd)}` },
				{ say: 'root', tex: `d(x, y) = \\sqrt{${fmt(dd)}} = ${fmt(answer)}` },
			],
			// The squared distance; the Manhattan (ℓ₁) distance.
			mistakes: [
				{ value: dd, say: 'noRoot' },
				{ value: norm(diff, '1'), say: 'manhattan' },
			].filter((m) => m.value !== answer),
		};
	},
	numpy: ({ x, y }) => `np.linalg.norm(np.array(${JSON.stringify(x)}) - np.array(${JSON.stringify(y)}))`,
};

export const practice: TopicModule['practice'] = [normKind, distanceKind];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	norms: normsExample({ x: [3, -4], y: [-1, -1] }),
};

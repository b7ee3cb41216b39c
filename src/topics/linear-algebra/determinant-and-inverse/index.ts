/**
 * The determinant and the inverse of a 2×2 matrix: det W = ad − bc is the factor by which W multiplies
 * areas (negative when it flips the plane), and W⁻¹ = (1/det)·[d −b; −c a] undoes W when det ≠ 0. The
 * worked examples are the plane pictures of the linear-transformations topic, with the area measured
 * on the image itself. Tests: tests/topics/linear-algebra/determinant-and-inverse.test.ts.
 */
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import type { TopicModule } from '../../types';
import { wrongOnly, type Rows } from '../matrix-multiplication/rows';
import { planeExample } from '../linear-transformations';
import { pick } from '../../draw';

/** ad − bc. */
export const det2 = (w: Rows): number => w[0]![0]! * w[1]![1]! - w[0]![1]! * w[1]![0]!;

/** [d −b; −c a]: the inverse times the determinant. */
export const adjugate2 = (w: Rows): Rows => [
	[w[1]![1]!, -w[0]![1]!],
	[-w[1]![0]!, w[0]![0]!],
];

/** W⁻¹ = (1/det)·[d −b; −c a]; undefined for a singular matrix. */
export function inverse2(w: Rows): Rows | undefined {
	const d = det2(w);
	if (d === 0) return undefined;
	return adjugate2(w).map((r) => r.map((v) => (v === 0 ? 0 : v / d)));
}

/** `\det W = 3 \cdot 2 - 1 \cdot 1 = 6 - 1 = 5`. */
function texDet(w: Rows, fmt: Fmt): string {
	const [[a, b], [c, d]] = w as [[number, number], [number, number]];
	return `\\det W = ${fmt(a)} \\cdot ${paren(d, fmt)} - ${paren(b, fmt)} \\cdot ${paren(c, fmt)} = ${fmt(a * d)} - ${paren(b * c, fmt)} = ${fmt(det2(w))}`;
}

interface MatrixInputs {
	w: Rows;
}

const drawMatrix = (rng: Parameters<Kind['draw']>[0]): Rows => [
	[pick(rng, -3, 5), pick(rng, -3, 5)],
	[pick(rng, -3, 5), pick(rng, -3, 5)],
];

/** det W = ad − bc. */
const det: Kind<MatrixInputs> = {
	id: 'det',
	draw: (rng) => ({ w: drawMatrix(rng) }),
	solve: ({ w }, fmt) => {
		const [[a, b], [c, d]] = w as [[number, number], [number, number]];
		const answer = det2(w);
		return {
			vars: { w: `W = ${texMatrix(w, fmt)}` },
			answer: { kind: 'number', value: answer },
			steps: [{ say: 'formula', tex: `\\det \\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix} = ad - bc` }, { say: 'numbers', tex: texDet(w, fmt) }],
			mistakes: wrongOnly(answer, [
				{ value: a * d + b * c, say: 'plus' },
				{ value: b * c - a * d, say: 'order' },
			]),
		};
	},
	numpy: ({ w }) => `np.linalg.det(np.array(${JSON.stringify(w)}, dtype=float))`,
};

/** W⁻¹ for a matrix with det ±1 or ±2, so the entries are whole or halves. */
const inverse: Kind<MatrixInputs> = {
	id: 'inverse',
	draw: (rng) => {
		for (;;) {
			const w = drawMatrix(rng);
			if ([1, -1, 2, -2].includes(det2(w))) return { w };
		}
	},
	solve: ({ w }, fmt) => {
		const [[a, b], [c, d]] = w as [[number, number], [number, number]];
		const D = det2(w);
		const adj = adjugate2(w);
		const answer = inverse2(w)!;
		const over = (m: Rows) => m.map((r) => r.map((v) => (v === 0 ? 0 : v / D)));
		return {
			vars: { w: `W = ${texMatrix(w, fmt)}` },
			answer: { kind: 'matrix', value: answer },
			steps: [
				{ say: 'det', tex: texDet(w, fmt) },
				{ say: 'adjugate', tex: `\\begin{bmatrix} d & -b \\\\ -c & a \\end{bmatrix} = ${texMatrix(adj, fmt)}` },
				{ say: 'divide', tex: `W^{-1} = \\frac{1}{${fmt(D)}} ${texMatrix(adj, fmt)} = ${texMatrix(answer, fmt)}` },
			],
			// Stopping before the division; dividing without swapping a and d; swapping without the minus signs.
			mistakes: wrongOnly(answer, [
				{ value: adj, say: 'undivided' },
				{ value: over([[a, -b], [-c, d]]), say: 'noSwap' },
				{ value: over([[d, b], [c, a]]), say: 'noSigns' },
			]),
		};
	},
	numpy: ({ w }) => `np.linalg.inv(np.array(${JSON.stringify(w)}, dtype=float))`,
};

export const practice: TopicModule['practice'] = [det, inverse];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	area: planeExample({ w: [[3, 1], [1, 2]], area: true }),
	flat: planeExample({ w: [[1, 2], [2, 4]], area: true }),
};

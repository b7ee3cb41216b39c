/**
 * Eigenvectors and the SVD on the plane: a vector that W only stretches (vW = λv), and the unit circle
 * going to an ellipse. For a 2×2 matrix the eigenvalues are the roots of λ² − (a + d)λ + (ad − bc) = 0.
 * The worked examples are the plane pictures of the linear-transformations topic. Tests:
 * tests/topics/linear-algebra/eigenvectors-and-svd.test.ts.
 */
import type { Kind, Step } from '../../../practice/types';
import { paren, texMatrix, texPolynomial } from '../../tex';
import type { TopicModule } from '../../types';
import { det2 } from '../determinant-and-inverse';
import { planeExample } from '../linear-transformations';
import { pick, wrongOnly, type Rows } from '../matrix-multiplication';

/** The sum of the diagonal. */
export const trace2 = (w: Rows): number => w[0]![0]! + w[1]![1]!;

/** The real eigenvalues of a 2×2 matrix, larger first, from λ² − tr·λ + det = 0; undefined when they are complex. */
export function eigenvalues2(w: Rows): [number, number] | undefined {
	const t = trace2(w);
	const disc = t * t - 4 * det2(w);
	if (disc < 0) return undefined;
	const s = Math.sqrt(disc);
	return [(t + s) / 2, (t - s) / 2];
}

interface EigenInputs {
	w: Rows;
}

/**
 * A matrix with whole eigenvalues: triangular (the eigenvalues sit on the diagonal), symmetric
 * [p q; q p] (p ± q), or symmetric with a − d = ±3 and b = ±2, where the discriminant is 3² + 4² = 5².
 */
function drawEigen(rng: Parameters<Kind['draw']>[0]): Rows {
	const form = rng.int(3);
	if (form === 0) {
		const a = pick(rng, -3, 5);
		const d = pick(rng, -3, 5);
		const b = pick(rng, -3, 4, true);
		return rng.int(2) ? [[a, b], [0, d]] : [[a, 0], [b, d]];
	}
	if (form === 1) {
		const p = pick(rng, -2, 4);
		const q = pick(rng, 1, 3);
		return [[p, q], [q, p]];
	}
	const a = pick(rng, -2, 4);
	const d = a + (rng.int(2) ? 3 : -3);
	const b = rng.int(2) ? 2 : -2;
	return [[a, b], [b, d]];
}

/** The eigenvalues of a 2×2 matrix through the characteristic equation. */
const eigen: Kind<EigenInputs> = {
	id: 'eigen',
	draw: (rng) => ({ w: drawEigen(rng) }),
	solve: ({ w }, fmt) => {
		const [[a, b], [c, d]] = w as [[number, number], [number, number]];
		const t = trace2(w);
		const D = det2(w);
		const [l1, l2] = eigenvalues2(w)!;
		const disc = t * t - 4 * D;
		const triangular = b === 0 || c === 0;
		const steps: Step[] = [
			{
				say: 'traceDet',
				tex: `a + d = ${fmt(a)} + ${paren(d, fmt)} = ${fmt(t)}, \\quad ad - bc = ${fmt(a * d)} - ${paren(b * c, fmt)} = ${fmt(D)}`,
			},
			{ say: 'equation', tex: `${texPolynomial([1, -t, D], fmt, '\\lambda')} = 0` },
			{ say: 'roots', tex: `\\lambda = \\frac{${fmt(t)} \\pm \\sqrt{${fmt(disc)}}}{2} = \\frac{${fmt(t)} \\pm ${fmt(Math.sqrt(disc))}}{2}` },
			{ say: triangular ? 'triangular' : 'answer', tex: `\\lambda_1 = ${fmt(l1)}, \\quad \\lambda_2 = ${fmt(l2)}` },
		];
		// The other order; the diagonal read off a matrix that is not triangular; the signs of the trace term flipped.
		const diagonal = [Math.max(a, d), Math.min(a, d)];
		return {
			vars: { w: `W = ${texMatrix(w, fmt)}` },
			answer: { kind: 'vector', value: [l1, l2] },
			steps,
			mistakes: wrongOnly(
				[l1, l2],
				[{ value: [l2, l1], say: 'order' }, ...(triangular ? [] : [{ value: diagonal, say: 'diagonal' }]), { value: [-l2, -l1], say: 'signs' }].map((m) => ({
					...m,
					value: m.value.map((v) => (v === 0 ? 0 : v)),
				})),
			),
		};
	},
	numpy: ({ w }) => `sorted(np.linalg.eigvals(np.array(${JSON.stringify(w)}, dtype=float)).real.tolist(), reverse=True)`,
};

const topic: TopicModule = {
	practice: [eigen],
	examples: {
		eigen: planeExample({
			w: [[0.5, 1.5], [1.5, 0.5]],
			shape: [],
			vectors: [
				{ v: [1, 1], name: 'v1' },
				{ v: [1, -1], name: 'v2' },
				{ v: [1, 0], name: 'u' },
			],
		}),
		svd: planeExample({
			w: [[1.8, -0.8], [2.4, 0.6]],
			circle: true,
			area: true,
			vectors: [
				{ v: [0.6, 0.8], name: 'v1' },
				{ v: [-0.8, 0.6], name: 'v2' },
			],
		}),
	},
};
export const { practice, examples } = topic;

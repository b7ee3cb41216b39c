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
import { images, planeExample, stretchAlong } from '../linear-transformations';
import { wrongOnly, type Rows } from '../matrix-multiplication/rows';
import { pick } from '../../draw';

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

interface StretchInputs {
	w: Rows;
	v: [number, number];
}

/**
 * A matrix with a known eigenvector in the row convention (vW = λv): [p q; q p] with v along (1, 1) or
 * (1, −1), a lower triangular matrix with v along e₁, an upper triangular one with v along e₂.
 */
function drawStretch(rng: Parameters<Kind['draw']>[0]): StretchInputs {
	const k = [1, 2, -1, 3][rng.int(4)]!;
	const form = rng.int(3);
	if (form === 0) {
		const p = pick(rng, -2, 4);
		const q = pick(rng, -3, 3, true);
		return { w: [[p, q], [q, p]], v: rng.int(2) ? [k, k] : [k, -k] };
	}
	const a = pick(rng, -3, 5);
	const d = pick(rng, -3, 5);
	const c = pick(rng, -3, 4, true);
	return form === 1 ? { w: [[a, 0], [c, d]], v: [k, 0] } : { w: [[a, c], [0, d]], v: [0, k] };
}

/** The factor λ of an eigenvector: multiply, then compare the image with v. */
const stretch: Kind<StretchInputs> = {
	id: 'stretch',
	draw: drawStretch,
	solve: ({ w, v }, fmt) => {
		const [vw] = images([v], w);
		const lambda = stretchAlong(v, vw!)!;
		// Read λ off a coordinate where v is not zero.
		const j = v[0] !== 0 ? 0 : 1;
		const row = (x: readonly number[]) => texMatrix([x], fmt);
		return {
			vars: { w: `W = ${texMatrix(w, fmt)}`, v: `v = ${row(v)}` },
			answer: { kind: 'number', value: lambda },
			steps: [
				{ say: 'multiply', tex: `v W = ${row(v)} ${texMatrix(w, fmt)} = ${row(vw!)}` },
				{ say: 'compare', tex: `\\lambda = \\frac{${fmt(vw![j]!)}}{${fmt(v[j])}} = ${fmt(lambda)}` },
			],
			// A coordinate of vW taken for λ, without dividing by v's coordinate.
			mistakes: wrongOnly(lambda, [{ value: vw![j]!, say: 'undivided' }]),
		};
	},
	// The Rayleigh quotient (vW·v)/(v·v): another way to λ when v is an eigenvector.
	numpy: ({ w, v }) => `(np.array(${JSON.stringify(v)}) @ np.array(${JSON.stringify(w)})) @ np.array(${JSON.stringify(v)}) / (np.array(${JSON.stringify(v)}) @ np.array(${JSON.stringify(v)}))`,
};

export const practice: TopicModule['practice'] = [eigen, stretch];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
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
};

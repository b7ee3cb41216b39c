/**
 * Extrema: where the derivative is zero, and whether the point is a minimum or a maximum by the sign
 * of the second derivative. One module for the worked example (a one-weight loss whose derivative
 * changes sign, by the rules and by the core: the table of the page on differentiation rules), the
 * practice problems and the tests (tests/topics/calculus/extrema-and-optimization.test.ts).
 */
import type { Kind } from '../../../practice/types';
import { paren, texPolynomial } from '../../tex';
import type { TopicModule } from '../../types';
import { slopeAt } from '../derivative';
import { ruleCheckExample } from '../differentiation-rules';
import { pick } from '../../draw';
import { tangentsExample } from '../differentiation-rules';

/**
 * The critical point of f(x) = ax² + bx + c from two slopes the core's backward pass gives: f′ is the
 * line f′(0) + (f′(1) − f′(0))·x, which is zero at −f′(0)/(f′(1) − f′(0)); f″ is the line's slope.
 */
export function quadraticCritical(a: number, b: number, c: number): { x: number; second: number } {
	const at0 = slopeAt(a, b, c, 0);
	const second = slopeAt(a, b, c, 1) - at0;
	// `+ 0` turns −0 (for b = 0) into 0.
	return { x: -at0 / second + 0, second };
}

interface VertexInputs {
	a: number;
	b: number;
	c: number;
}

/** The critical point of a quadratic: where f′(x) = 2ax + b is zero. */
const vertex: Kind<VertexInputs> = {
	id: 'vertex',
	draw: (rng) => {
		const a = [-2, -1, 1, 2][rng.int(4)]!;
		// x* in halves, so that b = −2a·x* is a whole number.
		const x = pick(rng, -6, 6) / 2;
		return { a, b: -2 * a * x, c: pick(rng, -5, 5) };
	},
	solve: ({ a, b, c }, fmt) => {
		const { x } = quadraticCritical(a, b, c);
		return {
			vars: { f: `f(x) = ${texPolynomial([a, b, c], fmt)}` },
			answer: { kind: 'number', value: x },
			steps: [
				{ say: 'derivative', tex: `f'(x) = ${texPolynomial([2 * a, b], fmt)}` },
				{ say: 'solve', tex: `${texPolynomial([2 * a, b], fmt)} = 0 \\quad\\Rightarrow\\quad x^* = \\frac{${fmt(-b + 0)}}{${fmt(2 * a)}} = ${fmt(x)}` },
				{ say: a > 0 ? 'minimum' : 'maximum', tex: `f''(x) = ${fmt(2 * a)}` },
				{ say: 'answer', tex: `x^* = ${fmt(x)}` },
			],
			// −b/a: the 2 of the power rule lost; b/2a: the sign lost when moving b across.
			mistakes: [
				{ value: -b / a, say: 'two' },
				{ value: b / (a * 2), say: 'sign' },
			].filter((m) => m.value !== x),
		};
	},
	numpy: ({ a, b, c }) => `np.roots(np.polyder([${a}, ${b}, ${c}]))[0]`,
};

/** Coefficients of p′ from p's, highest power first. */
export const polyder = (p: readonly number[]): number[] => p.slice(0, -1).map((c, k) => c * (p.length - 1 - k));

/** p(x) by Horner's scheme; coefficients from the highest power down (the calculus topics share it). */
export const polyval = (p: readonly number[], x: number): number => p.reduce((acc, c) => acc * x + c, 0);

export type Nature = 'minimum' | 'maximum';

/** The second-derivative test at a critical point: f″ > 0 a minimum, f″ < 0 a maximum. */
export function secondDerivativeTest(p: readonly number[], x: number): { slope: number; second: number; nature: Nature | undefined } {
	const second = polyval(polyder(polyder(p)), x);
	return { slope: polyval(polyder(p), x), second, nature: second > 0 ? 'minimum' : second < 0 ? 'maximum' : undefined };
}

interface NatureInputs {
	/** f(x) = s·(x³ − 3m·x² + 3(m² − k²)·x) + c, critical at m ± k. */
	s: number;
	m: number;
	k: number;
	c: number;
	/** Which critical point is asked about: m − k or m + k. */
	side: -1 | 1;
}

const cubicOf = ({ s, m, k, c }: NatureInputs) => [s, -3 * m * s, 3 * (m * m - k * k) * s, c];

/** Minimum or maximum at a critical point of a cubic, by the sign of f″. */
const nature: Kind<NatureInputs> = {
	id: 'nature',
	draw: (rng) => ({ s: rng.int(2) ? 1 : -1, m: pick(rng, -2, 2), k: 1 + rng.int(2), c: pick(rng, -3, 3), side: rng.int(2) ? 1 : -1 }),
	solve: (inputs, fmt) => {
		const p = cubicOf(inputs);
		const x = inputs.m + inputs.side * inputs.k;
		const { second, nature: answer } = secondDerivativeTest(p, x);
		const d2 = polyder(polyder(p));
		return {
			vars: { f: `f(x) = ${texPolynomial(p, fmt)}`, x1: `x_1 = ${fmt(x)}` },
			answer: { kind: 'choice', value: answer!, options: ['minimum', 'maximum'] },
			steps: [
				{ say: 'first', tex: `f'(x) = ${texPolynomial(polyder(p), fmt)}, \\quad f'(${fmt(x)}) = 0` },
				{ say: 'second', tex: `f''(x) = ${texPolynomial(d2, fmt)}, \\quad f''(${fmt(x)}) = ${fmt(d2[0]!)} \\cdot ${paren(x, fmt)} ${d2[1]! < 0 ? '-' : '+'} ${fmt(Math.abs(d2[1]!))} = ${fmt(second)}` },
				{ say: answer! },
			],
			mistakes: [{ value: answer === 'minimum' ? 'maximum' : 'minimum', say: 'backwards' }],
		};
	},
	numpy: (inputs) =>
		`(lambda f: 'minimum' if d(lambda u: d(f, u), ${inputs.m + inputs.side * inputs.k}) > 0 else 'maximum')(lambda t: np.polyval(${JSON.stringify(cubicOf(inputs))}, t))`,
};


export const practice: TopicModule['practice'] = [vertex, nature];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	flat: /* @__PURE__ */ tangentsExample({ fn: 'one-weight-mse', points: [1, 3], flat: [1, 3], window: { x: [0.3, 3.7], y: [-0.6, 7.5], ticks: { x: [1, 2, 3], y: [2, 4, 6] } } }),
	loss: /* @__PURE__ */ ruleCheckExample({ fn: 'one-weight-mse', points: [1, 2, 2.5, 3] }),
};

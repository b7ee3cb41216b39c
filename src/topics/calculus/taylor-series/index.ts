/**
 * Taylor series: near a point a function is a polynomial whose n-th coefficient is f⁽ⁿ⁾/n!. One
 * module for the worked example (forward and central differences for eˣ, whose errors the series
 * predicts: the table of the page on the derivative), the practice problems and the tests
 * (tests/topics/calculus/taylor-series.test.ts).
 */
import type { Kind } from '../../../practice/types';
import { listSeparator, paren, texPolynomial } from '../../tex';
import type { TopicModule } from '../../types';
import { quotientExample } from '../derivative';
import { polyder, polyval } from '../extrema-and-optimization';
import { pick } from '../../draw';
import type { WorkedExample } from '../../types';
import { exactDerivative } from '../derivative';
import { axes, curve, finish, label, plot, segment } from '../../../figures/chart';

export const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** The Taylor polynomial f(x) + f′(x)h + f″(x)h²/2 + … from the derivatives at x, at the step h. */
export const taylorPolynomial = (derivatives: readonly number[], h: number): number => derivatives.reduce((sum, d, n) => sum + (d * h ** n) / factorial(n), 0);

/** The coefficient of (x − a)^k in the expansion of the polynomial p about a: p⁽ᵏ⁾(a)/k!. */
export function taylorCoefficient(p: readonly number[], a: number, k: number): { derivative: number; coefficient: number } {
	let q = [...p];
	for (let i = 0; i < k; i++) q = polyder(q);
	const derivative = polyval(q, a);
	return { derivative, coefficient: derivative / factorial(k) };
}

interface ApproxInputs {
	x0: number;
	/** f(x₀), f′(x₀), f″(x₀). */
	f0: number;
	f1: number;
	f2: number;
	h: number;
}

/** The second-order Taylor estimate of f(x₀ + h) from the value, slope and curvature at x₀. */
const approx: Kind<ApproxInputs> = {
	id: 'approx',
	draw: (rng) => ({ x0: pick(rng, -2, 2), f0: pick(rng, -5, 5), f1: pick(rng, -4, 4), f2: pick(rng, -6, 6, true), h: [-1, -0.5, 0.5, 1, 2][rng.int(5)]! }),
	solve: ({ x0, f0, f1, f2, h }, fmt) => {
		const answer = taylorPolynomial([f0, f1, f2], h);
		const linear = taylorPolynomial([f0, f1], h);
		const x1 = x0 + h;
		return {
			vars: { given: `f(${fmt(x0)}) = ${fmt(f0)}, \\quad f'(${fmt(x0)}) = ${fmt(f1)}, \\quad f''(${fmt(x0)}) = ${fmt(f2)}`, target: `f(${fmt(x1)})` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'step', tex: `h = ${fmt(x1)} - ${paren(x0, fmt)} = ${fmt(h)}` },
				{ say: 'formula', tex: `f(x_0 + h) \\approx f(x_0) + f'(x_0)\\,h + \\frac{f''(x_0)}{2}\\,h^2` },
				{
					say: 'substitute',
					tex: `f(${fmt(x1)}) \\approx ${fmt(f0)} + ${paren(f1, fmt)} \\cdot ${paren(h, fmt)} + \\frac{${fmt(f2)}}{2} \\cdot ${paren(h, fmt)}^2 = ${fmt(f0)} + ${paren(f1 * h, fmt)} + ${paren((f2 * h * h) / 2, fmt)} = ${fmt(answer)}`,
				},
			],
			// Without the 1/2 of the second term; the linear (first-order) estimate only.
			mistakes: [
				{ value: f0 + f1 * h + f2 * h * h, say: 'half' },
				{ value: linear, say: 'linear' },
			].filter((m) => m.value !== answer),
		};
	},
	numpy: ({ f0, f1, f2, h }) => `(${f0}) + (${f1})*(${h}) + (${f2})*(${h})**2/math.factorial(2)`,
};

interface CoefficientInputs {
	/** f(x) = c·xⁿ expanded about a; the coefficient of (x − a)^k is asked. */
	c: number;
	n: number;
	a: number;
	k: number;
}

const monomial = ({ c, n }: CoefficientInputs) => [c, ...Array<number>(n).fill(0)];

/** A coefficient of the Taylor expansion of c·xⁿ about a point: the k-th derivative over k!. */
const coefficient: Kind<CoefficientInputs> = {
	id: 'coefficient',
	draw: (rng) => {
		const n = 3 + rng.int(2);
		return { c: pick(rng, -3, 3, true), n, a: pick(rng, -3, 3, true), k: 2 + rng.int(n - 2) };
	},
	solve: (inputs, fmt) => {
		const { a, k } = inputs;
		const p = monomial(inputs);
		const { derivative, coefficient: answer } = taylorCoefficient(p, a, k);
		let q = p;
		for (let i = 0; i < k; i++) q = polyder(q);
		const primes = k === 2 ? "''" : "'''";
		return {
			vars: { f: `f(x) = ${texPolynomial(p, fmt)}`, a: `a = ${fmt(a)}`, b: `b_${k}`, term: `(x - a)^${k}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'rule', tex: `b_${k} = \\frac{f^{(${k})}(a)}{${k}!}` },
				{ say: 'derivative', tex: `f${primes}(x) = ${texPolynomial(q, fmt)}, \\quad f${primes}(${fmt(a)}) = ${fmt(derivative)}` },
				{ say: 'divide', tex: `b_${k} = \\frac{${fmt(derivative)}}{${factorial(k)}} = ${fmt(answer)}` },
			],
			// The derivative without the k!.
			mistakes: [{ value: derivative, say: 'factorial' }],
		};
	},
	numpy: ({ c, n, a, k }) => `np.polyval(np.polyder([${c}] + [0]*${n}, ${k}), ${a}) / math.factorial(${k})`,
};

export interface PolynomialsInputs {
	/** The degrees of the Taylor polynomials of eˣ around 0 to draw. */
	degrees: number[];
	/** The step h where the values are compared. */
	h: number;
}

/**
 * eˣ and its Taylor polynomials around 0: each hugs the curve near 0 and leaves it farther out, later
 * the higher its degree. The coefficients come from the core (every derivative of eˣ at 0 is its slope there).
 */
export const polynomialsExample = (inputs: PolynomialsInputs): WorkedExample<PolynomialsInputs> => ({
	inputs,
	blocks: ({ degrees, h }, fmt) => {
		const d = exactDerivative('exp', 0);
		const T = (n: number) => (x: number) => taylorPolynomial(Array.from({ length: n + 1 }, () => d), x);
		const p = plot({ x: [-2.2, 2.2], y: [-1.3, 7.6] });
		axes(p, { x: [-2, -1, 1, 2], y: [2, 4, 6] }, fmt, { x: 'h' });
		segment(p, [h, -1.3], [h, 7.6], { tone: 'muted', dashed: true, width: 1 });
		curve(p, Math.exp, { tone: 'ink', width: 3 });
		label(p, 1.95, Math.exp(1.95), 'eʰ', { dx: -14, dy: 0, anchor: 'end' });
		degrees.forEach((n, i) => {
			curve(p, T(n), { tone: i % 2 ? 'muted' : 'accent', dashed: i % 2 === 1, role: `taylor-${n}` });
			label(p, 2.15, T(n)(2.15), `n = ${n}`, { dx: 0, dy: 16, anchor: 'end', tone: i % 2 ? 'muted' : 'accent' });
		});
		const values = degrees.map((n) => `T_${n}(${fmt(h)}) = ${fmt(T(n)(h), 4)}`).join(`${listSeparator(fmt)}\\ `);
		return [
			{
				svg: finish(p),
				caption: { say: 'polynomials', with: { values, exact: `e^{${fmt(h)}} \\approx ${fmt(Math.exp(h), 4)}` } },
				alt: { say: 'polynomials-alt', with: { degrees: degrees.join(', '), values } },
			},
		];
	},
});

export const practice: TopicModule['practice'] = [approx, coefficient];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	polynomials: /* @__PURE__ */ polynomialsExample({ degrees: [1, 2], h: 1 }),
	table: /* @__PURE__ */ quotientExample({ fn: 'exp', x: 1, hs: [0.1, 0.01, 0.001, 1e-4, 1e-5, 1e-6, 1e-8], central: true }),
};

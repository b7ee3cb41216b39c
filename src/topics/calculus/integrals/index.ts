/**
 * Integrals: the area under a graph, by the fundamental theorem (an antiderivative at the ends) or as
 * a Riemann sum of a few rectangles. The page's worked example is a NumPy snippet, so this module holds
 * only the practice problems and their computation, checked by tests/topics/calculus/integrals.test.ts.
 */
import type { Kind } from '../../../practice/types';
import { paren, texPolynomial } from '../../tex';
import type { TopicModule } from '../../types';
import { polyval } from '../extrema-and-optimization';
import { pick } from '../../draw';
import type { WorkedExample } from '../../types';
import { axes, bar, curve, finish, plot } from '../../../figures/chart';

/** An antiderivative of p by the power rule backwards (xⁿ → xⁿ⁺¹/(n + 1)), the one with F(0) = 0. */
export const antiderivative = (p: readonly number[]): number[] => [...p.map((c, k) => c / (p.length - k)), 0];

/** ∫ₐᵇ p(x) dx = F(b) − F(a). */
export function definiteIntegral(p: readonly number[], a: number, b: number): { upper: number; lower: number; value: number } {
	const F = antiderivative(p);
	const upper = polyval(F, b);
	const lower = polyval(F, a);
	return { upper, lower, value: upper - lower };
}

/** The midpoint Riemann sum of f on [a, a + n·dx]: n rectangles of width dx, each as tall as f at its middle. */
export function midpointSum(f: (x: number) => number, a: number, dx: number, n: number): { midpoints: number[]; heights: number[]; value: number } {
	const midpoints = Array.from({ length: n }, (_, i) => a + dx * (i + 0.5));
	const heights = midpoints.map(f);
	return { midpoints, heights, value: heights.reduce((s, h) => s + h, 0) * dx };
}

interface DefiniteInputs {
	/** The integrand 3m·x² + 2n·x + r, so that its antiderivative m·x³ + n·x² + r·x has whole coefficients. */
	m: number;
	n: number;
	r: number;
	a: number;
	b: number;
}

const integrandOf = ({ m, n, r }: DefiniteInputs) => [3 * m, 2 * n, r];

/** A definite integral of a quadratic by the fundamental theorem. */
const definite: Kind<DefiniteInputs> = {
	id: 'definite',
	draw: (rng) => {
		for (;;) {
			const m = pick(rng, -2, 2);
			const n = pick(rng, -3, 3);
			const r = pick(rng, -4, 4);
			const a = pick(rng, -2, 2);
			const b = a + 1 + rng.int(3);
			if (m !== 0 || n !== 0) return { m, n, r, a, b };
		}
	},
	solve: (inputs, fmt) => {
		const { a, b } = inputs;
		const p = integrandOf(inputs);
		const F = antiderivative(p);
		const { upper, lower, value } = definiteIntegral(p, a, b);
		const Ftex = texPolynomial(F, fmt);
		// Integrating each power without dividing by its new exponent.
		const undivided = p.reduce((s, c, k) => s + c * (b ** (p.length - k) - a ** (p.length - k)), 0);
		return {
			// The TeX subset has no \int, so the question names the integrand and the interval in words.
			vars: { f: `f(x) = ${texPolynomial(p, fmt)}`, range: `[${fmt(a)}, ${fmt(b)}]` },
			answer: { kind: 'number', value },
			steps: [
				{ say: 'antiderivative', tex: `F(x) = ${Ftex}` },
				{ say: 'ends', tex: `F(${fmt(b)}) = ${fmt(upper)}, \\quad F(${fmt(a)}) = ${fmt(lower)}` },
				{ say: 'difference', tex: `F(${fmt(b)}) - F(${fmt(a)}) = ${fmt(upper)} - ${paren(lower, fmt)} = ${fmt(value)}` },
			],
			mistakes: [
				{ value: upper, say: 'lower' },
				{ value: undivided, say: 'power' },
			].filter((m) => m.value !== value),
		};
	},
	numpy: (inputs) => {
		const p = JSON.stringify(integrandOf(inputs));
		return `np.polyval(np.polyint(${p}), ${inputs.b}) - np.polyval(np.polyint(${p}), ${inputs.a})`;
	},
};

interface RiemannInputs {
	/** f(x) = p·x² + q. */
	p: number;
	q: number;
	a: number;
	dx: number;
	n: number;
}

/** A midpoint Riemann sum with two to four rectangles, as on the page's NumPy snippet. */
const riemann: Kind<RiemannInputs> = {
	id: 'riemann',
	draw: (rng) => ({ p: [-1, 1, 2][rng.int(3)]!, q: pick(rng, -3, 3), a: pick(rng, -3, 2), dx: 1 + rng.int(2), n: 2 + rng.int(3) }),
	solve: ({ p, q, a, dx, n }, fmt) => {
		const f = (x: number) => p * x * x + q;
		const { midpoints, heights, value } = midpointSum(f, a, dx, n);
		const b = a + n * dx;
		const left = midpointSum(f, a - dx / 2, dx, n).value;
		return {
			vars: { f: `f(x) = ${texPolynomial([p, 0, q], fmt)}`, range: `[${fmt(a)}, ${fmt(b)}]`, n: `n = ${n}` },
			answer: { kind: 'number', value },
			steps: [
				{ say: 'width', tex: `\\Delta x = \\frac{${fmt(b)} - ${paren(a, fmt)}}{${n}} = ${fmt(dx)}` },
				{ say: 'midpoints', tex: `x_i = ${midpoints.map((x) => fmt(x)).join(';\\; ')}` },
				{ say: 'heights', tex: `f(x_i) = ${heights.map((h) => fmt(h)).join(';\\; ')}` },
				{ say: 'sum', tex: `\\left(${heights.map((h, i) => (i ? paren(h, fmt) : fmt(h))).join(' + ')}\\right) \\cdot ${fmt(dx)} = ${fmt(value)}` },
			],
			// The heights not multiplied by the width; the left ends instead of the middles.
			mistakes: [
				{ value: value / dx, say: 'width' },
				{ value: left, say: 'left' },
			].filter((m) => m.value !== value),
		};
	},
	numpy: ({ p, q, a, dx, n }) => `(lambda x: np.sum((${p})*x**2 + (${q})) * ${dx})((${a}) + ${dx}*(np.arange(${n}) + 0.5))`,
};

export interface AreaInputs {
	/** The polynomial's coefficients, highest power first (x² is [1, 0, 0]). */
	p: number[];
	a: number;
	b: number;
	/** How many rectangles. */
	n: number;
}

/** The area under p on [a, b] as n rectangles at the midpoints (the page's NumPy sum), next to the exact value F(b) − F(a). */
export const areaExample = (inputs: AreaInputs): WorkedExample<AreaInputs> => ({
	inputs,
	blocks: ({ p: poly, a, b, n }, fmt) => {
		const f = (x: number) => polyval(poly, x);
		const dx = (b - a) / n;
		const sum = midpointSum(f, a, dx, n);
		const exact = definiteIntegral(poly, a, b).value;
		const top = Math.max(...sum.heights, f(a), f(b));
		const p = plot({ x: [a - 0.12 * (b - a), b + 0.12 * (b - a)], y: [-0.08 * top, 1.12 * top] });
		axes(p, { x: [a, (a + b) / 2, b].filter((v) => v !== 0), y: [top / 2, top] }, fmt, { x: 'x' });
		sum.midpoints.forEach((m, i) => bar(p, m - dx / 2, dx, sum.heights[i]!, { role: 'rect' }));
		curve(p, f, { tone: 'ink', from: a - 0.1 * (b - a), to: b + 0.1 * (b - a) });
		return [
			{
				svg: finish(p),
				caption: { say: 'area', with: { f: `f(x) = ${texPolynomial(poly, fmt)}`, n: String(n), dx: `\\Delta x = ${fmt(dx)}`, sum: fmt(sum.value, 6), exact: fmt(exact, 6), a: fmt(a), b: fmt(b) } },
				alt: { say: 'area-alt', with: { f: `f(x) = ${texPolynomial(poly, fmt)}`, n: String(n), sum: fmt(sum.value, 6), exact: fmt(exact, 6), a: fmt(a), b: fmt(b) } },
			},
		];
	},
});

export const practice: TopicModule['practice'] = [definite, riemann];
// Apart from `practice`, so the browser's practice bundle can leave the figure (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	area: /* @__PURE__ */ areaExample({ p: [1, 0, 0], a: 0, b: 1, n: 10 }),
};

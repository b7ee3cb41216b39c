/**
 * The gradient: all the partial derivatives of a function at a point as one vector. It points where
 * the function grows fastest, and the rate of change along any unit direction is its dot product
 * with that direction. The worked example is the partial-derivatives table (that topic's module)
 * with the derivative along a direction below it; the practice asks for the gradient and for a
 * directional rate. Tests: tests/topics/calculus/gradient.test.ts.
 */
import { value } from '../../../core/scalar/value';
import type { Fmt, Kind } from '../../../practice/types';
import { coordinateSep, paren, texPoint, texProducts, texTerms } from '../../tex';
import type { TopicModule } from '../../types';
import { partialsExample } from '../partial-derivatives';
import { pick } from '../../draw';
import type { WorkedExample } from '../../types';
import { valueAndGradient, valueAt, VECTOR_FUNCTIONS, type VectorFunctionName } from '../functions';
import { arrowTo, axes, contours, dot, finish, label, plot } from '../../../figures/chart';

/** The coefficients of f(x, y) = a·x² + b·x·y + c·y² + d·x. */
export interface Quadratic {
	a: number;
	b: number;
	c: number;
	d: number;
}

/** ∇f at (x₀, y₀) for f(x, y) = a·x² + b·x·y + c·y² + d·x, by the core's backward pass. */
export function quadraticGradient({ a, b, c, d }: Quadratic, x0: number, y0: number): [number, number] {
	const x = value(x0, 'x');
	const y = value(y0, 'y');
	x.pow(2).mul(a).add(x.mul(y).mul(b)).add(y.pow(2).mul(c)).add(x.mul(d)).backward();
	return [x.grad, y.grad];
}

/** The rate of change of f at a point along a unit vector u: ∇f · u. */
export const directionalRate = (grad: readonly number[], u: readonly number[]): number => grad.reduce((s, g, i) => s + g * u[i]!, 0);

const texQuadratic = ({ a, b, c, d }: Quadratic, fmt: Fmt) =>
	texTerms([[a, 'x^2'], [b, 'xy'], [c, 'y^2'], [d, 'x']], fmt);

/** The gradient's formula and its value at the point, as two steps. */
function gradientSteps(q: Quadratic, x0: number, y0: number, fmt: Fmt) {
	const { a, b, c, d } = q;
	const sep = coordinateSep(fmt);
	const g = quadraticGradient(q, x0, y0);
	return {
		g,
		steps: [
			{ say: 'partials', tex: `\\frac{\\partial f}{\\partial x} = ${texTerms([[2 * a, 'x'], [b, 'y'], [d, '']], fmt)}, \\qquad \\frac{\\partial f}{\\partial y} = ${texTerms([[b, 'x'], [2 * c, 'y']], fmt)}` },
			{
				say: 'substitute',
				tex: `\\nabla f${texPoint([x0, y0], fmt)} = \\left(${texProducts([[2 * a, [x0]], [b, [y0]], [d, []]], fmt)}${sep}${texProducts([[b, [x0]], [2 * c, [y0]]], fmt)}\\right) = ${texPoint(g, fmt)}`,
			},
		],
	};
}

interface GradientInputs extends Quadratic {
	x0: number;
	y0: number;
}

/** The gradient vector of a quadratic in two variables at a point. */
const gradient: Kind<GradientInputs> = {
	id: 'gradient',
	draw: (rng) => ({ a: pick(rng, -3, 3, true), b: pick(rng, -3, 3), c: pick(rng, -3, 3, true), d: pick(rng, -4, 4), x0: pick(rng, -3, 3, true), y0: pick(rng, -3, 3, true) }),
	solve: ({ x0, y0, ...q }, fmt) => {
		const { g, steps } = gradientSteps(q, x0, y0, fmt);
		const { a, b, c, d } = q;
		const same = (v: number[]) => v[0] === g[0] && v[1] === g[1];
		return {
			vars: { f: `f(x, y) = ${texQuadratic(q, fmt)}`, p: texPoint([x0, y0], fmt) },
			answer: { kind: 'vector', value: g },
			steps,
			mistakes: [
				// The components in the wrong order; the power rule without its 2.
				{ value: [g[1], g[0]], say: 'swapped' },
				{ value: [a * x0 + b * y0 + d, b * x0 + c * y0], say: 'power' },
			].filter((m, k, all) => !same(m.value) && all.findIndex((n) => n.value[0] === m.value[0] && n.value[1] === m.value[1]) === k),
		};
	},
	numpy: ({ a, b, c, d, x0, y0 }) => `grad(lambda v: (${a})*v[0]**2 + (${b})*v[0]*v[1] + (${c})*v[1]**2 + (${d})*v[0], [${x0}, ${y0}])`,
};

/** Unit vectors with one-decimal coordinates: (±0.6, ±0.8), (±0.8, ±0.6), and the axes. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
	[0.6, 0.8], [0.8, 0.6], [-0.6, 0.8], [0.8, -0.6], [-0.8, -0.6], [0.6, -0.8], [-0.8, 0.6], [-0.6, -0.8],
];

interface DirectionalInputs extends GradientInputs {
	u: [number, number];
}

/** The rate of change along a unit vector: the gradient first, then its dot product with the direction. */
const directional: Kind<DirectionalInputs> = {
	id: 'directional',
	draw: (rng) => ({
		a: pick(rng, -2, 2, true), b: pick(rng, -2, 2), c: pick(rng, -2, 2, true), d: 0,
		x0: pick(rng, -2, 2, true), y0: pick(rng, -2, 2, true), u: [...DIRECTIONS[rng.int(DIRECTIONS.length)]!] as [number, number],
	}),
	solve: ({ x0, y0, u, ...q }, fmt) => {
		const { g, steps } = gradientSteps(q, x0, y0, fmt);
		const answer = directionalRate(g, u);
		// Round off the binary noise of 0.6 and 0.8: the exact rate has at most one decimal.
		const rate = Math.round(answer * 10) / 10;
		return {
			vars: { f: `f(x, y) = ${texQuadratic(q, fmt)}`, p: texPoint([x0, y0], fmt), u: `u = ${texPoint(u, fmt)}` },
			answer: { kind: 'number', value: rate },
			steps: [
				...steps,
				{ say: 'dot', tex: `\\nabla f \\cdot u = ${paren(g[0], fmt)} \\cdot ${paren(u[0], fmt)} + ${paren(g[1], fmt)} \\cdot ${paren(u[1], fmt)} = ${fmt(rate)}` },
			],
			mistakes: [
				// The coordinates of u paired with the wrong partials; the partials added without u.
				{ value: Math.round((g[0] * u[1] + g[1] * u[0]) * 10) / 10, say: 'swapped' },
				{ value: g[0] + g[1], say: 'no-direction' },
			].filter((m, k, all) => Math.abs(m.value - rate) > 1e-9 && all.findIndex((n) => n.value === m.value) === k),
		};
	},
	numpy: ({ a, b, c, x0, y0, u }) =>
		`d(lambda t: (lambda x, y: (${a})*x**2 + (${b})*x*y + (${c})*y**2)(${x0} + t*(${u[0]}), ${y0} + t*(${u[1]})), 0)`,
};

export interface ArrowsInputs {
	fn: VectorFunctionName;
	at: [number, number];
	/** A unit vector drawn beside the gradient, with its rate ∇f·u. */
	direction: [number, number];
	/** The contour levels drawn; the point's own level is added. */
	levels: number[];
	x: [number, number];
	y: [number, number];
}

/**
 * Contour lines of f with the gradient at a point drawn across its contour (perpendicular to it), and a
 * unit direction u whose rate of change is ∇f · u. The gradient and the level are the core's.
 */
export const arrowsExample = (inputs: ArrowsInputs): WorkedExample<ArrowsInputs> => ({
	inputs,
	blocks: ({ fn, at, direction, levels, x, y }, fmt) => {
		const f = VECTOR_FUNCTIONS[fn];
		const { value: level, grad } = valueAndGradient(f, at);
		const p = plot({ x, y, equal: true, height: 300 });
		axes(p, { x: [-2, -1, 1, 2], y: [-1, 1] }, fmt, { x: f.vars[0], y: f.vars[1] });
		contours(p, (a, b) => valueAt(f, [a, b]), [...levels.filter((l) => l !== level)], { n: 28 });
		contours(p, (a, b) => valueAt(f, [a, b]), [level], { n: 28, tone: 'ink' });
		// The gradient shown 1.2 units long: its direction is what the figure is about; its length is in the caption.
		const norm = Math.hypot(grad[0]!, grad[1]!);
		const tip: [number, number] = [at[0] + (1.2 * grad[0]!) / norm, at[1] + (1.2 * grad[1]!) / norm];
		arrowTo(p, at, tip, { tone: 'accent', width: 2.5, role: 'gradient' });
		arrowTo(p, at, [at[0] + direction[0], at[1] + direction[1]], { tone: 'muted', role: 'direction' });
		dot(p, at[0], at[1]);
		label(p, tip[0], tip[1], `∇${f.name.replace(/\(.*\)/, '')}`, { dx: -10, dy: 2, anchor: 'end', tone: 'accent' });
		label(p, at[0] + direction[0], at[1] + direction[1], 'u', { dx: 10, dy: 4, anchor: 'start', tone: 'muted' });
		const sep = coordinateSep(fmt);
		const w = {
			f: `${f.name} = ${f.tex}`,
			p: `(${at.map((v) => fmt(v)).join(sep)})`,
			level: fmt(level),
			grad: `\\nabla f = (${grad.map((g) => fmt(g)).join(sep)})`,
			u: `u = (${direction.map((v) => fmt(v)).join(sep)})`,
			rate: fmt(directionalRate(grad, direction), 3),
			max: fmt(norm, 3),
		};
		return [{ svg: finish(p), caption: { say: 'arrows', with: w }, alt: { say: 'arrows-alt', with: w } }];
	},
});

export const practice: TopicModule['practice'] = [gradient, directional];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	arrows: /* @__PURE__ */ arrowsExample({ fn: 'bowl', at: [1, 1], direction: [0.6, 0.8], levels: [1, 9], x: [-2.6, 2.6], y: [-1.7, 2.6] }),
	bowl: /* @__PURE__ */ partialsExample({ fn: 'bowl', at: [1, 1], direction: [0.6, 0.8] }),
};

/**
 * The differentiation rules: the derivative a rule gives next to the one the core's backward pass
 * computes from the elementary operations alone. One module for the worked examples (a table of the
 * two at a few points; the page on extrema shows one too), the practice problems (the product and
 * the quotient rule at a point) and the tests (tests/topics/calculus/differentiation-rules.test.ts).
 */
import { value, type Value } from '../../../core/scalar/value';
import type { Kind } from '../../../practice/types';
import { listSeparator, paren, readable, texPolynomial } from '../../tex';
import type { TopicModule, WorkedExample } from '../../types';
import { SCALAR_FUNCTIONS, type ScalarFunction, type ScalarFunctionName } from '../functions';
import { pick } from '../../draw';
import { axes, curve, dot, finish, label, plot, tangent } from '../../../figures/chart';
import { plain } from '../../../figures/svg';

export interface RuleRow {
	x: number;
	/** f(x). */
	f: number;
	/** f'(x) by the rule's formula. */
	rule: number;
	/** f'(x) by the core's backward pass. */
	core: number;
}

/** f, its derivative by the rule and by the core's backward pass at each point. */
export function ruleRows(fn: ScalarFunctionName, points: readonly number[]): RuleRow[] {
	const f: ScalarFunction = SCALAR_FUNCTIONS[fn];
	if (!f.derivative) throw new Error(`ruleRows: ${fn} has no rule derivative`);
	return points.map((x) => {
		const input = value(x, 'x');
		const out = f.build(input);
		out.backward();
		return { x, f: out.data, rule: f.derivative!(x), core: input.grad };
	});
}

export interface RuleCheckInputs {
	fn: ScalarFunctionName;
	points: number[];
}

/** The table "by the rules vs. the core": this page shows it for σ and x·eˣ, the page on extrema for a loss. */
export const ruleCheckExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: RuleCheckInputs): WorkedExample<RuleCheckInputs> => ({
	inputs,
	blocks: ({ fn, points }, fmt) => {
		const f: ScalarFunction = SCALAR_FUNCTIONS[fn];
		const v = f.variable ?? 'x';
		const name = f.name ?? `f(${v})`;
		const prime = `${name.replace(/\(.*\)/, '')}'(${v})`;
		const rows = ruleRows(fn, points);
		const num = (x: number) => readable(x, fmt, 4);
		return [
			{ tex: `${name} = ${f.tex}, \\qquad ${prime} = ${f.derivativeTex}` },
			{
				head: [v, ...rows.map((r) => num(r.x))],
				rows: [
					[name, ...rows.map((r) => num(r.f))],
					[{ say: 'rule', with: { d: prime } }, ...rows.map((r) => num(r.rule))],
					[{ say: 'core', with: { d: prime } }, ...rows.map((r) => num(r.core))],
				],
			},
		];
	},
});

/** The slope at x₀ of a function built from the core's values, by its backward pass. */
export function coreSlope(build: (x: Value) => Value, x0: number): number {
	const x = value(x0, 'x');
	build(x).backward();
	return x.grad;
}

/** The inputs of both kinds: u = ax + b and a second factor with c, at x₀. */
interface RuleInputs {
	a: number;
	b: number;
	c: number;
	x0: number;
}

/** f(x) = (ax + b)(x² + c) as the core's values. */
export const productFunction =
	({ a, b, c }: Omit<RuleInputs, 'x0'>) =>
	(x: Value) =>
		x.mul(a).add(b).mul(x.pow(2).add(c));

/** The product rule at a point: f = u·v with u = ax + b, v = x² + c. */
const product: Kind<RuleInputs> = {
	id: 'product',
	draw: (rng) => ({ a: pick(rng, -3, 3, true), b: pick(rng, -4, 4, true), c: pick(rng, -3, 3, true), x0: pick(rng, -2, 2) }),
	solve: (inputs, fmt) => {
		const { a, b, c, x0 } = inputs;
		const answer = coreSlope(productFunction(inputs), x0);
		const u = a * x0 + b;
		const v = x0 * x0 + c;
		const du = a;
		const dv = 2 * x0;
		const uTex = texPolynomial([a, b], fmt);
		const vTex = texPolynomial([1, 0, c], fmt);
		return {
			vars: { f: `f(x) = (${uTex})(${vTex})`, x0: `x_0 = ${fmt(x0)}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'parts', tex: `u = ${uTex}, \\quad v = ${vTex}, \\quad u' = ${fmt(a)}, \\quad v' = 2x` },
				{ say: 'values', tex: `u = ${fmt(u)}, \\quad v = ${fmt(v)}, \\quad u' = ${fmt(du)}, \\quad v' = ${fmt(dv)}` },
				{ say: 'rule', tex: `f'(${fmt(x0)}) = u'v + uv' = ${paren(du, fmt)} \\cdot ${paren(v, fmt)} + ${paren(u, fmt)} \\cdot ${paren(dv, fmt)} = ${fmt(answer)}` },
			],
			// The product of the derivatives; one half of the rule only.
			mistakes: [
				{ value: du * dv, say: 'product' },
				{ value: du * v, say: 'half' },
			].filter((m) => m.value !== answer),
		};
	},
	numpy: ({ a, b, c, x0 }) => `d(lambda t: ((${a})*t + (${b})) * (t**2 + (${c})), ${x0})`,
};

/** f(x) = (ax + b)/(x + c) as the core's values. */
export const quotientFunction =
	({ a, b, c }: Omit<RuleInputs, 'x0'>) =>
	(x: Value) =>
		x.mul(a).add(b).div(x.add(c));

/** The quotient rule at a point: f = u/v with u = ax + b, v = x + c; v(x₀) is ±1 or ±2, so the answer is short. */
const quotient: Kind<RuleInputs> = {
	id: 'quotient',
	draw: (rng) => {
		for (;;) {
			const a = pick(rng, -3, 3, true);
			const b = pick(rng, -5, 5);
			const x0 = pick(rng, -3, 3);
			const c = [-2, -1, 1, 2][rng.int(4)]! - x0;
			// u'v − uv' = ac − b: a zero numerator would make the rule pointless.
			if (a * c - b !== 0) return { a, b, c, x0 };
		}
	},
	solve: (inputs, fmt) => {
		const { a, b, c, x0 } = inputs;
		const answer = coreSlope(quotientFunction(inputs), x0);
		const u = a * x0 + b;
		const v = x0 + c;
		const top = a * v - u;
		return {
			vars: { f: `f(x) = \\frac{${texPolynomial([a, b], fmt)}}{${texPolynomial([1, c], fmt)}}`, x0: `x_0 = ${fmt(x0)}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'parts', tex: `u(${fmt(x0)}) = ${fmt(u)}, \\quad v(${fmt(x0)}) = ${fmt(v)}, \\quad u' = ${fmt(a)}, \\quad v' = 1` },
				{ say: 'numerator', tex: `u'v - uv' = ${paren(a, fmt)} \\cdot ${paren(v, fmt)} - ${paren(u, fmt)} \\cdot 1 = ${fmt(top)}` },
				{ say: 'divide', tex: `f'(${fmt(x0)}) = \\frac{u'v - uv'}{v^2} = \\frac{${fmt(top)}}{${paren(v, fmt)}^2} = ${fmt(answer)}` },
			],
			// The numerator's terms swapped; v instead of v² below.
			mistakes: [
				{ value: -answer, say: 'order' },
				{ value: top / v, say: 'square' },
			].filter((m) => m.value !== answer),
		};
	},
	numpy: ({ a, b, c, x0 }) => `d(lambda t: ((${a})*t + (${b})) / (t + (${c})), ${x0})`,
};

export interface TangentsInputs {
	fn: ScalarFunctionName;
	/** Where to draw a tangent. */
	points: number[];
	/** Also the point in [lo, hi] where the slope is zero (found by bisection on the core's slope), as on the page on extrema. */
	flat?: [number, number];
	window: { x: [number, number]; y: [number, number]; ticks: { x: number[]; y: number[] } };
}

/** Where the core's slope of f changes sign in [lo, hi], by bisection: the flat point of a smooth f. */
export function flatPoint(fn: ScalarFunctionName, [lo, hi]: readonly [number, number]): number {
	const slope = (x: number) => coreSlope(SCALAR_FUNCTIONS[fn].build, x);
	let [a, b] = [lo, hi];
	if (Math.sign(slope(a)) === Math.sign(slope(b))) throw new Error(`flatPoint: the slope of ${fn} has one sign on [${lo}, ${hi}]; give an interval where it changes sign.`);
	for (let i = 0; i < 60; i++) {
		const m = (a + b) / 2;
		if (Math.sign(slope(m)) === Math.sign(slope(a))) a = m;
		else b = m;
	}
	return (a + b) / 2;
}

/** The graph of f with a short tangent at each point, its slope (the core's) written beside it. */
export const tangentsExample = (inputs: TangentsInputs): WorkedExample<TangentsInputs> => ({
	inputs,
	blocks: ({ fn, points, flat, window }, fmt) => {
		const f: ScalarFunction = SCALAR_FUNCTIONS[fn];
		const v = f.variable ?? 'x';
		const at = (x: number) => f.build(value(x)).data;
		const w0 = flat && flatPoint(fn, flat);
		const xs = w0 === undefined ? points : [...points, w0].sort((a, b) => a - b);
		const p = plot({ x: window.x, y: window.y });
		axes(p, window.ticks, fmt, { x: v, y: f.name ?? `f(${v})` });
		curve(p, at, { tone: 'ink' });
		const slopes = xs.map((x) => coreSlope(f.build, x));
		xs.forEach((x, i) => {
			tangent(p, x, at(x), slopes[i]!);
			dot(p, x, at(x));
			// The slope above the point, or below where the curve bends up (a minimum), away from the curve.
			label(p, x, at(x), plain(fmt(slopes[i]!, 2)), { dx: 6, dy: flat ? 20 : -16, anchor: 'start', tone: 'accent' });
		});
		const list = xs.map((x, i) => `${fmt(x, 3)} \\to ${fmt(slopes[i]!, 2)}`).join(`${listSeparator(fmt)}\\ `);
		const name = `${(f.name ?? `f(${v})`).replace(/\(.*\)/, '')}'(${v})`;
		// σ's formula already names itself (`\sigma(x) = …`); the others get theirs in front.
		const formula = f.tex.includes('=') ? f.tex : `${f.name ?? `f(${v})`} = ${f.tex}`;
		return [
			{
				svg: finish(p),
				caption: { say: w0 === undefined ? 'tangents' : 'flat', with: { f: formula, list, name, at: w0 === undefined ? '' : `${v} = ${fmt(w0, 3)}` } },
				alt: { say: w0 === undefined ? 'tangents-alt' : 'flat-alt', with: { f: formula, list, name } },
			},
		];
	},
});

export const practice: TopicModule['practice'] = [product, quotient];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	sigmoid: /* @__PURE__ */ ruleCheckExample({ fn: 'sigmoid', points: [-2, 0, 1, 3] }),
	product: /* @__PURE__ */ ruleCheckExample({ fn: 'x-exp', points: [-1, 0, 0.5, 2] }),
	tangents: /* @__PURE__ */ tangentsExample({ fn: 'sigmoid', points: [-2, 0, 1, 3], window: { x: [-4.5, 4.5], y: [-0.15, 1.15], ticks: { x: [-4, -2, 2, 4], y: [0.5, 1] } } }),
};

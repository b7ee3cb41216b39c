/**
 * Gradient descent: θ ← θ − η·∇f(θ), each gradient from the core's backward pass. One module for
 * the worked examples (tables of the steps for one weight at three learning rates, and for a
 * ravine in two variables), the practice problems (one step in two variables, two steps on one
 * weight) and the tests (tests/topics/calculus/gradient-descent.test.ts).
 */
import type { Value } from '../../../core/scalar/value';
import type { Kind } from '../../../practice/types';
import { coordinateSep, paren, readable, texPoint, texTerms } from '../../tex';
import type { TopicModule, WorkedExample } from '../../types';
import {
	asVectorFunction,
	valueAndGradient,
	type ScalarFunctionName,
	type VectorFunction,
	type VectorFunctionName,
} from '../functions';

import { pick } from '../../draw';
import { valueAt, VECTOR_FUNCTIONS } from '../functions';
import { axes, contours, dot, finish, label, plot, polyline } from '../../../figures/chart';

export interface DescentRow {
	k: number;
	at: number[];
	value: number;
	grad: number[];
}

/** `steps` steps of θ ← θ − η·∇f(θ) from `start`: the point, the value and the gradient before each step, and after the last. */
export function descend(f: VectorFunction, start: readonly number[], lr: number, steps: number): DescentRow[] {
	const rows: DescentRow[] = [];
	let theta = [...start];
	for (let k = 0; k <= steps; k++) {
		const { value, grad } = valueAndGradient(f, theta);
		rows.push({ k, at: theta, value, grad });
		theta = theta.map((v, i) => v - lr * grad[i]!);
	}
	return rows;
}

export interface DescentInputs {
	fn: ScalarFunctionName | VectorFunctionName;
	start: number[];
	lr: number;
	steps: number;
	/** The steps shown in the table (all by default). */
	show?: number[];
}

/** The table of a descent: the point, the value and the gradient at the steps listed in `show`. */
export const descentExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: DescentInputs): WorkedExample<DescentInputs> => ({
	inputs,
	blocks: ({ fn, start, lr, steps, show }, fmt) => {
		const f = asVectorFunction(fn);
		const rows = descend(f, start, lr, steps);
		const shown = show ? rows.filter((r) => show.includes(r.k)) : rows;
		const num = (v: number) => readable(v, fmt, 4);
		const sep = coordinateSep(fmt);
		const vec = (xs: number[]) => (xs.length === 1 ? num(xs[0]!) : `(${xs.map(num).join(sep)})`);
		/** The point at step `k` (`w_k`, or `(x_k; y_k)`) and the function's arguments there (`w_k`, or `x_k, y_k`). */
		const point = (k: string) => (f.vars.length === 1 ? `${f.vars[0]}_{${k}}` : `(${f.vars.map((v) => `${v}_{${k}}`).join(sep)})`);
		const args = (k: string) => f.vars.map((v) => `${v}_{${k}}`).join(', ');
		const fname = f.name.replace(/\(.*\)/, '');
		const gradName = f.vars.length === 1 ? `${fname}'` : `\\nabla ${fname}`;
		return [
			{ tex: `${f.name} = ${f.tex}, \\qquad \\eta = ${fmt(lr, 6)}, \\qquad ${point('0')} = ${vec(start)}` },
			{
				head: [{ say: 'step' }, point('k'), `${fname}(${args('k')})`, `${gradName}(${args('k')})`],
				rows: shown.map((r) => [String(r.k), vec(r.at), num(r.value), vec(r.grad)]),
			},
		];
	},
});

/** Rounding noise of decimal learning rates removed (0.1·3 = 0.30000000000000004): a reader's answer has a few decimals. */
const clean = (v: number): number => Math.round(v * 1e9) / 1e9;

/** f(x, y) = a·x² + c·y² as a function the core differentiates. */
const bowl = (a: number, c: number): VectorFunction => ({
	vars: ['x', 'y'],
	name: 'f(x, y)',
	tex: '',
	build: ([x, y]: Value[]) => x!.pow(2).mul(a).add(y!.pow(2).mul(c)),
});

/** L(w) = a·(w − m)². */
const parabola = (a: number, m: number): VectorFunction => ({
	vars: ['w'],
	name: 'L(w)',
	tex: '',
	build: ([w]: Value[]) => w!.sub(m).pow(2).mul(a),
});

const LEARNING_RATES = [0.05, 0.1, 0.2, 0.25] as const;

interface StepInputs {
	a: number;
	c: number;
	x0: number;
	y0: number;
	lr: number;
}

/** One step in two variables: the gradient at the start, then the point moved against it. */
const step: Kind<StepInputs> = {
	id: 'step',
	draw: (rng) => ({ a: pick(rng, 1, 3), c: pick(rng, 1, 3), x0: pick(rng, -4, 4, true), y0: pick(rng, -4, 4, true), lr: LEARNING_RATES[rng.int(LEARNING_RATES.length)]! }),
	solve: ({ a, c, x0, y0, lr }, fmt) => {
		const [first, second] = descend(bowl(a, c), [x0, y0], lr, 1);
		const g = first!.grad.map(clean);
		const next = second!.at.map(clean);
		const sep = coordinateSep(fmt);
		const moved = (sign: number, eta: number) => [x0, y0].map((v, i) => clean(v + sign * eta * g[i]!));
		const same = (u: number[]) => u.every((v, i) => Math.abs(v - next[i]!) < 1e-9);
		return {
			vars: { f: `f(x, y) = ${texTerms([[a, 'x^2'], [c, 'y^2']], fmt)}`, p: `(x_0${sep}y_0) = ${texPoint([x0, y0], fmt)}`, eta: `\\eta = ${fmt(lr)}` },
			answer: { kind: 'vector', value: next },
			steps: [
				{ say: 'gradient', tex: `\\nabla f = (${texTerms([[2 * a, 'x']], fmt)}${sep}${texTerms([[2 * c, 'y']], fmt)}), \\qquad \\nabla f${texPoint([x0, y0], fmt)} = ${texPoint(g, fmt)}` },
				{
					say: 'update',
					tex: `(x_1${sep}y_1) = ${texPoint([x0, y0], fmt)} - ${fmt(lr)} \\cdot ${texPoint(g, fmt)} = ${texPoint(next, fmt)}`,
				},
			],
			mistakes: [
				// Up the gradient instead of down; the whole gradient without the learning rate; the step alone.
				{ value: moved(1, lr), say: 'sign' },
				{ value: moved(-1, 1), say: 'no-rate' },
				{ value: g.map((v) => clean(-lr * v)), say: 'update-only' },
			].filter((m) => !same(m.value)),
		};
	},
	numpy: ({ a, c, x0, y0, lr }) => `np.array([${x0}, ${y0}]) - ${lr} * np.array(grad(lambda v: ${a}*v[0]**2 + ${c}*v[1]**2, [${x0}, ${y0}]))`,
};

/** Learning rates for two steps on a(w − m)²: with a = 1 or 2 the factor 1 − 2aη per step ranges from 0.8 (slow) to −2 (diverging). */
const TWO_STEP_RATES = [0.1, 0.2, 0.25, 0.4, 0.75] as const;

interface TwoStepsInputs {
	a: number;
	m: number;
	w0: number;
	lr: number;
}

/** Two steps on one weight: the second gradient is taken at the new point. */
const twoSteps: Kind<TwoStepsInputs> = {
	id: 'two-steps',
	draw: (rng) => {
		const m = pick(rng, -3, 3);
		let w0 = pick(rng, -3, 3);
		if (w0 === m) w0 = m + 2;
		return { a: pick(rng, 1, 2), m, w0, lr: TWO_STEP_RATES[rng.int(TWO_STEP_RATES.length)]! };
	},
	solve: ({ a, m, w0, lr }, fmt) => {
		const rows = descend(parabola(a, m), [w0], lr, 2);
		const [g0, g1] = [rows[0]!.grad[0]!, rows[1]!.grad[0]!].map(clean) as [number, number];
		const w1 = clean(rows[1]!.at[0]!);
		const w2 = clean(rows[2]!.at[0]!);
		// Climbing: w ← w + η·L'(w), the gradient taken at each new point.
		const up1 = w0 + lr * g0;
		const up2 = clean(up1 + lr * 2 * a * (up1 - m));
		const L = `L(w) = ${a === 1 ? '' : fmt(a)}(w ${m < 0 ? '+' : '-'} ${fmt(Math.abs(m))})^2`.replace('(w - 0)', 'w').replace('(w + 0)', 'w');
		const dL = `L'(w) = ${fmt(2 * a)}(w ${m < 0 ? '+' : '-'} ${fmt(Math.abs(m))})`.replace('(w - 0)', 'w');
		return {
			vars: { L, w0: `w_0 = ${fmt(w0)}`, eta: `\\eta = ${fmt(lr)}` },
			answer: { kind: 'number', value: w2 },
			steps: [
				{ say: 'derivative', tex: dL },
				{ say: 'first', tex: `w_1 = w_0 - \\eta L'(w_0) = ${fmt(w0)} - ${fmt(lr)} \\cdot ${paren(g0, fmt)} = ${fmt(w1, 6)}` },
				{ say: 'second', tex: `w_2 = w_1 - \\eta L'(w_1) = ${fmt(w1, 6)} - ${fmt(lr)} \\cdot ${paren(g1, fmt, 6)} = ${fmt(w2, 6)}` },
			],
			mistakes: [
				{ value: w1, say: 'one-step' },
				{ value: up2, say: 'sign' },
			].filter((mk, k, all) => Math.abs(mk.value - w2) > 1e-9 && all.findIndex((n) => Math.abs(n.value - mk.value) < 1e-9) === k),
		};
	},
	numpy: ({ a, m, w0, lr }) => `(lambda f: (lambda w1: w1 - ${lr} * d(f, w1))(${w0} - ${lr} * d(f, ${w0})))(lambda w: ${a}*(w - (${m}))**2)`,
};

export interface PathInputs {
	fn: 'ravine' | 'bowl';
	start: [number, number];
	lr: number;
	steps: number;
	levels: number[];
	x: [number, number];
	y: [number, number];
}

/** The steps of a descent in two variables drawn over the contour lines of f: the zigzag across a ravine. */
export const pathExample = (inputs: PathInputs): WorkedExample<PathInputs> => ({
	inputs,
	blocks: ({ fn, start, lr, steps, levels, x, y }, fmt) => {
		const f = VECTOR_FUNCTIONS[fn];
		const rows = descend(f, start, lr, steps);
		const p = plot({ x, y, equal: true, height: 250 });
		axes(p, { x: [1, 2], y: [-1, 1] }, fmt, { x: f.vars[0], y: f.vars[1] });
		contours(p, (a, b) => valueAt(f, [a, b]), levels, { n: 24 });
		p.body.push(polyline(rows.map((r) => [p.X(r.at[0]!), p.Y(r.at[1]!)] as [number, number]), { tone: 'accent', width: 2 }));
		for (const r of rows) dot(p, r.at[0]!, r.at[1]!, { role: 'step' });
		label(p, start[0], start[1], '0', { dx: 12, dy: 0, anchor: 'start', tone: 'accent' });
		const last = rows[rows.length - 1]!;
		label(p, last.at[0]!, last.at[1]!, String(steps), { dx: -10, dy: -14, anchor: 'end', tone: 'accent' });
		const sep = coordinateSep(fmt);
		const w = {
			f: `${f.name} = ${f.tex}`,
			start: `(${start.map((v) => fmt(v)).join(sep)})`,
			eta: `\\eta = ${fmt(lr)}`,
			steps: String(steps),
			end: `(${last.at.map((v) => fmt(v, 3)).join(sep)})`,
		};
		return [{ svg: finish(p), caption: { say: 'path', with: w }, alt: { say: 'path-alt', with: w } }];
	},
});

export const practice: TopicModule['practice'] = [step, twoSteps];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	path: /* @__PURE__ */ pathExample({ fn: 'ravine', start: [2, 1], lr: 0.45, steps: 10, levels: [0.2, 0.8, 1.8], x: [-0.3, 2.5], y: [-1.25, 1.25] }),
	slow: /* @__PURE__ */ descentExample({ fn: 'one-weight-mse', start: [0], lr: 0.05, steps: 10, show: [0, 1, 2, 3, 5, 10] }),
	oscillating: /* @__PURE__ */ descentExample({ fn: 'one-weight-mse', start: [0], lr: 0.2, steps: 10, show: [0, 1, 2, 3, 4, 10] }),
	diverging: /* @__PURE__ */ descentExample({ fn: 'one-weight-mse', start: [0], lr: 0.25, steps: 10, show: [0, 1, 2, 3, 4, 10] }),
	ravine: /* @__PURE__ */ descentExample({ fn: 'ravine', start: [2, 1], lr: 0.45, steps: 10, show: [0, 1, 2, 3, 4, 10] }),
};

/**
 * Partial derivatives: the slope of a function of several variables along one of them, the others
 * frozen. The core's backward pass gives every partial derivative at once; a central difference
 * that nudges one variable checks each. One module for the worked examples (a table per function;
 * the gradient page shows the same table with a directional derivative below), the practice
 * problems and the tests (tests/topics/calculus/partial-derivatives.test.ts).
 */
import { value, type Value } from '../../../core/scalar/value';
import { centralDifference } from '../../../math/finite-difference';
import type { Kind } from '../../../practice/types';
import { coordinateSep, paren, readable, texPoint, texProducts, texTerms } from '../../tex';
import type { Block, WorkedExample } from '../../types';
import type { TopicModule } from '../../types';
import { numericGradient, valueAndGradient, valueAt, VECTOR_FUNCTIONS, type VectorFunction, type VectorFunctionName } from '../functions';
import { pick } from '../../draw';
import { axes, curve, dot, label, plot, stack, tangent } from '../../../figures/chart';
import { plain } from '../../../figures/svg';

export interface PartialsInputs {
	fn: VectorFunctionName;
	at: number[];
	/** A unit vector for the derivative along it (the gradient page). */
	direction?: number[];
}

/** Each partial derivative at a point by the core and by a central difference, and the derivative along `direction` both ways. */
export function partialsAt(f: VectorFunction, at: readonly number[], direction?: readonly number[], h = 1e-5) {
	const { value: fx, grad } = valueAndGradient(f, at);
	const numeric = numericGradient(f, at, h);
	const along = direction && {
		dot: grad.reduce((s, g, i) => s + g * direction[i]!, 0),
		// f along the direction, as a function of the distance t moved: its central difference at 0.
		nudged: centralDifference((t) => valueAt(f, at.map((v, i) => v + t * direction[i]!)), 0, h),
	};
	return { value: fx, grad, numeric, along };
}

/** The table of partial derivatives (the core beside a difference check) and the gradient; with `direction`, the derivative along it. */
export const partialsExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: PartialsInputs): WorkedExample<PartialsInputs> => ({
	inputs,
	blocks: ({ fn, at, direction }, fmt) => {
		const f = VECTOR_FUNCTIONS[fn];
		const { value: fx, grad, numeric, along } = partialsAt(f, at, direction);
		const num = (v: number) => readable(v, fmt, 4);
		const sep = coordinateSep(fmt);
		const fname = f.name.replace(/\(.*\)/, '');
		const blocks: Block[] = [
			{ tex: `${f.name} = ${f.tex}, \\qquad p = (${f.vars.join(sep)}) = (${at.map(num).join(sep)}), \\qquad ${fname}(p) = ${num(fx)}` },
			{
				head: [{ say: 'variable' }, { say: 'core' }, { say: 'numeric' }],
				rows: f.vars.map((v, i) => [`\\frac{\\partial ${fname}}{\\partial ${v}}`, num(grad[i]!), num(numeric[i]!)]),
			},
			{ tex: `\\nabla ${fname}(p) = \\bigl(${grad.map(num).join(sep)}\\bigr)` },
		];
		if (direction && along) {
			const terms = grad.map((g, i) => `${num(g)} \\cdot ${num(direction[i]!)}`).join(' + ');
			blocks.push(
				{ say: 'along' },
				{ tex: `\\nabla ${fname} \\cdot u = ${terms} = ${num(along.dot)}, \\quad u = (${direction.map(num).join(sep)})` },
				{ tex: `\\frac{${fname}(p + h u) - ${fname}(p - h u)}{2h} \\approx ${num(along.nudged)}` },
			);
		}
		return blocks;
	},
});

/** f(x, y) = a·x²·y + b·x·y + c·y², built from the core's values. */
const mixedPolynomial = (a: number, b: number, c: number) => (x: Value, y: Value) => x.pow(2).mul(y).mul(a).add(x.mul(y).mul(b)).add(y.pow(2).mul(c));

/** Both partial derivatives of a·x²·y + b·x·y + c·y² at (x₀, y₀), by the core's backward pass. */
export function polynomialPartials(a: number, b: number, c: number, x0: number, y0: number): { dx: number; dy: number; value: number } {
	const x = value(x0, 'x');
	const y = value(y0, 'y');
	const out = mixedPolynomial(a, b, c)(x, y);
	out.backward();
	return { dx: x.grad, dy: y.grad, value: out.data };
}

interface PartialInputs {
	a: number;
	b: number;
	c: number;
	x0: number;
	y0: number;
	/** The variable to differentiate by. */
	by: 'x' | 'y';
}

/** One partial derivative of a two-variable polynomial at a point: the other variable is a constant. */
const partial: Kind<PartialInputs> = {
	id: 'partial',
	draw: (rng) => ({ a: pick(rng, -3, 3, true), b: pick(rng, -4, 4, true), c: pick(rng, -3, 3, true), x0: pick(rng, -3, 3, true), y0: pick(rng, -3, 3, true), by: rng.int(2) ? 'y' : 'x' }),
	solve: ({ a, b, c, x0, y0, by }, fmt) => {
		const p = polynomialPartials(a, b, c, x0, y0);
		const answer = by === 'x' ? p.dx : p.dy;
		const other = by === 'x' ? p.dy : p.dx;
		const f = texTerms([[a, 'x^2 y'], [b, 'xy'], [c, 'y^2']], fmt);
		// ∂f/∂x = 2a·x·y + b·y (c·y² is a constant); ∂f/∂y = a·x² + b·x + 2c·y.
		const rule = by === 'x' ? texTerms([[2 * a, 'xy'], [b, 'y']], fmt) : texTerms([[a, 'x^2'], [b, 'x'], [2 * c, 'y']], fmt);
		const substituted = by === 'x' ? texProducts([[2 * a, [x0, y0]], [b, [y0]]], fmt) : texProducts([[a, [x0, x0]], [b, [x0]], [2 * c, [y0]]], fmt);
		// Without the 2 of the power rule: a·x·y + b·y, or a·x² + b·x + c·y.
		const noPower = by === 'x' ? a * x0 * y0 + b * y0 : a * x0 * x0 + b * x0 + c * y0;
		const d = `\\frac{\\partial f}{\\partial ${by}}`;
		return {
			vars: { f: `f(x, y) = ${f}`, p: `(x_0${coordinateSep(fmt)}y_0) = ${texPoint([x0, y0], fmt)}`, d },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: by === 'x' ? 'freeze-y' : 'freeze-x' },
				{ say: 'rule', tex: `${d} = ${rule}` },
				{ say: 'substitute', tex: `${d}${texPoint([x0, y0], fmt)} = ${substituted} = ${fmt(answer)}` },
			],
			mistakes: [
				{ value: other, say: 'other' },
				{ value: p.value, say: 'value' },
				{ value: noPower, say: 'power' },
			].filter((m, k, all) => m.value !== answer && all.findIndex((n) => n.value === m.value) === k),
		};
	},
	numpy: ({ a, b, c, x0, y0, by }) => `grad(lambda v: (${a})*v[0]**2*v[1] + (${b})*v[0]*v[1] + (${c})*v[1]**2, [${x0}, ${y0}])[${by === 'x' ? 0 : 1}]`,
};

/** The squared error of a neuron without activation on one example: L(w, b) = (w·x + b − y)². */
export function neuronLossPartials(x: number, y: number, w0: number, b0: number): { dw: number; db: number; loss: number } {
	const w = value(w0, 'w');
	const b = value(b0, 'b');
	const L = w.mul(x).add(b).sub(y).pow(2);
	L.backward();
	return { dw: w.grad, db: b.grad, loss: L.data };
}

interface NeuronInputs {
	x: number;
	y: number;
	w: number;
	b: number;
	by: 'w' | 'b';
}

/** The partial derivative of a neuron's loss by its weight or its bias: the weight's carries the input as a factor. */
const neuron: Kind<NeuronInputs> = {
	id: 'neuron',
	draw: (rng) => ({ x: pick(rng, -3, 3, true), y: pick(rng, -3, 3), w: pick(rng, -2, 2), b: pick(rng, -2, 2), by: rng.int(2) ? 'b' : 'w' }),
	solve: ({ x, y, w, b, by }, fmt) => {
		const p = neuronLossPartials(x, y, w, b);
		const answer = by === 'w' ? p.dw : p.db;
		const r = w * x + b - y;
		const d = `\\frac{\\partial L}{\\partial ${by}}`;
		const inner = by === 'w' ? `\\frac{\\partial e}{\\partial w} = x = ${fmt(x)}` : `\\frac{\\partial e}{\\partial b} = 1`;
		return {
			vars: { L: `L(w, b) = (wx + b - y)^2`, data: `x = ${fmt(x)}${coordinateSep(fmt)}y = ${fmt(y)}`, at: `w = ${fmt(w)}${coordinateSep(fmt)}b = ${fmt(b)}`, d },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'residual', tex: `e = wx + b - y = ${fmt(w)} \\cdot ${paren(x, fmt)} ${b < 0 ? '-' : '+'} ${fmt(Math.abs(b))} ${y < 0 ? '+' : '-'} ${fmt(Math.abs(y))} = ${fmt(r)}` },
				{ say: by === 'w' ? 'inner-w' : 'inner-b', tex: inner },
				{ say: 'product', tex: `${d} = 2e \\cdot ${by === 'w' ? 'x' : '1'} = 2 \\cdot ${paren(r, fmt)} \\cdot ${by === 'w' ? paren(x, fmt) : '1'} = ${fmt(answer)}` },
			],
			mistakes: [
				// The weight's partial without its input, or the bias's with one; the loss itself.
				{ value: by === 'w' ? 2 * r : 2 * r * x, say: by === 'w' ? 'no-input' : 'input' },
				{ value: r * r, say: 'value' },
			].filter((m, k, all) => m.value !== answer && all.findIndex((n) => n.value === m.value) === k),
		};
	},
	numpy: ({ x, y, w, b, by }) =>
		by === 'w' ? `d(lambda t: (t*(${x}) + (${b}) - (${y}))**2, ${w})` : `d(lambda t: ((${w})*(${x}) + t - (${y}))**2, ${b})`,
};

export interface SlicesInputs {
	fn: VectorFunctionName;
	at: [number, number];
	/** Each slice's window: the frozen variable's partner runs over `x`, values over `y`. */
	windows: { x: [number, number]; y: [number, number]; ticks: { x: number[]; y: number[] } }[];
}

/**
 * A partial derivative as a slice: f with y frozen, as a function of x alone, with its tangent at the
 * point (slope ∂f/∂x), and below it f with x frozen (slope ∂f/∂y); the slopes are the core's.
 */
export const slicesExample = (inputs: SlicesInputs): WorkedExample<SlicesInputs> => ({
	inputs,
	blocks: ({ fn, at, windows }, fmt) => {
		const f = VECTOR_FUNCTIONS[fn];
		const { value: fx, grad } = valueAndGradient(f, at);
		const fname = f.name.replace(/\(.*\)/, '');
		const plots = [0, 1].map((i) => {
			const w = windows[i]!;
			const other = 1 - i;
			const slice = (t: number) => valueAt(f, i === 0 ? [t, at[1]] : [at[0], t]);
			const p = plot({ x: w.x, y: w.y, height: 220 });
			axes(p, w.ticks, fmt, { x: f.vars[i]! });
			curve(p, slice, { tone: 'ink', samples: 60 });
			tangent(p, at[i], fx, grad[i]!, { half: 60 });
			dot(p, at[i], fx);
			label(p, w.x[0], w.y[1], `${f.vars[other]} = ${plain(fmt(at[other]!))}`, { dx: 60, dy: 8, anchor: 'start', tone: 'muted' });
			label(p, at[i], fx, `∂${fname}/∂${f.vars[i]} = ${plain(fmt(grad[i]!, 3))}`, { dx: 12, dy: 18, anchor: 'start', tone: 'accent' });
			return p;
		});
		const sep = coordinateSep(fmt);
		const d = (v: string) => `\\frac{\\partial ${fname}}{\\partial ${v}}`;
		const w = { f: `${f.name} = ${f.tex}`, p: `(${at.map((v) => fmt(v)).join(sep)})`, x: f.vars[0]!, y: f.vars[1]!, x0: fmt(at[0]), y0: fmt(at[1]), dx: `${d(f.vars[0]!)} = ${fmt(grad[0]!, 3)}`, dy: `${d(f.vars[1]!)} = ${fmt(grad[1]!, 3)}` };
		return [{ svg: stack(plots), caption: { say: 'slices', with: w }, alt: { say: 'slices-alt', with: w } }];
	},
});

export const practice: TopicModule['practice'] = [partial, neuron];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	slices: /* @__PURE__ */ slicesExample({ fn: 'mixed', at: [2, 0.5], windows: [{ x: [-0.3, 3.5], y: [-0.5, 8.5], ticks: { x: [1, 2, 3], y: [2, 4, 6, 8] } }, { x: [-1.2, 1.6], y: [-4.5, 11.5], ticks: { x: [-1, 1], y: [-4, 4, 8] } }] }),
	mixed: /* @__PURE__ */ partialsExample({ fn: 'mixed', at: [2, 0.5] }),
	'neuron-loss': /* @__PURE__ */ partialsExample({ fn: 'neuron-loss', at: [1, 0.5] }),
};

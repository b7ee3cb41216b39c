/**
 * The derivative: the slope of a function at a point, as the limit of difference quotients. The core's
 * backward pass gives the exact value; the quotients approach it and then, for tiny steps, lose it
 * to rounding. One module for the worked example (the table of quotients), the practice problems
 * and the tests (tests/topics/calculus/derivative.test.ts).
 */
import { value } from '../../../core/scalar/value';
import { centralDifference, forwardDifference } from '../../../math/finite-difference';
import type { Fmt, Kind } from '../../../practice/types';
import { listSeparator, paren, readable, significant, texPolynomial } from '../../tex';
import type { TopicModule, WorkedExample } from '../../types';
import { axes, curve, dot, finish, label, plot, slopeLine } from '../../../figures/chart';
import { plain } from '../../../figures/svg';
import { SCALAR_FUNCTIONS, type ScalarFunctionName } from '../functions';
import { pick } from '../../draw';

/** The exact derivative of a named function at `x`, by the core's backward pass. */
export function exactDerivative(fn: ScalarFunctionName, x: number): number {
	const input = value(x, 'x');
	SCALAR_FUNCTIONS[fn].build(input).backward();
	return input.grad;
}

export interface QuotientRow {
	h: number;
	forward: number;
	forwardError: number;
	centered: number;
	centeredError: number;
}

/** Forward and central difference quotients of `fn` at `x` for each step, with their errors against the exact derivative. */
export function quotientTable(fn: ScalarFunctionName, x: number, hs: readonly number[]): { exact: number; rows: QuotientRow[] } {
	const at = (t: number) => SCALAR_FUNCTIONS[fn].build(value(t)).data;
	const exact = exactDerivative(fn, x);
	const rows = hs.map((h) => {
		const forward = forwardDifference(at, x, h);
		const centered = centralDifference(at, x, h);
		return { h, forward, forwardError: forward - exact, centered, centeredError: centered - exact };
	});
	return { exact, rows };
}

export interface TableInputs {
	fn: ScalarFunctionName;
	x: number;
	hs: number[];
	/** Also the central difference (f(x+h) − f(x−h))/2h. */
	central?: boolean;
}

/** A step as a power of ten when it is one (`10^{-8}`), else as a number. */
const texStep = (h: number, fmt: Fmt) => {
	const e = Math.log10(h);
	return Number.isInteger(e) && e <= -3 ? `10^{${e}}` : fmt(h, 12);
};

/** The table of quotients: the page on the derivative and the one on Taylor series both show it. */
export const quotientExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: TableInputs): WorkedExample<TableInputs> => ({
	inputs,
	blocks: ({ fn, x, hs, central = false }, fmt) => {
		const { exact, rows } = quotientTable(fn, x, hs);
		const cols = central ? ['\\frac{f(x+h) - f(x-h)}{2h}', { say: 'error' }] : [];
		return [
			{ tex: `f(x) = ${SCALAR_FUNCTIONS[fn].tex}, \\quad x = ${fmt(x)}` },
			{ say: 'exact', with: { value: `f'(${fmt(x)}) = ${readable(exact, fmt, 9)}` } },
			{
				head: ['h', '\\frac{f(x+h) - f(x)}{h}', { say: 'error' }, ...cols],
				rows: rows.map((r) => [
					texStep(r.h, fmt),
					readable(r.forward, fmt, 9),
					significant(r.forwardError, fmt),
					...(central ? [readable(r.centered, fmt, 9), significant(r.centeredError, fmt)] : []),
				]),
			},
		];
	},
});

/** f(x) = a·x² + b·x + c built from the core's values, so its derivative is the core's. */
function quadratic(a: number, b: number, c: number) {
	return (x: ReturnType<typeof value>) => x.pow(2).mul(a).add(x.mul(b)).add(c);
}

/** The slope of f(x) = ax² + bx + c at x₀ by the core's backward pass. */
export function slopeAt(a: number, b: number, c: number, x0: number): number {
	const x = value(x0, 'x');
	quadratic(a, b, c)(x).backward();
	return x.grad;
}

interface SlopeInputs {
	a: number;
	b: number;
	c: number;
	x0: number;
}

/** The derivative of a quadratic at a point, by the rules. */
const slope: Kind<SlopeInputs> = {
	id: 'slope',
	draw: (rng) => ({ a: pick(rng, -4, 4, true), b: pick(rng, -6, 6), c: pick(rng, -5, 5), x0: pick(rng, -3, 3) }),
	solve: ({ a, b, c, x0 }, fmt) => {
		const answer = slopeAt(a, b, c, x0);
		const f = texPolynomial([a, b, c], fmt);
		const df = texPolynomial([2 * a, b], fmt);
		return {
			vars: { f: `f(x) = ${f}`, x0: `x_0 = ${fmt(x0)}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'rules', tex: `(x^2)' = 2x, \\quad (x)' = 1, \\quad (c)' = 0` },
				{ say: 'derivative', tex: `f'(x) = ${df}` },
				{ say: 'substitute', tex: `f'(${fmt(x0)}) = ${fmt(2 * a)} \\cdot ${paren(x0, fmt)} ${b < 0 ? '-' : '+'} ${fmt(Math.abs(b))} = ${fmt(answer)}` },
			],
			// Forgetting the 2 of the power rule; taking the value of f instead of its slope.
			mistakes: [
				{ value: a * x0 + b, say: 'power' },
				{ value: a * x0 * x0 + b * x0 + c, say: 'value' },
			].filter((m) => m.value !== answer),
		};
	},
	numpy: ({ a, b, c, x0 }) => `d(lambda t: (${a})*t**2 + (${b})*t + (${c}), ${x0})`,
};

interface QuotientInputs {
	a: number;
	x0: number;
	h: number;
}

/** The difference quotient of f(x) = a·x² for a given step: the definition before the limit. */
const quotient: Kind<QuotientInputs> = {
	id: 'quotient',
	draw: (rng) => ({ a: pick(rng, 1, 3), x0: pick(rng, -3, 3), h: [1, 0.5, 0.1][rng.int(3)]! }),
	solve: ({ a, x0, h }, fmt) => {
		const f = (t: number) => a * t * t;
		const ahead = f(x0 + h);
		const here = f(x0);
		const answer = forwardDifference(f, x0, h);
		return {
			vars: { f: `f(x) = ${texPolynomial([a, 0, 0], fmt)}`, x0: `x_0 = ${fmt(x0)}`, h: `h = ${fmt(h)}`, q: `\\frac{f(x_0 + h) - f(x_0)}{h}` },
			answer: { kind: 'number', value: answer, tolerance: 1e-9 + 1e-9 * Math.abs(answer) },
			steps: [
				{ say: 'ahead', tex: `f(${fmt(x0 + h)}) = ${fmt(a)} \\cdot ${paren(x0 + h, fmt)}^2 = ${fmt(ahead)}` },
				{ say: 'here', tex: `f(${fmt(x0)}) = ${fmt(a)} \\cdot ${paren(x0, fmt)}^2 = ${fmt(here)}` },
				{ say: 'divide', tex: `\\frac{${fmt(ahead)} - ${paren(here, fmt)}}{${fmt(h)}} = ${fmt(answer)}` },
				{ say: 'limit', tex: `f'(${fmt(x0)}) = ${fmt(2 * a * x0)}, \\quad \\frac{f(x_0 + h) - f(x_0)}{h} = ${fmt(answer)}` },
			],
			// Dividing by nothing: the difference alone.
			mistakes: [{ value: ahead - here, say: 'undivided' }].filter((m) => Math.abs(m.value - answer) > 1e-9),
		};
	},
	numpy: ({ a, x0, h }) => `(${a}*((${x0})+(${h}))**2 - ${a}*(${x0})**2) / (${h})`,
};

export interface SecantInputs {
	fn: ScalarFunctionName;
	x: number;
	/** The steps of the secants drawn, largest first. */
	hs: number[];
	/** The plot's window and ticks. */
	window: { x: [number, number]; y: [number, number]; ticks: { x: number[]; y: number[] } };
}

/**
 * The secants through x and x + h, whose slopes are the table's quotients, turning towards the tangent
 * whose slope is the core's exact derivative as h shrinks.
 */
export const secantExample = (inputs: SecantInputs): WorkedExample<SecantInputs> => ({
	inputs,
	blocks: ({ fn, x, hs, window }, fmt) => {
		const f = (t: number) => SCALAR_FUNCTIONS[fn].build(value(t)).data;
		const { exact, rows } = quotientTable(fn, x, hs);
		const p = plot({ x: window.x, y: window.y });
		axes(p, window.ticks, fmt, { x: 'x', y: 'f(x)' });
		curve(p, f, { tone: 'ink' });
		const [x0, x1] = window.x;
		for (const r of rows) {
			// Each secant runs across the plot through its two points; its label sits past the far point.
			slopeLine(p, x, f(x), r.forward, x - x0, 0.4 + r.h, { tone: 'muted', dashed: true, role: 'secant' });
			dot(p, x + r.h, f(x + r.h), { tone: 'muted' });
			label(p, x + r.h, f(x + r.h), `h = ${plain(fmt(r.h))}`, { dx: -8, dy: -2, anchor: 'end', tone: 'muted' });
		}
		slopeLine(p, x, f(x), exact, x - x0 - 0.3, x1 - x, { tone: 'accent', role: 'tangent' });
		dot(p, x, f(x));
		label(p, x, f(x), `f′(${plain(fmt(x))}) = ${plain(fmt(exact))}`, { dx: 10, dy: 14, anchor: 'start', tone: 'accent' });
		const slopes = rows.map((r) => `${fmt(r.forward)}\\ (h = ${fmt(r.h)})`).join(`${listSeparator(fmt)}\\ `);
		return [
			{
				svg: finish(p),
				caption: { say: 'secants', with: { x: `x = ${fmt(x)}`, slopes, exact: `f'(${fmt(x)}) = ${fmt(exact)}` } },
				alt: { say: 'secants-alt', with: { f: `f(x) = ${SCALAR_FUNCTIONS[fn].tex}`, x: `x = ${fmt(x)}`, slopes, exact: fmt(exact) } },
			},
		];
	},
});

export const practice: TopicModule['practice'] = [slope, quotient];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	table: /* @__PURE__ */ quotientExample({ fn: 'quadratic', x: 3, hs: [1, 0.1, 0.01, 0.001, 1e-6, 1e-8, 1e-10, 1e-12, 1e-14] }),
	secants: /* @__PURE__ */ secantExample({ fn: 'quadratic', x: 3, hs: [2, 1], window: { x: [0, 5.5], y: [0, 80], ticks: { x: [1, 2, 3, 4, 5], y: [20, 40, 60] } } }),
};

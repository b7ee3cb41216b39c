/**
 * Limits and continuity: a "0/0" that a common factor explains, and a function glued from two pieces
 * whose one-sided limits and value at the seam decide whether it is continuous there. The page's
 * worked example is a NumPy snippet, so this module holds only the practice problems and their
 * computation, checked by tests/topics/calculus/limits-and-continuity.test.ts.
 */
import type { Kind } from '../../../practice/types';
import { listSeparator, paren, texPolynomial } from '../../tex';
import type { TopicModule } from '../../types';
import { polyval } from '../extrema-and-optimization';
import { pick } from '../../draw';
import type { WorkedExample } from '../../types';
import { exactDerivative } from '../derivative';
import { axes, curve, dot, finish, label, plot, slopeLine } from '../../../figures/chart';
import { plain } from '../../../figures/svg';

/**
 * p(x) = (x − a)·q(x) + remainder by synthetic division: the quotient's coefficients and the
 * remainder, which is p(a).
 */
export function divideByRoot(p: readonly number[], a: number): { quotient: number[]; remainder: number } {
	const out: number[] = [];
	let acc = 0;
	for (const c of p) {
		acc = acc * a + c;
		out.push(acc);
	}
	const remainder = out.pop()!;
	return { quotient: out, remainder };
}

/**
 * lim_{x→a} p(x)/(x − a) when p(a) = 0: the factor x − a cancels and the limit is the quotient at a.
 * `undefined` when p(a) ≠ 0 (then the limit is infinite, not this kind of problem).
 */
export function limitAtRoot(p: readonly number[], a: number): number | undefined {
	const { quotient, remainder } = divideByRoot(p, a);
	return remainder === 0 ? polyval(quotient, a) : undefined;
}

interface CancelInputs {
	/** The numerator is c(x − a)(x − r). */
	c: number;
	a: number;
	r: number;
}

const numeratorOf = ({ c, a, r }: CancelInputs) => [c, -c * (a + r), c * a * r];

/** A limit of a rational function at a "0/0" point: factor the numerator, cancel, substitute. */
const cancel: Kind<CancelInputs> = {
	id: 'cancel',
	draw: (rng) => {
		const a = pick(rng, -3, 3);
		for (;;) {
			const r = pick(rng, -4, 4);
			if (r !== a) return { c: pick(rng, -2, 2, true), a, r };
		}
	},
	solve: (inputs, fmt) => {
		const { a } = inputs;
		const p = numeratorOf(inputs);
		const answer = limitAtRoot(p, a)!;
		const { quotient } = divideByRoot(p, a);
		const num = texPolynomial(p, fmt);
		const den = texPolynomial([1, -a], fmt);
		const q = texPolynomial(quotient, fmt);
		return {
			vars: { limit: `\\lim_{x \\to ${fmt(a)}} \\frac{${num}}{${den}}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'zero', tex: `x = ${fmt(a)}: \\quad ${num} = 0, \\quad ${den} = 0` },
				{ say: 'factor', tex: `${num} = ${den === 'x' ? 'x' : `(${den})`}(${q})` },
				{ say: 'cancel', tex: `\\lim_{x \\to ${fmt(a)}} (${q}) = ${fmt(quotient[0]!)} \\cdot ${paren(a, fmt)} ${quotient[1]! < 0 ? '-' : '+'} ${fmt(Math.abs(quotient[1]!))} = ${fmt(answer)}` },
			],
			// "0/0 = 0"; the other root's factor with its sign turned.
			mistakes: [
				{ value: 0, say: 'zero' },
				{ value: -answer, say: 'sign' },
			],
		};
	},
	numpy: (inputs) => `np.polyval(np.polydiv(${JSON.stringify(numeratorOf(inputs))}, [1, ${-inputs.a}])[0], ${inputs.a})`,
};

export type Continuity = 'continuous' | 'removable' | 'jump';

/** The two one-sided limits and the value at the seam decide: equal all three, limits equal only, or limits apart. */
export function classify(left: number, right: number, at: number): Continuity {
	if (left !== right) return 'jump';
	return at === left ? 'continuous' : 'removable';
}

interface PiecesInputs {
	x0: number;
	/** px + q for x < x0. */
	p: number;
	q: number;
	/** The value at x0. */
	k: number;
	/** sx + t for x > x0. */
	s: number;
	t: number;
}

/** The one-sided limits of the pieces at the seam (each piece is a line, so a limit is its value there). */
export function seam({ x0, p, q, k, s, t }: PiecesInputs): { left: number; right: number; at: number } {
	return { left: polyval([p, q], x0), right: polyval([s, t], x0), at: k };
}

/** Continuity at the seam of a function given by cases: the one-sided limits and the value. */
const continuity: Kind<PiecesInputs> = {
	id: 'continuity',
	draw: (rng) => {
		const x0 = pick(rng, -2, 2);
		const p = pick(rng, -3, 3);
		const q = pick(rng, -4, 4);
		const left = p * x0 + q;
		const shift = pick(rng, -2, 2, true);
		const s = pick(rng, -3, 3);
		// A third continuous, a third removable, a third jumps (whose value sits on one side or the other).
		const type = rng.int(3);
		const right = type === 2 ? left + shift : left;
		const k = type === 0 ? left : type === 1 ? left + shift : rng.int(2) ? left : right;
		return { x0, p, q, k, s, t: right - s * x0 };
	},
	solve: (inputs, fmt) => {
		const { x0, p, q, k, s, t } = inputs;
		const { left, right, at } = seam(inputs);
		const answer = classify(left, right, at);
		const x = fmt(x0);
		const cases = `f(x) = \\begin{cases} ${texPolynomial([p, q], fmt)}, & x < ${x} \\\\ ${fmt(k)}, & x = ${x} \\\\ ${texPolynomial([s, t], fmt)}, & x > ${x} \\end{cases}`;
		const verdict = answer === 'jump' ? `${fmt(left)} \\ne ${fmt(right)}` : answer === 'removable' ? `${fmt(left)} = ${fmt(right)} \\ne ${fmt(at)}` : `${fmt(left)} = ${fmt(right)} = ${fmt(at)}`;
		return {
			vars: { f: cases, x0: `x_0 = ${x}` },
			answer: { kind: 'choice', value: answer, options: ['continuous', 'removable', 'jump'] },
			steps: [
				{ say: 'left', tex: `\\lim_{x \\to ${x}^-} f(x) = ${fmt(p)} \\cdot ${paren(x0, fmt)} ${q < 0 ? '-' : '+'} ${fmt(Math.abs(q))} = ${fmt(left)}` },
				{ say: 'right', tex: `\\lim_{x \\to ${x}^+} f(x) = ${fmt(s)} \\cdot ${paren(x0, fmt)} ${t < 0 ? '-' : '+'} ${fmt(Math.abs(t))} = ${fmt(right)}` },
				{ say: 'value', tex: `f(${x}) = ${fmt(at)}` },
				{ say: answer, tex: verdict },
			],
			// Looking at the value and one side only; calling every break removable.
			mistakes:
				answer === 'removable'
					? [{ value: 'continuous', say: 'limitsOnly' }]
					: answer === 'jump'
						? [
								{ value: 'continuous', say: 'oneSide' },
								{ value: 'removable', say: 'notRemovable' },
							]
						: [],
		};
	},
	numpy: ({ x0, p, q, k, s, t }) =>
		`(lambda L, R, v: 'jump' if not np.isclose(L, R) else ('continuous' if np.isclose(L, v) else 'removable'))(np.polyval([${p}, ${q}], ${x0}), np.polyval([${s}, ${t}], ${x0}), ${k})`,
};

/** (eʰ − 1)/h: no value at h = 0 ("0/0"), yet it approaches 1 there. */
export const expQuotient = (h: number): number => (Math.exp(h) - 1) / h;

export interface HoleInputs {
	/** The steps marked on the curve, approaching 0 from both sides. */
	hs: number[];
}

/**
 * The graph of (eʰ − 1)/h with a hole at h = 0: the limit there is the slope of eˣ at 0, taken from the
 * core's backward pass, and the marked values close in on it from both sides.
 */
export const holeExample = (inputs: HoleInputs): WorkedExample<HoleInputs> => ({
	inputs,
	blocks: ({ hs }, fmt) => {
		const limit = exactDerivative('exp', 0);
		const p = plot({ x: [-2.2, 2.2], y: [-0.3, 3.4] });
		axes(p, { x: [-2, -1, 1, 2], y: [1, 2, 3] }, fmt, { x: 'h' });
		slopeLine(p, 0, limit, 0, 2.2, 2.2, { tone: 'muted', dashed: true, width: 1 });
		curve(p, expQuotient, { tone: 'ink', samples: 60 });
		for (const h of hs) {
			dot(p, h, expQuotient(h), { tone: 'muted', role: 'approach' });
			label(p, h, expQuotient(h), plain(fmt(expQuotient(h), 3)), { dy: h < 0 ? 20 : -18, tone: 'muted' });
		}
		dot(p, 0, limit, { open: true, role: 'hole' });
		const values = hs.map((h) => `${fmt(h)} \\to ${fmt(expQuotient(h), 3)}`).join(`${listSeparator(fmt)}\\ `);
		return [
			{
				svg: finish(p),
				caption: { say: 'hole', with: { values, limit: fmt(limit) } },
				alt: { say: 'hole-alt', with: { values, limit: fmt(limit) } },
			},
		];
	},
});

export const practice: TopicModule['practice'] = [cancel, continuity];
// Apart from `practice`, so the browser's practice bundle can leave the figure (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	hole: /* @__PURE__ */ holeExample({ hs: [-1, -0.5, 0.5, 1] }),
};

/**
 * The multivariable chain rule: when a variable reaches the result along several paths, its
 * derivative is the sum of the chains along each path. The core's backward pass adds the
 * contributions (`+=`), so its gradient is that sum. The page's worked example is the backward pass
 * of the two-path graph (CalcBackwardSteps, shared with the chain-rule page); this module gives the
 * practice: a variable with two paths, and a weight shared by the examples of a batch. Tests:
 * tests/topics/calculus/multivariable-chain-rule.test.ts.
 */
import { value, type Value } from '../../../core/scalar/value';
import type { Kind } from '../../../practice/types';
import { coordinateSep, paren, texTerms } from '../../tex';
import type { TopicModule } from '../../types';
import { backwardStepsExample } from '../chain-rule';
import { pick } from '../../draw';
import { arrow, circle, plain, svg, text } from '../../../figures/svg';
import type { WorkedExample } from '../../types';
import { CHAIN_GRAPHS } from '../functions';
import { topologicalOrder } from '../../../core/scalar/topological-order';
import type { Fmt } from '../../../practice/types';

/** L = u·v with u = x·y and v = a·x + b·y: the forward values and ∂L/∂x, ∂L/∂y by the core. */
export function twoPaths(a: number, b: number, x0: number, y0: number): { u: number; v: number; L: number; dx: number; dy: number } {
	const x = value(x0, 'x');
	const y = value(y0, 'y');
	const u = x.mul(y).named('u');
	const v = x.mul(a).add(y.mul(b)).named('v');
	const L = u.mul(v).named('L');
	L.backward();
	return { u: u.data, v: v.data, L: L.data, dx: x.grad, dy: y.grad };
}

interface TwoPathsInputs {
	a: number;
	b: number;
	x: number;
	y: number;
	by: 'x' | 'y';
}

/** A variable that feeds the result through two intermediate values: the two chains added. */
const paths: Kind<TwoPathsInputs> = {
	id: 'two-paths',
	draw: (rng) => ({ a: pick(rng, -3, 3, true), b: pick(rng, -3, 3, true), x: pick(rng, -3, 3, true), y: pick(rng, -3, 3, true), by: rng.int(2) ? 'y' : 'x' }),
	solve: ({ a, b, x, y, by }, fmt) => {
		const r = twoPaths(a, b, x, y);
		const answer = by === 'x' ? r.dx : r.dy;
		// ∂u/∂x = y, ∂v/∂x = a; ∂u/∂y = x, ∂v/∂y = b.
		const [du, dv] = by === 'x' ? [y, a] : [x, b];
		const viaU = r.v * du;
		const viaV = r.u * dv;
		const sep = coordinateSep(fmt);
		const d = (top: string) => `\\frac{\\partial ${top}}{\\partial ${by}}`;
		return {
			vars: { v: `v = ${texTerms([[a, 'x'], [b, 'y']], fmt)}`, at: `x = ${fmt(x)}${sep}y = ${fmt(y)}`, d: d('L') },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'forward', tex: `u = ${fmt(x)} \\cdot ${paren(y, fmt)} = ${fmt(r.u)}, \\qquad v = ${fmt(a)} \\cdot ${paren(x, fmt)} + ${paren(b, fmt)} \\cdot ${paren(y, fmt)} = ${fmt(r.v)}` },
				{ say: 'locals', tex: `\\frac{\\partial L}{\\partial u} = v = ${fmt(r.v)}, \\quad \\frac{\\partial L}{\\partial v} = u = ${fmt(r.u)}, \\quad ${d('u')} = ${fmt(du)}, \\quad ${d('v')} = ${fmt(dv)}` },
				{
					say: 'sum',
					tex: `${d('L')} = \\frac{\\partial L}{\\partial u} ${d('u')} + \\frac{\\partial L}{\\partial v} ${d('v')} = ${fmt(r.v)} \\cdot ${paren(du, fmt)} + ${paren(r.u, fmt)} \\cdot ${paren(dv, fmt)} = ${fmt(answer)}`,
				},
			],
			mistakes: [
				// One path only: the other one overwritten or forgotten.
				{ value: viaU, say: 'only-u' },
				{ value: viaV, say: 'only-v' },
			].filter((m, k, all) => m.value !== answer && all.findIndex((n) => n.value === m.value) === k),
		};
	},
	numpy: ({ a, b, x, y, by }) => `grad(lambda p: (p[0]*p[1]) * ((${a})*p[0] + (${b})*p[1]), [${x}, ${y}])[${by === 'x' ? 0 : 1}]`,
};

/** The mean squared error of ŷ = w·x over a batch, and dL/dw by the core: one path per example. */
export function batchGradient(w0: number, xs: readonly number[], ys: readonly number[]): { loss: number; grad: number; contributions: number[] } {
	const w = value(w0, 'w');
	const squares = xs.map((x, i) => w.mul(x).sub(ys[i]!).pow(2));
	const L = squares.slice(1).reduce((s, t) => s.add(t), squares[0]!).div(xs.length);
	L.backward();
	// Each example's own chain: ∂L/∂ŷᵢ · ∂ŷᵢ/∂w = 2(w·xᵢ − yᵢ)/n · xᵢ.
	const contributions = xs.map((x, i) => (2 * (w0 * x - ys[i]!) * x) / xs.length);
	return { loss: L.data, grad: w.grad, contributions };
}

interface BatchInputs {
	w: number;
	x: [number, number];
	y: [number, number];
}

/** A weight shared by two examples: its gradient is the sum of the two examples' contributions. */
const batch: Kind<BatchInputs> = {
	id: 'batch',
	draw: (rng) => ({ w: pick(rng, -2, 2), x: [pick(rng, -3, 3, true), pick(rng, -3, 3, true)], y: [pick(rng, -3, 3), pick(rng, -3, 3)] }),
	solve: ({ w, x, y }, fmt) => {
		const r = batchGradient(w, x, y);
		const errors = x.map((xi, i) => w * xi - y[i]!);
		const [c1, c2] = r.contributions as [number, number];
		const sep = coordinateSep(fmt);
		return {
			vars: { w: `w = ${fmt(w)}`, data: `(x_1${sep}y_1) = (${fmt(x[0])}${sep}${fmt(y[0])}), \\quad (x_2${sep}y_2) = (${fmt(x[1])}${sep}${fmt(y[1])})` },
			answer: { kind: 'number', value: r.grad },
			steps: [
				{ say: 'errors', tex: `e_1 = ${fmt(w)} \\cdot ${paren(x[0], fmt)} - ${paren(y[0], fmt)} = ${fmt(errors[0]!)}, \\qquad e_2 = ${fmt(w)} \\cdot ${paren(x[1], fmt)} - ${paren(y[1], fmt)} = ${fmt(errors[1]!)}` },
				{ say: 'paths', tex: `e_1 x_1 = ${paren(errors[0]!, fmt)} \\cdot ${paren(x[0], fmt)} = ${fmt(c1)}, \\qquad e_2 x_2 = ${paren(errors[1]!, fmt)} \\cdot ${paren(x[1], fmt)} = ${fmt(c2)}` },
				{ say: 'sum', tex: `\\frac{dL}{dw} = ${fmt(c1)} + ${paren(c2, fmt)} = ${fmt(r.grad)}` },
			],
			mistakes: [
				// One example only; the sum of 2·eᵢ·xᵢ without the mean's ½.
				{ value: c1, say: 'one-example' },
				{ value: c2, say: 'one-example' },
				{ value: 2 * r.grad, say: 'no-mean' },
			].filter((m, k, all) => m.value !== r.grad && all.findIndex((n) => n.value === m.value) === k),
		};
	},
	numpy: ({ w, x, y }) => `d(lambda t: np.mean((t * np.array(${JSON.stringify(x)}) - np.array(${JSON.stringify(y)})) ** 2), ${w})`,
};

export interface PathsFigureInputs {
	/** The variable whose two paths the figure follows. */
	from: string;
}

/**
 * The graph L = (x·y)(x + y) with every node's value and every edge's local derivative (the core's
 * local gradients); the two paths from the variable to L in the accent colour, and the sum of their products below.
 */
export const pathsFigureExample = (inputs: PathsFigureInputs): WorkedExample<PathsFigureInputs> => ({
	inputs,
	blocks: ({ from }, fmt: Fmt) => {
		const { root } = CHAIN_GRAPHS['two-paths']();
		root.backward();
		const order = topologicalOrder(root);
		const n = (v: number) => plain(fmt(v, 3));
		// Columns by depth: the inputs, the two middle nodes, the root.
		const pos = new Map<Value, [number, number]>();
		const inputs = order.filter((v) => v.parents.length === 0 && v.label);
		const middle = order.filter((v) => v.parents.length > 0 && v !== root);
		inputs.forEach((v, i) => pos.set(v, [60, 70 + 140 * i]));
		middle.forEach((v, i) => pos.set(v, [220, 70 + 140 * i]));
		pos.set(root, [380, 140]);
		const R = 26;
		const body: string[] = [];
		const onPath = (v: Value): boolean => v.label === from || v.parents.some(onPath);
		for (const child of [...middle, root]) {
			child.parents.forEach((parent, i) => {
				if (!pos.has(parent)) return;
				const [[x1, y1], [x2, y2]] = [pos.get(parent)!, pos.get(child)!];
				const tone = onPath(parent) ? 'accent' : 'muted';
				body.push(arrow(x1, y1, x2, y2, { gap: R, tone }));
				// Level edges: the label above the middle; crossing edges: a quarter of the way along, apart from each other.
				const t = child === root ? 0.5 : y1 === y2 ? 0.5 : 0.27;
				const [mx, my] = [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t + (y1 === y2 ? -12 : child === root ? (y2 > y1 ? -14 : 14) : 0) + (child === root ? 0 : -4)];
				body.push(text(mx, my, n(child.localGrads()[i]!), { size: 16, tone }).replace('<text ', `<text data-role="local" data-edge="${parent.label}-${child.label}" `));
			});
		}
		for (const [v, [cx, cy]] of pos) {
			body.push(circle(cx, cy, R, v.label === from ? 'accent' : 'ink'), text(cx, cy, v.label!, { size: 18, weight: 'bold' }));
			body.push(text(cx, cy + R + 16, `= ${n(v.data)}`, { size: 16, tone: 'muted' }));
		}
		const x = order.find((v) => v.label === from)!;
		const paths = middle.filter((m) => m.parents.includes(x)).map((m) => `${fmt(root.localGrads()[root.parents.indexOf(m)]!)} \\cdot ${fmt(m.localGrads()[m.parents.indexOf(x)]!)}`);
		const w = { sum: `\\frac{\\partial L}{\\partial ${from}} = ${paths.join(' + ')} = ${fmt(x.grad)}`, from };
		return [{ svg: svg(440, 275, body).replace('<svg ', '<svg style="max-width: 460px" '), caption: { say: 'paths-figure', with: w }, alt: { say: 'paths-figure-alt', with: w } }];
	},
});

export const practice: TopicModule['practice'] = [paths, batch];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
// Each factory call is marked pure, so the practice bundle, which imports only `practice`, drops the examples and their drawing code.
export const examples: TopicModule['examples'] = {
	figure: /* @__PURE__ */ pathsFigureExample({ from: 'x' }),
	// L = (x·y)(x + y): x and y each reach L along two paths, and the backward pass adds the contributions.
	paths: /* @__PURE__ */ backwardStepsExample({ graph: 'two-paths' }),
};

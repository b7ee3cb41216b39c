/**
 * The backpropagation page's 2→2→1 network (#two-layers): its inputs, the whole pass by the core's
 * scalar autograd, and the backward pass written out node by node (which local derivatives, which
 * products, which sums). Pure and language-free, imported by the page's worked example (`./index.ts`)
 * and by the TwoLayerBackprop widget, so both show the same numbers. Names follow
 * content/notation/letters.yaml: hidden z₁, z₂, a₁, a₂; output weights v₁, v₂, bias c.
 * Its test: tests/topics/neural-networks/backpropagation.test.ts and tests/widgets/two-layer.test.ts.
 */
import { value, type Value } from '../../../core/scalar/value';

/** A 2→2→1 network: two inputs, two ReLU units, one linear output, a squared loss. `w[t][j]` joins input t to unit j (the site's `A·W`). */
export interface TwoLayerInputs {
	x: [number, number];
	w: [[number, number], [number, number]];
	b: [number, number];
	/** The output's weights, one per hidden unit, and its bias. */
	v: [number, number];
	c: number;
	y: number;
	/** The learning rate of the update step. */
	eta: number;
}

/** The page's numbers: small enough to check by hand, both hidden units alive, both paths to x₁ non-zero. */
export const TWO_LAYER: TwoLayerInputs = { x: [1, 2], w: [[-1, -0.5], [0.5, 1]], b: [0.5, 0], v: [-1, 1], c: 0.5, y: 1, eta: 0.05 };

type Pair = [number, number];

/** Forward, backward and one update of the 2→2→1 network, every number by the core's autograd. */
export function twoLayer(p: TwoLayerInputs) {
	const build = (q: TwoLayerInputs) => {
		const x = q.x.map((xi, t) => value(xi, `x_${t + 1}`));
		const w = q.w.map((row, t) => row.map((wi, j) => value(wi, `w_{${t + 1}${j + 1}}`)));
		const b = q.b.map((bj, j) => value(bj, `b_${j + 1}`));
		const v = q.v.map((vj, j) => value(vj, `v_${j + 1}`));
		const c = value(q.c, 'c');
		const z = [0, 1].map((j) => x[0]!.mul(w[0]![j]!).add(x[1]!.mul(w[1]![j]!)).add(b[j]!));
		const a = z.map((zj) => zj.relu());
		const yhat = a[0]!.mul(v[0]!).add(a[1]!.mul(v[1]!)).add(c);
		const loss = yhat.sub(value(q.y)).pow(2);
		return { x, w, b, v, c, z, a, yhat, loss };
	};
	const net = build(p);
	net.loss.backward();
	const g = (v: Value) => v.grad;
	const grads = {
		yhat: g(net.yhat),
		v: net.v.map(g) as Pair,
		c: g(net.c),
		a: net.a.map(g) as Pair,
		z: net.z.map(g) as Pair,
		w: net.w.map((row) => row.map(g)) as [Pair, Pair],
		b: net.b.map(g) as Pair,
		x: net.x.map(g) as Pair,
	};
	const step = (value: number, grad: number) => value - p.eta * grad;
	const next: TwoLayerInputs = {
		...p,
		w: p.w.map((row, t) => row.map((wi, j) => step(wi, grads.w[t]![j]!))) as TwoLayerInputs['w'],
		b: p.b.map((bj, j) => step(bj, grads.b[j]!)) as Pair,
		v: p.v.map((vj, j) => step(vj, grads.v[j]!)) as Pair,
		c: step(p.c, grads.c),
	};
	const after = build(next);
	return {
		z: net.z.map((n) => n.data) as Pair,
		a: net.a.map((n) => n.data) as Pair,
		yhat: net.yhat.data,
		loss: net.loss.data,
		grads,
		next,
		lossAfter: after.loss.data,
	};
}

/** One term a node hands back: ū += v̄ · ∂v/∂u for one operand u of the node v. */
export interface Handed {
	/** The operand u, by name (x₁, w₁₁, a₁, …). */
	to: string;
	/** What ∂v/∂u equals, as a formula of names (`v₁`, `relu′(z₁)`, `2(ŷ − y)`, `1`). */
	rule: string;
	/** ∂v/∂u, the local derivative. */
	local: number;
	/** v̄ · ∂v/∂u, the term added to ū. */
	product: number;
	/** ū before and after this term (before ≠ 0 only where u feeds two nodes). */
	before: number;
	after: number;
	/** A weight or a bias: its ū is what the update step uses. */
	param: boolean;
}

/** A node visited on the backward pass: its forward formula and value, its complete v̄, and what it hands back. */
export interface NodeStep {
	kind: 'node';
	node: string;
	/** The node's forward formula, in names (`a₁·v₁ + a₂·v₂ + c`). */
	formula: string;
	value: number;
	/** v̄, complete when the node is visited (autograd's). */
	grad: number;
	handed: Handed[];
}

/** An input reached along two paths: ū as the sum of one product per path. */
export interface SumStep {
	kind: 'sum';
	node: string;
	value: number;
	terms: { via: string; viaGrad: number; rule: string; local: number; product: number }[];
	/** The sum, autograd's ū. */
	grad: number;
}

/** The update: every parameter moves against its ū by η, and the loss before and after (by autograd). */
export interface UpdateStep {
	kind: 'update';
	eta: number;
	params: { name: string; before: number; grad: number; after: number }[];
	loss: number;
	lossAfter: number;
}

export type PassStep = NodeStep | SumStep | UpdateStep;

const SUB = ['₁', '₂'];

/**
 * The backward pass as a reader steps it: L, ŷ, a₁, a₂, z₁, z₂ (each handing its v̄ to its operands),
 * then x₁ and x₂ (the sum over their two paths), then one update. The products are v̄ times the local
 * derivative; every complete ū is the core's autograd gradient (tests check that the products add up
 * to it, and both against finite differences).
 */
export function twoLayerSteps(p: TwoLayerInputs): { forward: { node: string; value: number }[]; steps: PassStep[] } {
	const r = twoLayer(p);
	const G = r.grads;
	const acc = new Map<string, number>();
	const hand = (to: string, rule: string, local: number, upstream: number, param = false): Handed => {
		const product = upstream * local;
		const before = acc.get(to) ?? 0;
		const after = before + product;
		acc.set(to, after);
		return { to, rule, local, product, before, after, param };
	};
	const steps: PassStep[] = [
		{ kind: 'node', node: 'L', formula: '(ŷ − y)²', value: r.loss, grad: 1, handed: [hand('ŷ', '2(ŷ − y)', 2 * (r.yhat - p.y), 1)] },
		{
			kind: 'node',
			node: 'ŷ',
			formula: 'a₁·v₁ + a₂·v₂ + c',
			value: r.yhat,
			grad: G.yhat,
			handed: [
				...[0, 1].map((j) => hand(`a${SUB[j]}`, `v${SUB[j]}`, p.v[j]!, G.yhat)),
				...[0, 1].map((j) => hand(`v${SUB[j]}`, `a${SUB[j]}`, r.a[j]!, G.yhat, true)),
				hand('c', '1', 1, G.yhat, true),
			],
		},
		...[0, 1].map(
			(j): NodeStep => ({
				kind: 'node',
				node: `a${SUB[j]}`,
				formula: `relu(z${SUB[j]})`,
				value: r.a[j]!,
				grad: G.a[j]!,
				handed: [hand(`z${SUB[j]}`, `relu′(z${SUB[j]})`, r.z[j]! > 0 ? 1 : 0, G.a[j]!)],
			}),
		),
		...[0, 1].map(
			(j): NodeStep => ({
				kind: 'node',
				node: `z${SUB[j]}`,
				formula: `x₁·w₁${SUB[j]} + x₂·w₂${SUB[j]} + b${SUB[j]}`,
				value: r.z[j]!,
				grad: G.z[j]!,
				handed: [
					...[0, 1].map((t) => hand(`w${SUB[t]}${SUB[j]}`, `x${SUB[t]}`, p.x[t]!, G.z[j]!, true)),
					hand(`b${SUB[j]}`, '1', 1, G.z[j]!, true),
					...[0, 1].map((t) => hand(`x${SUB[t]}`, `w${SUB[t]}${SUB[j]}`, p.w[t]![j]!, G.z[j]!)),
				],
			}),
		),
		...[0, 1].map(
			(t): SumStep => ({
				kind: 'sum',
				node: `x${SUB[t]}`,
				value: p.x[t]!,
				terms: [0, 1].map((j) => ({ via: `z${SUB[j]}`, viaGrad: G.z[j]!, rule: `w${SUB[t]}${SUB[j]}`, local: p.w[t]![j]!, product: G.z[j]! * p.w[t]![j]! })),
				grad: G.x[t]!,
			}),
		),
		{
			kind: 'update',
			eta: p.eta,
			params: [
				...[0, 1].flatMap((t) => [0, 1].map((j) => ({ name: `w${SUB[t]}${SUB[j]}`, before: p.w[t]![j]!, grad: G.w[t]![j]!, after: r.next.w[t]![j]! }))),
				...[0, 1].map((j) => ({ name: `b${SUB[j]}`, before: p.b[j]!, grad: G.b[j]!, after: r.next.b[j]! })),
				...[0, 1].map((j) => ({ name: `v${SUB[j]}`, before: p.v[j]!, grad: G.v[j]!, after: r.next.v[j]! })),
				{ name: 'c', before: p.c, grad: G.c, after: r.next.c },
			],
			loss: r.loss,
			lossAfter: r.lossAfter,
		},
	];
	const forward = [
		...[0, 1].map((t) => ({ node: `x${SUB[t]}`, value: p.x[t]! })),
		...[0, 1].map((j) => ({ node: `z${SUB[j]}`, value: r.z[j]! })),
		...[0, 1].map((j) => ({ node: `a${SUB[j]}`, value: r.a[j]! })),
		{ node: 'ŷ', value: r.yhat },
		{ node: 'L', value: r.loss },
	];
	return { forward, steps };
}

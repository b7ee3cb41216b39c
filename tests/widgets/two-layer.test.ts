import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { TWO_LAYER, type NodeStep, type SumStep, type TwoLayerInputs, type UpdateStep } from '../../src/topics/neural-networks/backpropagation/two-layer';
import { examples } from '../../src/topics/neural-networks/backpropagation';
import { bar } from '../../src/widgets/TwoLayerBackprop';
import { linkTo, readState } from '../../src/widgets/lib/url';
import { checkTwo, LAST, PASS, TWO_DEFAULTS } from '../../src/widgets/state/two-layer';
import { widgetEntry } from '../helpers/widget-entries';
import { centralDifference } from '../../src/math/finite-difference';

/**
 * The two-layer backprop widget (src/widgets/TwoLayerBackprop.tsx): every step's numbers against the
 * 2→2→1 network written out here by plain arithmetic, apart from the core, and against finite
 * differences of the loss; the step in the address; hostile steps.
 */

/** Which node to nudge by `d` in the forward pass (for finite differences of the loss by an inner node). */
type Nudge = Partial<Record<'z1' | 'z2' | 'a1' | 'a2' | 'yhat', number>>;

/** The network by hand: forward with optional nudges, the loss, and the backward pass by the chain rule. */
function byHand(p: TwoLayerInputs, n: Nudge = {}) {
	const { x, w, b, v, c, y } = p;
	const z = [x[0] * w[0][0] + x[1] * w[1][0] + b[0] + (n.z1 ?? 0), x[0] * w[0][1] + x[1] * w[1][1] + b[1] + (n.z2 ?? 0)];
	const a = [Math.max(0, z[0]!) + (n.a1 ?? 0), Math.max(0, z[1]!) + (n.a2 ?? 0)];
	const yhat = a[0]! * v[0] + a[1]! * v[1] + c + (n.yhat ?? 0);
	const loss = (yhat - y) ** 2;
	const gy = 2 * (yhat - y);
	const ga = [gy * v[0], gy * v[1]];
	const gz = [ga[0]! * (z[0]! > 0 ? 1 : 0), ga[1]! * (z[1]! > 0 ? 1 : 0)];
	const gw = [
		[gz[0]! * x[0], gz[1]! * x[0]],
		[gz[0]! * x[1], gz[1]! * x[1]],
	];
	const gx = [gz[0]! * w[0][0] + gz[1]! * w[0][1], gz[0]! * w[1][0] + gz[1]! * w[1][1]];
	return { z, a, yhat, loss, gy, ga, gz, gw, gb: gz, gv: [gy * a[0]!, gy * a[1]!], gc: gy, gx };
}

const hand = byHand(TWO_LAYER);
const H = 1e-6;
/** The central difference of the loss when `f` changes the inputs or nudges a node by ±H. */
const numeric = (f: (d: number) => number) => centralDifference(f, 0, H);
const withParam = (change: (q: TwoLayerInputs, d: number) => void) => (d: number) => {
	const q = structuredClone(TWO_LAYER);
	change(q, d);
	return byHand(q).loss;
};
const nudged = (key: keyof Nudge) => (d: number) => byHand(TWO_LAYER, { [key]: d }).loss;

/** Every gradient by name, by hand and by finite differences. */
const EXPECTED: Record<string, { hand: number; fd: number }> = {
	'ŷ': { hand: hand.gy, fd: numeric(nudged('yhat')) },
	'a₁': { hand: hand.ga[0]!, fd: numeric(nudged('a1')) },
	'a₂': { hand: hand.ga[1]!, fd: numeric(nudged('a2')) },
	'z₁': { hand: hand.gz[0]!, fd: numeric(nudged('z1')) },
	'z₂': { hand: hand.gz[1]!, fd: numeric(nudged('z2')) },
	'v₁': { hand: hand.gv[0]!, fd: numeric(withParam((q, d) => (q.v[0] += d))) },
	'v₂': { hand: hand.gv[1]!, fd: numeric(withParam((q, d) => (q.v[1] += d))) },
	c: { hand: hand.gc, fd: numeric(withParam((q, d) => (q.c += d))) },
	'b₁': { hand: hand.gb[0]!, fd: numeric(withParam((q, d) => (q.b[0] += d))) },
	'b₂': { hand: hand.gb[1]!, fd: numeric(withParam((q, d) => (q.b[1] += d))) },
	'x₁': { hand: hand.gx[0]!, fd: numeric(withParam((q, d) => (q.x[0] += d))) },
	'x₂': { hand: hand.gx[1]!, fd: numeric(withParam((q, d) => (q.x[1] += d))) },
	...Object.fromEntries(
		[0, 1].flatMap((t) =>
			[0, 1].map((j) => [`w${'₁₂'[t]}${'₁₂'[j]}`, { hand: hand.gw[t]![j]!, fd: numeric(withParam((q, d) => (q.w[t]![j]! += d))) }]),
		),
	),
};

/** Each local derivative ∂v/∂u by hand, keyed `v→u`. */
const LOCAL: Record<string, number> = {
	'L→ŷ': 2 * (hand.yhat - TWO_LAYER.y),
	'ŷ→a₁': TWO_LAYER.v[0],
	'ŷ→a₂': TWO_LAYER.v[1],
	'ŷ→v₁': hand.a[0],
	'ŷ→v₂': hand.a[1],
	'ŷ→c': 1,
	'a₁→z₁': hand.z[0]! > 0 ? 1 : 0,
	'a₂→z₂': hand.z[1]! > 0 ? 1 : 0,
	'z₁→w₁₁': TWO_LAYER.x[0],
	'z₁→w₂₁': TWO_LAYER.x[1],
	'z₂→w₁₂': TWO_LAYER.x[0],
	'z₂→w₂₂': TWO_LAYER.x[1],
	'z₁→b₁': 1,
	'z₂→b₂': 1,
	'z₁→x₁': TWO_LAYER.w[0][0],
	'z₁→x₂': TWO_LAYER.w[1][0],
	'z₂→x₁': TWO_LAYER.w[0][1],
	'z₂→x₂': TWO_LAYER.w[1][1],
};

describe('the two-layer widget’s pass equals the network by hand and by finite differences', () => {
	test('the expectations themselves agree (hand vs finite differences), and both hidden units are alive', () => {
		for (const [name, e] of Object.entries(EXPECTED)) expect(e.fd, name).toBeCloseTo(e.hand, 6);
		expect(hand.z.every((z) => z > 0)).toBe(true);
	});

	test('the forward values', () => {
		const f = Object.fromEntries(PASS.forward.map((n) => [n.node, n.value]));
		expect(f).toEqual({ 'x₁': 1, 'x₂': 2, 'z₁': hand.z[0], 'z₂': hand.z[1], 'a₁': hand.a[0], 'a₂': hand.a[1], 'ŷ': hand.yhat, L: hand.loss });
	});

	test('the order: L, ŷ, a₁, a₂, z₁, z₂, the sums at x₁ and x₂, the update', () => {
		expect(PASS.steps.map((s) => (s.kind === 'update' ? 'update' : s.node))).toEqual(['L', 'ŷ', 'a₁', 'a₂', 'z₁', 'z₂', 'x₁', 'x₂', 'update']);
		expect(LAST).toBe(9);
	});

	test('each node step: its gradient, its local derivatives, its products, and the running sums', () => {
		const nodes = PASS.steps.filter((s): s is NodeStep => s.kind === 'node');
		const running = new Map<string, number>();
		for (const s of nodes) {
			expect(s.grad, s.node).toBeCloseTo(s.node === 'L' ? 1 : EXPECTED[s.node]!.hand, 12);
			for (const h of s.handed) {
				const local = LOCAL[`${s.node}→${h.to}`];
				expect(local, `${s.node}→${h.to}`).toBeDefined();
				expect(h.local).toBe(local);
				expect(h.product).toBeCloseTo(s.grad * local!, 12);
				expect(h.before).toBe(running.get(h.to) ?? 0);
				running.set(h.to, (running.get(h.to) ?? 0) + s.grad * local!);
				expect(h.after).toBeCloseTo(running.get(h.to)!, 12);
			}
		}
		// Once the pass is through, every running sum is the gradient by hand and by finite differences.
		for (const [name, g] of running) {
			expect(g, name).toBeCloseTo(EXPECTED[name]!.hand, 12);
			expect(g, name).toBeCloseTo(EXPECTED[name]!.fd, 6);
		}
		expect(running.size).toBe(Object.keys(EXPECTED).length);
	});

	test('the inputs’ sums: two paths, each z̄ⱼ · wₜⱼ, adding up to x̄ₜ; both terms non-zero', () => {
		const sums = PASS.steps.filter((s): s is SumStep => s.kind === 'sum');
		expect(sums).toHaveLength(2);
		for (const [t, s] of sums.entries()) {
			expect(s.terms.map((x) => x.via)).toEqual(['z₁', 'z₂']);
			for (const [j, x] of s.terms.entries()) {
				expect(x.viaGrad).toBeCloseTo(hand.gz[j]!, 12);
				expect(x.local).toBe(TWO_LAYER.w[t]![j]);
				expect(x.product).toBeCloseTo(hand.gz[j]! * TWO_LAYER.w[t]![j]!, 12);
				expect(x.product).not.toBe(0);
			}
			expect(s.grad).toBeCloseTo(hand.gx[t]!, 12);
			expect(s.grad).toBeCloseTo(EXPECTED[s.node]!.fd, 6);
		}
	});

	test('the update: p − η · p̄ for every parameter, and the loss after it by hand', () => {
		const u = PASS.steps.at(-1) as UpdateStep;
		expect(u.kind).toBe('update');
		expect(u.eta).toBe(TWO_LAYER.eta);
		expect(u.params.map((p) => p.name)).toEqual(['w₁₁', 'w₁₂', 'w₂₁', 'w₂₂', 'b₁', 'b₂', 'v₁', 'v₂', 'c']);
		for (const p of u.params) {
			expect(p.grad, p.name).toBeCloseTo(EXPECTED[p.name]!.fd, 6);
			expect(p.after, p.name).toBeCloseTo(p.before - TWO_LAYER.eta * EXPECTED[p.name]!.hand, 12);
		}
		const next = structuredClone(TWO_LAYER);
		const after = Object.fromEntries(u.params.map((p) => [p.name, p.after]));
		next.w = [
			[after['w₁₁']!, after['w₁₂']!],
			[after['w₂₁']!, after['w₂₂']!],
		];
		next.b = [after['b₁']!, after['b₂']!];
		next.v = [after['v₁']!, after['v₂']!];
		next.c = after.c!;
		expect(u.loss).toBeCloseTo(hand.loss, 12);
		expect(u.lossAfter).toBeCloseTo(byHand(next).loss, 12);
		expect(u.lossAfter).toBeLessThan(u.loss);
	});

	test('the widget and the page’s worked example use the same network', () => {
		expect(examples!.twoLayer!.inputs).toEqual(TWO_LAYER);
	});
});

describe('the two-layer widget’s step in the address', () => {
	test('every step survives a link: written, read back, checked', () => {
		for (let k = 0; k <= LAST; k++) {
			const link = linkTo('https://example.org/neural-networks/backpropagation/?q=1#two-layers', 'tl', { s: String(k) }, 'two-layer-widget');
			const url = new URL(link);
			expect(url.hash).toBe('#two-layer-widget');
			expect(url.searchParams.get('q')).toBe('1');
			const read = readState(url.search, 'tl', Object.keys(TWO_DEFAULTS));
			expect(checkTwo({ ...TWO_DEFAULTS, ...read })).toEqual({ ok: k });
		}
	});

	test('hostile or out-of-range steps are refused with the step field named', () => {
		for (const bad of ['-1', String(LAST + 1), '99999999', '1.5', '', ' ', 'NaN', 'Infinity', '1e3', '<script>alert(1)</script>', '0x3', 'x'.repeat(5000)]) {
			const r = checkTwo({ s: bad });
			expect('key' in r && r.key, JSON.stringify(bad.slice(0, 20))).toBe('s');
		}
	});

	test('the server renders step 0 with the forward values; the pass is in the language’s notation', () => {
		const ru = renderToString(h(widgetEntry('ru', 'TwoLayerBackprop'), { lang: 'ru' }));
		expect(ru).toContain('Шаг 0 из 9.');
		expect(ru).toContain(`${bar('L')}=1`);
		expect(ru).toContain(`${bar('a₁')}=?`);
		const en = renderToString(h(widgetEntry('en', 'TwoLayerBackprop'), { lang: 'en' }));
		expect(en).toContain('Step 0 of 9.');
		expect(en).toContain(`>${String(hand.yhat)}<`);
	});
});

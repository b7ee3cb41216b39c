/**
 * The gradient-descent widget's model: three losses (a 1-D bowl, a long 2-D valley, a bumpy 1-D
 * curve), gradient descent with the core's optimizers (plain or with momentum), and simulated
 * annealing on the bumpy curve for comparison. Gradients come from the core's scalar autograd. Pure.
 */
import { createOptimizer } from '../../nn/optimizers';
import { createRng } from '../../core/random';
import { value, type Value } from '../../core/scalar/value';
import type { Check, Texts } from '../lib/form';
import { int, isProblem, num, oneOf } from '../../numbers/read';

export const MODES = ['1d', '2d', 'bumpy'] as const;
export type Mode = (typeof MODES)[number];
export const MAX_STEPS = 100;

/** The losses, written with the core's operations so their gradients come from a backward pass. */
export const LOSSES: Record<Mode, (x: Value, y: Value) => Value> = {
	'1d': (x) => x.pow(2),
	'2d': (x, y) => x.pow(2).add(y.pow(2).mul(10)),
	// A shallow valley near x = −1.8 and a deeper one near x = 1.9, with a low ridge between.
	bumpy: (x) => x.pow(2).mul(0.1).sub(x.sub(2).pow(2).neg().exp().mul(1.5)).sub(x.add(2).pow(2).neg().exp().mul(0.8)),
};

/** The loss and its gradient at (x, y). */
export function lossAt(mode: Mode, x: number, y = 0): { f: number; g: [number, number] } {
	const X = value(x);
	const Y = value(y);
	const out = LOSSES[mode](X, Y);
	out.backward();
	return { f: out.data, g: [X.grad, Y.grad] };
}

/** Learning rates that show the four regimes, per loss: tiny, good, oscillating, too large. */
export const PRESETS: Record<Mode, [string, string, string, string]> = {
	'1d': ['0.01', '0.3', '0.9', '1.05'],
	'2d': ['0.002', '0.05', '0.095', '0.105'],
	bumpy: ['0.01', '0.3', '1.5', '4'],
};

/** What a change of loss resets: the good learning rate and a number of steps that shows it. */
export const MODE_START: Record<Mode, Texts> = {
	'1d': { r: '0.3', n: '20' },
	'2d': { r: '0.05', n: '20' },
	bumpy: { r: '0.3', n: '60' },
};

export const DESCENT_DEFAULTS: Texts = { m: '1d', r: '0.3', b: '0', n: '20', x: '-3', y: '1', s: '1' };

export interface Settings {
	mode: Mode;
	lr: number;
	momentum: boolean;
	steps: number;
	x: number;
	y: number;
	seed: number;
}

export function checkDescent(t: Texts): Check<Settings> {
	const mode = oneOf(t.m, MODES);
	if (isProblem(mode)) return { key: 'm', why: mode };
	const lr = num(t.r, 10);
	if (isProblem(lr)) return { key: 'r', why: lr };
	if (lr <= 0) return { key: 'r', why: { p: 'pos' } };
	const momentum = oneOf(t.b, ['0', '1']);
	if (isProblem(momentum)) return { key: 'b', why: momentum };
	const steps = int(t.n, 0, MAX_STEPS);
	if (isProblem(steps)) return { key: 'n', why: steps };
	const x = num(t.x, 4);
	if (isProblem(x)) return { key: 'x', why: x };
	const y = num(t.y, 2);
	if (isProblem(y)) return { key: 'y', why: y };
	const seed = int(t.s, 0, 999_999);
	if (isProblem(seed)) return { key: 's', why: seed };
	return { ok: { mode, lr, momentum: momentum === '1', steps, x, y, seed } };
}

export interface Path {
	xs: number[];
	ys: number[];
	fs: number[];
}

/** Gradient descent from the start, with the core's SGD or momentum (β = 0.9) optimizer. */
export function descend(s: Settings): Path {
	const params = Float64Array.of(s.x, s.mode === '2d' ? s.y : 0);
	const grads = new Float64Array(2);
	const opt = createOptimizer(
		s.momentum ? { kind: 'momentum', learningRate: s.lr } : { kind: 'sgd', learningRate: s.lr },
		[params],
		[grads],
	);
	const path: Path = { xs: [], ys: [], fs: [] };
	for (let k = 0; k <= s.steps; k++) {
		const { f, g } = lossAt(s.mode, params[0], params[1]);
		path.xs.push(params[0]);
		path.ys.push(params[1]);
		path.fs.push(f);
		if (k === s.steps || !Number.isFinite(f) || Math.abs(params[0]) > 1e6 || Math.abs(params[1]) > 1e6) break;
		grads.set(g);
		opt.step();
	}
	return path;
}

/**
 * Simulated annealing on a 1-D loss: propose a random jump, always take it downhill, take it uphill
 * with probability e^(−Δ/T), and cool T every step. It never looks at the gradient.
 */
export function anneal(s: Settings, t0 = 1, cooling = 0.95, jump = 0.8): Path {
	const rng = createRng(s.seed);
	let x = s.x;
	let f = lossAt(s.mode, x).f;
	let t = t0;
	const path: Path = { xs: [x], ys: [0], fs: [f] };
	for (let k = 0; k < s.steps; k++) {
		const nx = Math.max(-4, Math.min(4, x + rng.normal(0, jump)));
		const nf = lossAt(s.mode, nx).f;
		if (nf < f || rng.next() < Math.exp(-(nf - f) / t)) {
			x = nx;
			f = nf;
		}
		t *= cooling;
		path.xs.push(x);
		path.ys.push(0);
		path.fs.push(f);
	}
	return path;
}

export type Verdict = 'diverge' | 'oscillate' | 'slow' | 'good';

/**
 * How a descent on a bowl went: it diverged (the loss grew), oscillated (most steps reverse the
 * previous one and the loss is not yet small), crawled (the loss is still above 1 % of where it
 * started) or converged. The minimum of both bowls is 0.
 */
export function verdict(p: Path): Verdict {
	const f0 = p.fs[0];
	const fn = p.fs[p.fs.length - 1];
	if (!Number.isFinite(fn) || fn > f0) return 'diverge';
	let flips = 0;
	for (let k = 1; k + 1 < p.xs.length; k++) {
		const dot = (p.xs[k] - p.xs[k - 1]) * (p.xs[k + 1] - p.xs[k]) + (p.ys[k] - p.ys[k - 1]) * (p.ys[k + 1] - p.ys[k]);
		if (dot < 0) flips++;
	}
	if (flips * 2 > p.xs.length - 2 && fn > 1e-4 * f0) return 'oscillate';
	return fn > 1e-2 * f0 ? 'slow' : 'good';
}

/**
 * Optimizers: SGD, momentum and Adam, all run by the core's createOptimizer. The worked example races
 * them on the stretched bowl f(θ) = ½(c₁θ₁² + c₂θ₂²), whose gradient is (c₁θ₁, c₂θ₂): the first step of
 * each, then f after chosen numbers of steps. The practice asks for two momentum steps and for Adam's
 * first step on one parameter. Tests: tests/topics/neural-networks/optimizers.test.ts.
 */
import { createOptimizer, type OptimizerConfig } from '../../../nn/optimizers';
import type { Fmt, Kind } from '../../../practice/types';
import { paren, texMatrix } from '../../tex';
import type { Block, Cell, TopicModule, WorkedExample } from '../../types';
import { svg } from '../../../figures/svg';
import { dot, ellipse, polyline, scale } from '../../../figures/network';
import { scientific } from '../shared';
import { pick } from '../../draw';

/** One parameter θ through the core's optimizer, fed the given gradients one step each: θ after every step. */
export function scalarRun(config: OptimizerConfig, theta0: number, grads: readonly number[]): number[] {
	const theta = Float64Array.of(theta0);
	const grad = new Float64Array(1);
	const optimizer = createOptimizer(config, [theta], [grad]);
	return grads.map((g) => {
		grad[0] = g;
		optimizer.step();
		return theta[0]!;
	});
}

/** The bowl ½(c₁θ₁² + c₂θ₂²) descended by one optimizer: the first gradient, θ after the first step, f after the reported steps, θ after each step (`path`, from the start). */
export function bowlRun(config: OptimizerConfig, start: readonly [number, number], curvature: readonly [number, number], report: readonly number[]) {
	const f = (t: Float64Array) => 0.5 * (curvature[0] * t[0]! ** 2 + curvature[1] * t[1]! ** 2);
	const theta = Float64Array.from(start);
	const grad = new Float64Array(2);
	const optimizer = createOptimizer(config, [theta], [grad]);
	const values = new Map<number, number>([[0, f(theta)]]);
	let afterFirst: number[] = [];
	let firstGrad: number[] = [];
	const path: [number, number][] = [[theta[0]!, theta[1]!]];
	for (let step = 1; step <= Math.max(...report); step++) {
		grad[0] = curvature[0] * theta[0]!;
		grad[1] = curvature[1] * theta[1]!;
		if (step === 1) firstGrad = Array.from(grad);
		optimizer.step();
		if (step === 1) afterFirst = Array.from(theta);
		if (report.includes(step)) values.set(step, f(theta));
		path.push([theta[0]!, theta[1]!]);
	}
	return { values, afterFirst, firstGrad, path };
}

interface RaceInputs {
	start: [number, number];
	curvature: [number, number];
	/** Each run's column heading is a sentence by key (`sgd` shows its learning rate). */
	runs: { say: string; config: OptimizerConfig }[];
	/** Step counts after which f is reported; 0 is the start. */
	report: number[];
}

const row = (v: readonly number[], fmt: Fmt) => texMatrix([v], fmt);

const race: WorkedExample<RaceInputs> = {
	inputs: {
		start: [1, 1],
		curvature: [1, 100],
		runs: [
			{ say: 'sgd', config: { kind: 'sgd', learningRate: 0.019 } },
			{ say: 'sgd', config: { kind: 'sgd', learningRate: 0.021 } },
			{ say: 'momentum', config: { kind: 'momentum', learningRate: 0.019, momentum: 0.9 } },
			{ say: 'adam', config: { kind: 'adam', learningRate: 0.05 } },
		],
		report: [0, 1, 2, 5, 10, 20, 50, 100, 200],
	},
	blocks: ({ start, curvature, runs, report }, fmt): Block[] => {
		const results = runs.map((r) => bowlRun(r.config, start, curvature, report));
		// The figure leaves out the diverging run (it leaves the picture at once) and shows the first steps of the others.
		const shown = runs.flatMap((r, k) => (results[k]!.values.get(Math.max(...report))! < results[k]!.values.get(0)! ? [{ say: r.say, path: results[k]!.path.slice(0, FIGURE_STEPS + 1) }] : []));
		const label = (r: RaceInputs['runs'][number]): Cell => ({ say: r.say, with: { rate: fmt(r.config.learningRate ?? 0) } });
		return [
			// Every run starts at the same point, so the first gradient is the same for all; the first run's is shown.
			// No θ₀/θ₁ here: on this page θ₁ and θ₂ are the bowl's coordinates, not steps.
			{ tex: `\\theta = ${row(start, fmt)}, \\qquad \\nabla f(\\theta) = ${row(results[0]!.firstGrad, fmt)}` },
			{ head: [{ say: 'optimizer' }, { say: 'first' }], rows: runs.map((r, k) => [label(r), row(results[k]!.afterFirst, fmt)]) },
			{ svg: pathsFigure(shown, curvature), caption: { say: 'paths', with: { n: `${FIGURE_STEPS}` } }, alt: { say: 'paths-alt', with: { n: `${FIGURE_STEPS}` } } },
			{ say: 'table' },
			{ head: [{ say: 'step' }, ...runs.map(label)], rows: report.map((step) => [fmt(step), ...results.map((r) => scientific(r.values.get(step)!, fmt))]) },
		];
	},
};

/** How many steps of each run the figure draws. */
const FIGURE_STEPS = 10;

/** The tone of each optimizer's path: SGD grey, momentum dashed ink, Adam in the accent colour. */
const PATH_STYLE: Record<string, Parameters<typeof polyline>[1]> = { sgd: { tone: 'muted' }, momentum: { tone: 'ink', dashed: true, width: 2 }, adam: { tone: 'accent' } };

/**
 * The runs' first steps on the (θ₁, θ₂) plane over the bowl's level lines. θ₂ is drawn on a larger scale
 * than θ₁ (the bowl is 10 times narrower that way), so the ellipses are not to scale but keep their order.
 */
function pathsFigure(runs: { say: string; path: [number, number][] }[], curvature: readonly [number, number]): string {
	const all = runs.flatMap((r) => r.path);
	const span = (k: 0 | 1) => [Math.min(0, ...all.map((p) => p[k])) - 0.1, Math.max(0, ...all.map((p) => p[k])) + 0.1] as const;
	const [[x0, x1], [y0, y1]] = [span(0), span(1)];
	const X = scale(x0, x1, 16, 384);
	const Y = scale(y0, y1, 264, 16);
	const body: string[] = [];
	// Level lines f = ½(c₁θ₁² + c₂θ₂²) = L: semi-axes √(2L/c₁) and √(2L/c₂).
	for (const level of [0.02, 0.125, 0.5, 2, 12.5, 50]) {
		const [a, b] = [Math.sqrt((2 * level) / curvature[0]), Math.sqrt((2 * level) / curvature[1])];
		body.push(ellipse(X(0), Y(0), X(a) - X(0), Y(0) - Y(b)));
	}
	for (const r of runs) body.push(polyline(r.path.map(([a, b]) => [X(a), Y(b)]), { width: 2, ...PATH_STYLE[r.say] }));
	body.push(dot(X(all[0]![0]), Y(all[0]![1]), 5, 'ink'), dot(X(0), Y(0), 4, 'muted'));
	return svg(400, 280, body);
}

interface MomentumInputs {
	theta: number;
	g1: number;
	g2: number;
	lr: number;
	mu: number;
}

/** Two momentum steps from zero velocity: v₁ = g₁, θ₁ = θ₀ − ηv₁; v₂ = μv₁ + g₂, θ₂ = θ₁ − ηv₂. */
const momentum: Kind<MomentumInputs> = {
	id: 'momentum',
	draw: (rng) => ({ theta: pick(rng, -3, 3), g1: pick(rng, -4, 4, true), g2: pick(rng, -4, 4, true), lr: [0.1, 0.5][rng.int(2)]!, mu: [0.9, 0.5][rng.int(2)]! }),
	solve: ({ theta, g1, g2, lr, mu }, fmt) => {
		const [theta1, answer] = scalarRun({ kind: 'momentum', learningRate: lr, momentum: mu }, theta, [g1, g2]) as [number, number];
		const v2 = mu * g1 + g2;
		const tolerance = 1e-9;
		return {
			vars: { theta: `\\theta_0 = ${fmt(theta)}`, g1: `g_1 = ${fmt(g1)}`, g2: `g_2 = ${fmt(g2)}`, lr: `\\eta = ${fmt(lr)}`, mu: `\\mu = ${fmt(mu)}`, rule: `v_t = \\mu v_{t-1} + g_t, \\ \\theta_t = \\theta_{t-1} - \\eta v_t` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'first', tex: `v_1 = ${fmt(g1)}, \\quad \\theta_1 = ${fmt(theta)} - ${fmt(lr)} \\cdot ${paren(g1, fmt)} = ${fmt(theta1)}` },
				{ say: 'velocity', tex: `v_2 = ${fmt(mu)} \\cdot ${paren(g1, fmt)} + ${paren(g2, fmt)} = ${fmt(v2)}` },
				{ say: 'second', tex: `\\theta_2 = ${fmt(theta1)} - ${fmt(lr)} \\cdot ${paren(v2, fmt)} = ${fmt(answer)}` },
			],
			mistakes: [
				{ value: theta - lr * (g1 + g2), say: 'sgd' },
				{ value: theta1 - lr * (g1 + g2), say: 'nomu' },
				{ value: theta + lr * g1 + lr * v2, say: 'sign' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ theta, g1, g2, lr, mu }) => `(${theta}) - (${lr})*(${g1}) - (${lr})*((${mu})*(${g1}) + (${g2}))`,
};

interface AdamInputs {
	theta: number;
	g: number;
	lr: number;
}

/** Adam's first step: m̂ = g and v̂ = g² after the bias correction, so θ moves by η·g/|g|, about η against the gradient's sign. */
const adam: Kind<AdamInputs> = {
	id: 'adam',
	draw: (rng) => ({ theta: pick(rng, -20, 20) / 10, g: pick(rng, -50, 50, true) / 10, lr: [0.1, 0.01, 0.05, 0.2][rng.int(4)]! }),
	solve: ({ theta, g, lr }, fmt) => {
		const [answer] = scalarRun({ kind: 'adam', learningRate: lr }, theta, [g]) as [number];
		const sign = Math.sign(g);
		const tolerance = 1e-6;
		return {
			vars: { theta: `\\theta = ${fmt(theta)}`, g: `g = ${fmt(g)}`, lr: `\\eta = ${fmt(lr)}`, betas: `\\beta_1 = ${fmt(0.9)}, \\ \\beta_2 = ${fmt(0.999)}`, eps: `\\varepsilon = 10^{-8}` },
			answer: { kind: 'number', value: answer, tolerance },
			steps: [
				{ say: 'moments', tex: `m = ${fmt(0.1)} \\cdot ${paren(g, fmt)} = ${fmt(0.1 * g, 6)}, \\quad v = ${fmt(0.001)} \\cdot ${paren(g, fmt)}^2 = ${fmt(0.001 * g * g, 6)}` },
				{ say: 'correct', tex: `\\hat m = \\frac{m}{1 - ${fmt(0.9)}} = ${fmt(g)}, \\quad \\hat v = \\frac{v}{1 - ${fmt(0.999)}} = ${fmt(g * g, 6)}` },
				{ say: 'ratio', tex: `\\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon} = \\frac{${fmt(g)}}{${fmt(Math.abs(g))}} \\approx ${fmt(sign)}` },
				{ say: 'update', tex: `\\theta - \\eta \\cdot ${paren(sign, fmt)} = ${fmt(theta)} ${sign > 0 ? '-' : '+'} ${fmt(lr)} = ${fmt(answer, 6)}` },
			],
			mistakes: [
				{ value: theta - lr * g, say: 'sgd' },
				{ value: theta - (lr * 0.1 * g) / Math.sqrt(0.001 * g * g), say: 'uncorrected' },
				{ value: theta + lr * sign, say: 'sign' },
			].filter((m) => Math.abs(m.value - answer) > tolerance),
		};
	},
	numpy: ({ theta, g, lr }) => `(${theta}) - (${lr}) * ((1 - 0.9)*(${g}) / (1 - 0.9)) / (np.sqrt((1 - 0.999)*(${g})**2 / (1 - 0.999)) + 1e-8)`,
};

export const practice: TopicModule['practice'] = [momentum, adam];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = { race };

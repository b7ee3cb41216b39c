/**
 * Functions and graphs: a function as a rule x → f(x), its graph, and composition — the neuron
 * relu(wx + b) is a line followed by relu. relu, sigmoid and tanh are evaluated by the core (the same
 * code the site's networks use); the school functions (a line, x², a power, the exponential, a
 * logarithm) by JavaScript's Math. One module for the worked example (graphs with a table of values;
 * the page on powers and logarithms borrows its factory), the practice problems and the tests
 * (tests/topics/foundations/functions-and-graphs.test.ts).
 */
import { activations } from '../../../core/tensor/activations';
import { createMatrix } from '../../../core/tensor/matrix';
import type { Fmt, Kind } from '../../../practice/types';
import { linearScale } from '../../../widgets/lib/plot';
import { paren } from '../../tex';
import type { Block, TopicModule, WorkedExample } from '../../types';
import { pick } from '../../draw';

/**
 * One curve: `fn` applied to `k·x + b` (both optional: k = 1, b = 0). `identity` with k and b is the line
 * kx + b; `pow` is base^(kx + b); `log` is the natural logarithm, or the one to `base`.
 */
export interface Curve {
	fn: 'identity' | 'relu' | 'sigmoid' | 'tanh' | 'square' | 'exp' | 'pow' | 'log';
	k?: number;
	b?: number;
	base?: number;
}

/** The curve's values at `xs` (NaN where it is undefined, as the logarithm at x ≤ 0). */
export function evaluate(curve: Curve, xs: readonly number[]): number[] {
	const k = curve.k ?? 1;
	const b = curve.b ?? 0;
	const t = xs.map((x) => k * x + b);
	switch (curve.fn) {
		case 'relu':
		case 'sigmoid':
		case 'tanh':
			return Array.from(activations[curve.fn].forward(createMatrix(1, t.length, t)).data);
		case 'identity':
			return t;
		case 'square':
			return t.map((v) => v * v);
		case 'exp':
			return t.map((v) => Math.exp(v));
		case 'pow':
			return t.map((v) => (curve.base ?? Math.E) ** v);
		case 'log':
			return t.map((v) => (v > 0 ? Math.log(v) / Math.log(curve.base ?? Math.E) : NaN));
	}
}

/** The line kx + b in TeX with its signs folded: `2x - 2`, `-x + 3`, `4`. */
export function texLine(k: number, b: number, fmt: Fmt): string {
	const coefficient = k === 1 ? '' : k === -1 ? '-' : fmt(k);
	const x = k === 0 ? '' : `${coefficient}x`;
	if (b === 0) return x || '0';
	if (!x) return fmt(b);
	return `${x} ${b > 0 ? '+' : '-'} ${fmt(Math.abs(b))}`;
}

/** The curve's formula in TeX, built from its parameters, so the label cannot disagree with the line drawn. */
export function formula(curve: Curve, fmt: Fmt): string {
	const k = curve.k ?? 1;
	const b = curve.b ?? 0;
	const inner = texLine(k, b, fmt);
	const plain = k === 1 && b === 0;
	const wrapped = plain ? 'x' : `(${inner})`;
	switch (curve.fn) {
		case 'identity':
			return inner;
		case 'relu':
			return `\\operatorname{relu}(${inner})`;
		case 'sigmoid':
			return `\\sigma(${inner})`;
		case 'tanh':
			return plain ? '\\tanh x' : `\\tanh(${inner})`;
		case 'square':
			return `${wrapped}^2`;
		case 'exp':
			return `e^{${inner}}`;
		case 'pow':
			return `${fmt(curve.base ?? Math.E)}^{${inner}}`;
		case 'log':
			return `${curve.base === undefined ? '\\ln' : `\\log_{${fmt(curve.base)}}`} ${plain ? 'x' : wrapped}`;
	}
}

export interface GraphInputs {
	curves: Curve[];
	x: [number, number];
	y: [number, number];
	/** Points to mark on every curve and list in the table. */
	marks: number[];
}

const COLOURS = ['var(--sl-color-blue-high)', 'var(--sl-color-orange-high)', 'var(--sl-color-green-high)', 'var(--sl-color-purple-high)'];
const WIDTH = 320;
const HEIGHT = 220;
const PAD = 14;

/** The graphs as SVG markup: a grid of whole units, the curves (every second one dashed) and the marked points. */
export function graphSvg({ curves, x: [x0, x1], y: [y0, y1], marks }: GraphInputs, fmt: Fmt): string {
	const sx = linearScale([x0, x1], [PAD, WIDTH - PAD]);
	const sy = linearScale([y0, y1], [HEIGHT - PAD, PAD]);
	const f = (v: number) => String(Math.round(v * 100) / 100);
	const parts: string[] = [];
	for (let k = Math.ceil(x0); k <= Math.floor(x1); k++) {
		const axis = k === 0;
		parts.push(`<line x1="${f(sx(k))}" y1="${f(sy(y0))}" x2="${f(sx(k))}" y2="${f(sy(y1))}" style="stroke: var(--sl-color-gray-${axis ? 3 : 5}); stroke-width: ${axis ? 1.5 : 0.75}"/>`);
	}
	for (let k = Math.ceil(y0); k <= Math.floor(y1); k++) {
		const axis = k === 0;
		parts.push(`<line x1="${f(sx(x0))}" y1="${f(sy(k))}" x2="${f(sx(x1))}" y2="${f(sy(k))}" style="stroke: var(--sl-color-gray-${axis ? 3 : 5}); stroke-width: ${axis ? 1.5 : 0.75}"/>`);
	}
	// Tick labels at the ends of the axes that are on screen, in the page's notation (a true minus sign).
	const tick = (v: number) => fmt(v).replace('{,}', ',').replace('-', '−');
	if (y0 <= 0 && y1 >= 0) {
		parts.push(`<text x="${f(sx(x1) - 2)}" y="${f(sy(0) - 4)}" text-anchor="end" style="fill: var(--sl-color-gray-2); font-size: 11px">${tick(x1)}</text>`);
		parts.push(`<text x="${f(sx(x0) + 2)}" y="${f(sy(0) - 4)}" style="fill: var(--sl-color-gray-2); font-size: 11px">${tick(x0)}</text>`);
	}
	if (x0 <= 0 && x1 >= 0) {
		parts.push(`<text x="${f(sx(0) + 4)}" y="${f(sy(y1) + 10)}" style="fill: var(--sl-color-gray-2); font-size: 11px">${tick(y1)}</text>`);
		parts.push(`<text x="${f(sx(0) + 4)}" y="${f(sy(y0) - 3)}" style="fill: var(--sl-color-gray-2); font-size: 11px">${tick(y0)}</text>`);
	}
	const SAMPLES = 240;
	const xs = Array.from({ length: SAMPLES + 1 }, (_, i) => x0 + ((x1 - x0) * i) / SAMPLES);
	curves.forEach((curve, c) => {
		const ys = evaluate(curve, xs);
		// Break the line where the curve leaves the window or is undefined, so nothing is drawn off-plot.
		const runs: string[][] = [[]];
		ys.forEach((y, i) => {
			if (Number.isFinite(y) && y >= y0 && y <= y1) runs[runs.length - 1]!.push(`${f(sx(xs[i]!))},${f(sy(y))}`);
			else if (runs[runs.length - 1]!.length > 0) runs.push([]);
		});
		for (const run of runs.filter((r) => r.length > 1)) {
			// Every second curve is dashed, so a curve drawn over another (relu over its line) leaves both visible.
			const dash = c % 2 === 1 ? '; stroke-dasharray: 7 5' : '';
			parts.push(`<polyline points="${run.join(' ')}" style="fill: none; stroke: ${COLOURS[c % COLOURS.length]}; stroke-width: 2.5${dash}"/>`);
		}
		evaluate(curve, marks).forEach((y, i) => {
			if (Number.isFinite(y) && y >= y0 && y <= y1) parts.push(`<circle cx="${f(sx(marks[i]!))}" cy="${f(sy(y))}" r="3.5" style="fill: ${COLOURS[c % COLOURS.length]}"/>`);
		});
	});
	// The picture is described by its caption (the legend); the label names the curves for a screen reader.
	const label = curves.map((c) => formula(c, fmt).replace(/[\\{}]/g, '')).join(', ');
	return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg" style="max-width: 420px">${parts.join('')}</svg>`;
}

/**
 * Graphs of a few curves with a table of their values at the marked points. The caption is the legend
 * (`legend` in the topic's text, with `{{c1}}`, `{{c2}}`, … for the curves' formulas in drawing order):
 * colour and dash tell the curves apart. Both foundations pages with graphs use it.
 */
export const graphExample = /*#__NO_SIDE_EFFECTS__*/ (inputs: GraphInputs): WorkedExample<GraphInputs> => ({
	inputs,
	blocks: (g, fmt): Block[] => {
		const cell = (v: number) => (Number.isFinite(v) ? fmt(v) : '\\text{—}');
		const legend = Object.fromEntries(g.curves.map((c, i) => [`c${i + 1}`, formula(c, fmt)]));
		return [
			{ svg: graphSvg(g, fmt), caption: { say: 'legend', with: legend } },
			{ head: ['x', ...g.marks.map((m) => fmt(m))], rows: g.curves.map((c) => [formula(c, fmt), ...evaluate(c, g.marks).map(cell)]) },
		];
	},
});

/** The value of one curve at one point. */
export const valueAt = (curve: Curve, x: number): number => evaluate(curve, [x])[0]!;

interface ComposeInputs {
	/** The outer function f. */
	outer: 'relu' | 'square';
	/** The inner function g(x) = kx + b. */
	k: number;
	b: number;
	x0: number;
}

/** f(g(x₀)) for a line g and an outer relu or square: inside first, then outside. */
const compose: Kind<ComposeInputs> = {
	id: 'compose',
	draw: (rng) => ({ outer: rng.int(2) === 0 ? 'relu' : 'square', k: pick(rng, -3, 3, true), b: pick(rng, -4, 4), x0: pick(rng, -3, 3, true) }),
	solve: ({ outer, k, b, x0 }, fmt) => {
		const inner = valueAt({ fn: 'identity', k, b }, x0);
		const answer = valueAt({ fn: outer, k, b }, x0);
		const f = outer === 'relu' ? `f(u) = \\operatorname{relu}(u) = \\max(0, u)` : `f(u) = u^2`;
		const applied = outer === 'relu' ? `\\max(0, ${fmt(inner)})` : `${paren(inner, fmt)}^2`;
		// The other order, g(f(x₀)): the line applied to f of the input.
		const swapped = k * valueAt({ fn: outer }, x0) + b;
		return {
			vars: { f, g: `g(x) = ${texLine(k, b, fmt)}`, x0: `x_0 = ${fmt(x0)}` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'inner', tex: `g(${fmt(x0)}) = ${fmt(k)} \\cdot ${paren(x0, fmt)}${b === 0 ? '' : ` ${b < 0 ? '-' : '+'} ${fmt(Math.abs(b))}`} = ${fmt(inner)}` },
				{ say: 'outer', tex: `f(g(${fmt(x0)})) = f(${fmt(inner)}) = ${applied} = ${fmt(answer)}` },
			],
			mistakes: [
				{ value: swapped, say: 'order' },
				{ value: inner, say: 'inner' },
			].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ outer, k, b, x0 }) => (outer === 'relu' ? `np.maximum(0, (${k})*(${x0}) + (${b}))` : `((${k})*(${x0}) + (${b}))**2`),
};

/** Where the neuron relu(wx + b) bends: wx + b = 0. */
export const kinkOf = (w: number, b: number): number => -b / w;

interface KinkInputs {
	w: number;
	b: number;
}

/** The kink of relu(wx + b): the point where the line inside crosses zero. */
const kink: Kind<KinkInputs> = {
	id: 'kink',
	draw: (rng) => ({ w: [-4, -2, -1, 1, 2, 4][rng.int(6)]!, b: pick(rng, -6, 6, true) }),
	solve: ({ w, b }, fmt) => {
		const answer = kinkOf(w, b);
		return {
			vars: { f: `f(x) = \\operatorname{relu}(${texLine(w, b, fmt)})` },
			answer: { kind: 'number', value: answer },
			steps: [
				{ say: 'zero', tex: `${texLine(w, b, fmt)} = 0` },
				{ say: 'solve', tex: `x = -\\frac{b}{w} = -\\frac{${fmt(b)}}{${fmt(w)}} = ${fmt(answer)}` },
				{ say: w > 0 ? 'right' : 'left' },
			],
			// Losing the minus when moving b across; forgetting to divide by the weight.
			mistakes: [
				{ value: b / w, say: 'sign' },
				{ value: -b, say: 'divide' },
			].filter((m, i, all) => m.value !== answer && all.findIndex((o) => o.value === m.value) === i),
		};
	},
	numpy: ({ w, b }) => `np.roots([${w}, ${b}])[0]`,
};

export const practice: TopicModule['practice'] = [compose, kink];
// Apart from `practice`, so the browser's practice bundle can leave the worked examples (build-time only) out.
export const examples: TopicModule['examples'] = {
	neuron: graphExample({
		curves: [
			{ fn: 'identity', k: 2, b: -2 },
			{ fn: 'relu', k: 2, b: -2 },
			{ fn: 'sigmoid', k: 2, b: -2 },
		],
		x: [-2, 4],
		y: [-3, 5],
		marks: [-1, 0, 1, 2, 3],
	}),
};

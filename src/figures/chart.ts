/**
 * Drawing pieces for the calculus pages' static figures, on top of ./svg.ts: a plot with axes and
 * labelled ticks, function curves, straight lines through data points (a tangent, a secant), dots
 * (an open one for a hole), rectangles under a curve, contour lines of a function of two variables and
 * arrows in data coordinates. Pure functions returning SVG strings at build time; colours only through
 * the theme classes fig-ink, fig-accent and fig-muted, so one figure works in both themes.
 *
 * A plot is about 400 units wide and is shown at most 480 px wide: across a phone's column (about
 * 330 px) text of 16 units stays above 13 px, and on a laptop it does not grow past 19 px.
 * What a test reads back is marked with `data-role` (a tangent, a secant, a step), so a topic's test
 * can find the element and invert the scale from the tick labels (tests/helpers/figure-calculus.ts).
 */
import { plain, svg, text, type Tone } from './svg';
import type { Fmt } from '../practice/types';
import { linearScale } from '../widgets/lib/scale';

/** Coordinates to one decimal: a figure is ~400 units wide, so a tenth is far below a pixel and keeps the markup small. */
export const rd = (v: number): string => String(Math.round(v * 10) / 10);

export interface StrokeOpts {
	tone?: Tone;
	width?: number;
	dashed?: boolean;
	/** What a test looks for (`tangent`, `secant`, `step`, …). */
	role?: string;
}

const stroke = ({ tone = 'ink', width = 1.5, dashed = false, role }: StrokeOpts) =>
	`class="fig-${tone} fig-stroke" stroke-width="${width}"${dashed ? ' stroke-dasharray="6 4"' : ''}${role ? ` data-role="${role}"` : ''}`;

export interface PlotOptions {
	/** The values the plot's edges stand for. */
	x: [number, number];
	y: [number, number];
	/** The drawing's size in units (default 400 × 260). */
	width?: number;
	height?: number;
	/** Room around the plot area for tick labels: left, right, top, bottom (default 34, 12, 12, 28). */
	pad?: [number, number, number, number];
	/** Equal units on both axes, so a gradient arrow looks perpendicular to its contour line. */
	equal?: boolean;
}

/** A plot: its scales from values to drawing units, and the pieces drawn in values. */
export interface Plot {
	X: (v: number) => number;
	Y: (v: number) => number;
	opts: Required<Omit<PlotOptions, 'equal'>>;
	body: string[];
}

export function plot(o: PlotOptions): Plot {
	const opts = { width: 400, height: 260, pad: [34, 12, 12, 28] as [number, number, number, number], ...o };
	const [l, r, t, b] = opts.pad;
	let [x0, x1] = opts.x;
	let [y0, y1] = opts.y;
	const w = opts.width - l - r;
	const h = opts.height - t - b;
	if (o.equal) {
		// Widen the tighter direction around its middle so one value unit is as long on both axes.
		const unit = Math.max((x1 - x0) / w, (y1 - y0) / h);
		const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
		[x0, x1] = [mx - (unit * w) / 2, mx + (unit * w) / 2];
		[y0, y1] = [my - (unit * h) / 2, my + (unit * h) / 2];
	}
	return {
		X: linearScale([x0, x1], [l, l + w]),
		Y: linearScale([y0, y1], [t + h, t]),
		opts: { ...opts, x: [x0, x1], y: [y0, y1] },
		body: [],
	};
}

/** A tick's label as the page writes the number: decimal comma and a true minus in Russian. */
const tickLabel = (v: number, fmt: Fmt) => plain(fmt(v));

/**
 * Axes through zero (or along the plot's edge when zero is out of range), ticks with labels in the
 * page's notation, and optional axis names at the far ends. Tick labels carry `data-tick="x"` or `"y"`
 * so a test can recover the scale from them.
 */
export function axes(p: Plot, ticks: { x: readonly number[]; y: readonly number[] }, fmt: Fmt, names: { x?: string; y?: string } = {}): void {
	const { X, Y, opts } = p;
	const [x0, x1] = opts.x;
	const [y0, y1] = opts.y;
	const ax = Y(y0 <= 0 && y1 >= 0 ? 0 : y0);
	const ay = X(x0 <= 0 && x1 >= 0 ? 0 : x0);
	p.body.push(line(X(x0), ax, X(x1), ax, { tone: 'muted' }), line(ay, Y(y0), ay, Y(y1), { tone: 'muted' }));
	for (const v of ticks.x) {
		p.body.push(line(X(v), ax - 3, X(v), ax + 3, { tone: 'muted' }));
		p.body.push(tick(X(v), ax + 15, tickLabel(v, fmt), 'x', 'middle'));
	}
	for (const v of ticks.y) {
		p.body.push(line(ay - 3, Y(v), ay + 3, Y(v), { tone: 'muted' }));
		p.body.push(tick(ay - 6, Y(v), tickLabel(v, fmt), 'y', 'end'));
	}
	if (names.x) p.body.push(text(X(x1) - 2, ax - 12, names.x, { tone: 'muted', anchor: 'end', size: 16 }));
	if (names.y) p.body.push(text(ay + 8, Y(y1) + 8, names.y, { tone: 'muted', anchor: 'start', size: 16 }));
}

const tick = (x: number, y: number, s: string, axis: 'x' | 'y', anchor: 'middle' | 'end') =>
	text(Math.round(x * 10) / 10, Math.round(y * 10) / 10, s, { tone: 'muted', anchor, size: 16 }).replace('<text ', `<text data-tick="${axis}" `);

export function line(x1: number, y1: number, x2: number, y2: number, opts: StrokeOpts = {}): string {
	return `<line x1="${rd(x1)}" y1="${rd(y1)}" x2="${rd(x2)}" y2="${rd(y2)}" ${stroke(opts)}/>`;
}

/** A broken line through points in drawing units; nothing for fewer than two points. */
export function polyline(points: readonly (readonly [number, number])[], opts: StrokeOpts = {}): string {
	if (points.length < 2) return '';
	return `<polyline points="${points.map(([x, y]) => `${rd(x)},${rd(y)}`).join(' ')}" ${stroke({ width: 2.5, ...opts })} stroke-linejoin="round"/>`;
}

/**
 * The graph of f over [from, to] (the plot's width by default) in `samples` pieces, broken where f is
 * undefined or leaves the plot, so nothing is drawn outside it; an excluded point `skip` (a hole) is
 * left out of the samples.
 */
export function curve(p: Plot, f: (x: number) => number, opts: StrokeOpts & { from?: number; to?: number; samples?: number } = {}): void {
	const { from = p.opts.x[0], to = p.opts.x[1], samples = 60 } = opts;
	const [y0, y1] = p.opts.y;
	const runs: [number, number][][] = [[]];
	for (let i = 0; i <= samples; i++) {
		const x = from + ((to - from) * i) / samples;
		const y = f(x);
		if (Number.isFinite(y) && y >= y0 && y <= y1) runs[runs.length - 1]!.push([p.X(x), p.Y(y)]);
		else if (runs[runs.length - 1]!.length > 0) runs.push([]);
	}
	for (const run of runs) p.body.push(polyline(run, opts));
}

/** A straight line through (x0, y0) with slope `slope` (in values), from x0 − back to x0 + ahead. */
export function slopeLine(p: Plot, x0: number, y0: number, slope: number, back: number, ahead: number, opts: StrokeOpts = {}): void {
	let [from, to] = [x0 - back, x0 + ahead];
	// Cut where the line leaves the plot through its bottom or top, so it never crosses the tick labels.
	if (slope !== 0) {
		const [ya, yb] = p.opts.y.map((y) => x0 + (y - y0) / slope) as [number, number];
		from = Math.max(from, Math.min(ya, yb));
		to = Math.min(to, Math.max(ya, yb));
	}
	const at = (x: number): [number, number] => [p.X(x), p.Y(y0 + slope * (x - x0))];
	const [a, b] = [at(from), at(to)];
	p.body.push(line(a[0], a[1], b[0], b[1], { width: 2, ...opts }));
}

/**
 * A short tangent: the line through (x0, y0) with slope `slope`, `half` drawing units long on either
 * side of the point whatever the slope, so a steep tangent does not run off the plot.
 */
export function tangent(p: Plot, x0: number, y0: number, slope: number, opts: StrokeOpts & { half?: number } = {}): void {
	const { half = 45, ...rest } = opts;
	const [kx, ky] = [p.X(1) - p.X(0), p.Y(0) - p.Y(1)];
	const dx = half / Math.hypot(kx, slope * ky);
	slopeLine(p, x0, y0, slope, dx, dx, { tone: 'accent', role: 'tangent', ...rest });
}

/** A segment between two points given in values. */
export function segment(p: Plot, from: readonly [number, number], to: readonly [number, number], opts: StrokeOpts = {}): void {
	p.body.push(line(p.X(from[0]), p.Y(from[1]), p.X(to[0]), p.Y(to[1]), opts));
}

/** A point: filled, or open (a hole: the function has no value there). */
export function dot(p: Plot, x: number, y: number, opts: { tone?: Tone; open?: boolean; role?: string } = {}): void {
	const { tone = 'accent', open = false, role } = opts;
	const data = role ? ` data-role="${role}"` : '';
	p.body.push(
		open
			? `<circle cx="${rd(p.X(x))}" cy="${rd(p.Y(y))}" r="5" class="fig-${tone} fig-stroke" stroke-width="2"${data}/>`
			: `<circle cx="${rd(p.X(x))}" cy="${rd(p.Y(y))}" r="4.5" class="fig-${tone}" stroke-width="0"${data}/>`,
	);
}

/** A label at a point given in values, moved by (dx, dy) drawing units. */
export function label(p: Plot, x: number, y: number, s: string, opts: { dx?: number; dy?: number; tone?: Tone; anchor?: 'start' | 'middle' | 'end' } = {}): void {
	const { dx = 0, dy = 0, ...rest } = opts;
	p.body.push(text(Math.round((p.X(x) + dx) * 10) / 10, Math.round((p.Y(y) + dy) * 10) / 10, s, { size: 16, ...rest }));
}

/** A filled rectangle from the axis (y = 0) up to `height`, over [x, x + w]: one term of a Riemann sum. */
export function bar(p: Plot, x: number, w: number, height: number, opts: { tone?: Tone; role?: string } = {}): void {
	const { tone = 'accent', role } = opts;
	const [top, bottom] = [p.Y(Math.max(height, 0)), p.Y(Math.min(height, 0))];
	const data = role ? ` data-role="${role}"` : '';
	p.body.push(
		`<rect x="${rd(p.X(x))}" y="${rd(top)}" width="${rd(p.X(x + w) - p.X(x))}" height="${rd(bottom - top)}" class="fig-${tone}" fill-opacity="0.25" stroke-width="1"${data}/>`,
	);
}

/** An arrow between two points given in values (a gradient, a step), its head drawn at `to`. */
export function arrowTo(p: Plot, from: readonly [number, number], to: readonly [number, number], opts: StrokeOpts = {}): void {
	const [x1, y1, x2, y2] = [p.X(from[0]), p.Y(from[1]), p.X(to[0]), p.Y(to[1])];
	const len = Math.hypot(x2 - x1, y2 - y1);
	if (len < 1e-9) return;
	const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
	// The head: two strokes back from the tip, 25° either side of the line, at most a third of the arrow long.
	const size = Math.min(10, len / 3);
	const head = [25, -25]
		.map((deg) => {
			const a = (deg * Math.PI) / 180;
			return `M${rd(x2)} ${rd(y2)}l${rd(-(ux * Math.cos(a) - uy * Math.sin(a)) * size)} ${rd(-(uy * Math.cos(a) + ux * Math.sin(a)) * size)}`;
		})
		.join('');
	p.body.push(`<path d="M${rd(x1)} ${rd(y1)}L${rd(x2)} ${rd(y2)}${head}" ${stroke({ width: 2, ...opts })} data-from="${from.join(' ')}" data-to="${to.join(' ')}"/>`);
}

/**
 * Contour lines of f(x, y) at the given levels, by marching squares on an n × n grid over the plot,
 * each level's segments joined into polylines. Each polyline carries its level in `data-level`.
 */
export function contours(p: Plot, f: (x: number, y: number) => number, levels: readonly number[], opts: StrokeOpts & { n?: number } = {}): void {
	const { n = 40 } = opts;
	const [x0, x1] = p.opts.x;
	const [y0, y1] = p.opts.y;
	const gx = (i: number) => x0 + ((x1 - x0) * i) / n;
	const gy = (j: number) => y0 + ((y1 - y0) * j) / n;
	const grid = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => f(gx(i), gy(j))));
	for (const level of levels) {
		const segments: [string, string][] = [];
		const keyed = new Map<string, [number, number]>();
		// A crossing on the edge between two grid nodes, keyed by that edge so neighbouring cells share it.
		const cross = (i1: number, j1: number, i2: number, j2: number): string => {
			const key = `${i1},${j1},${i2},${j2}`;
			if (!keyed.has(key)) {
				const [a, b] = [grid[i1]![j1]!, grid[i2]![j2]!];
				const t = (level - a) / (b - a);
				keyed.set(key, [gx(i1 + (i2 - i1) * t), gy(j1 + (j2 - j1) * t)]);
			}
			return key;
		};
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++) {
				const corners: [number, number][] = [[i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1]];
				const edges: string[] = [];
				for (let k = 0; k < 4; k++) {
					const [a, b] = [corners[k]!, corners[(k + 1) % 4]!];
					const [va, vb] = [grid[a[0]]![a[1]]!, grid[b[0]]![b[1]]!];
					if (va < level !== vb < level) edges.push(a[0] < b[0] || a[1] < b[1] ? cross(a[0], a[1], b[0], b[1]) : cross(b[0], b[1], a[0], a[1]));
				}
				// Two crossings: one segment; four (a saddle cell): pair them in order, good enough at this grid size.
				for (let k = 0; k + 1 < edges.length; k += 2) segments.push([edges[k]!, edges[k + 1]!]);
			}
		for (const chain of chains(segments)) p.body.push(polyline(chain.map((k) => keyed.get(k)!).map(([x, y]) => [p.X(x), p.Y(y)] as [number, number]), { tone: 'muted', width: 1.5, ...opts }).replace('<polyline ', `<polyline data-level="${level}" `));
	}
}

/** Segments joined end to end into chains of keys (a closed loop comes back to its first key). */
function chains(segments: [string, string][]): string[][] {
	const by = new Map<string, number[]>();
	segments.forEach(([a, b], s) => {
		for (const k of [a, b]) by.set(k, [...(by.get(k) ?? []), s]);
	});
	const used = new Set<number>();
	const out: string[][] = [];
	for (let s = 0; s < segments.length; s++) {
		if (used.has(s)) continue;
		used.add(s);
		const chain = [...segments[s]!];
		// Grow at the tail, then at the head, while an unused segment touches the end.
		for (const atEnd of [true, false]) {
			for (;;) {
				const end = atEnd ? chain[chain.length - 1]! : chain[0]!;
				const next = (by.get(end) ?? []).find((t) => !used.has(t));
				if (next === undefined) break;
				used.add(next);
				const [a, b] = segments[next]!;
				const other = a === end ? b : a;
				if (atEnd) chain.push(other);
				else chain.unshift(other);
			}
		}
		out.push(chain);
	}
	return out;
}

/**
 * The finished drawing, at most `maxWidth` px wide on a wide screen (svg.ts's figures fill the column:
 * a 400-unit plot there would set its text at twice the size).
 */
export function finish(p: Plot, maxWidth = 480): string {
	return svg(p.opts.width, p.opts.height, p.body).replace('<svg ', `<svg style="max-width: ${maxWidth}px" `);
}

/**
 * Plots stacked one above the other in one drawing (a slice along x over a slice along y; an inner
 * rate over an outer one), each shifted down by the heights above it. Stacked, not side by side, so
 * each keeps its readable width on a phone.
 */
export function stack(plots: readonly Plot[], maxWidth = 480): string {
	let offset = 0;
	const body: string[] = [];
	for (const p of plots) {
		body.push(`<g transform="translate(0 ${offset})">${p.body.join('')}</g>`);
		offset += p.opts.height;
	}
	const width = Math.max(...plots.map((p) => p.opts.width));
	return svg(width, offset, body).replace('<svg ', `<svg style="max-width: ${maxWidth}px" `);
}

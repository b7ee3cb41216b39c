/**
 * Drawing pieces for the neural-network pages' static figures, on top of ./svg.ts: small curve plots
 * (axes with ticks, a function's curve, points), heat grids (an attention map, a dropout mask), bars
 * (softmax before and after), boxes (a matrix's shape, a step of a loop) and lines. Pure functions
 * returning SVG strings at build time; colours only through the theme classes fig-ink, fig-accent and
 * fig-muted, so a figure works in both themes. The topic modules pass their own numbers in.
 *
 * The figures are about 400 units wide: shown across a phone's column (about 330 px) a label of 16
 * units stays at 13 px, so the sizes below are 16 for text unless a figure says otherwise.
 */
import { linearScale } from '../widgets/lib/scale';
import { plain, text, type Tone } from './svg';

/** Coordinates to two decimals, so the markup stays small. */
export const rd = (v: number): string => String(Math.round(v * 100) / 100);

/** A map from an interval of values onto an interval of drawing units (either may run backwards). */
export const scale = (d0: number, d1: number, r0: number, r1: number) => linearScale([d0, d1], [r0, r1]);

interface StrokeOpts {
	tone?: Tone;
	width?: number;
	dashed?: boolean;
}

const stroke = ({ tone = 'ink', width = 1.5, dashed = false }: StrokeOpts) =>
	`class="fig-${tone} fig-stroke" stroke-width="${width}"${dashed ? ' stroke-dasharray="5 4"' : ''}`;

export function line(x1: number, y1: number, x2: number, y2: number, opts: StrokeOpts = {}): string {
	return `<line x1="${rd(x1)}" y1="${rd(y1)}" x2="${rd(x2)}" y2="${rd(y2)}" ${stroke(opts)}/>`;
}

/** A broken line through points in drawing units. */
export function polyline(points: readonly (readonly [number, number])[], opts: StrokeOpts = {}): string {
	return `<polyline points="${points.map(([x, y]) => `${rd(x)},${rd(y)}`).join(' ')}" ${stroke({ width: 2.5, ...opts })}/>`;
}

/** An outlined box. */
export function box(x: number, y: number, w: number, h: number, opts: StrokeOpts & { rx?: number } = {}): string {
	return `<rect x="${rd(x)}" y="${rd(y)}" width="${rd(w)}" height="${rd(h)}" rx="${opts.rx ?? 0}" ${stroke(opts)}/>`;
}

/**
 * A filled box whose strength shows a value: `opacity` from 0 (empty) to 1 (full tone). The value it
 * stands for goes into `data-v`, so a test reads the figure back without parsing colours.
 */
export function cell(x: number, y: number, w: number, h: number, opacity: number, opts: { tone?: Tone; value?: number } = {}): string {
	const { tone = 'accent', value } = opts;
	const data = value === undefined ? '' : ` data-v="${value}"`;
	return `<rect x="${rd(x)}" y="${rd(y)}" width="${rd(w)}" height="${rd(h)}" class="fig-${tone}" stroke-width="0" fill-opacity="${rd(Math.max(0, Math.min(1, opacity)))}"${data}/>`;
}

/** An outlined ellipse with axes along x and y: a level line of a stretched bowl. */
export function ellipse(cx: number, cy: number, rx: number, ry: number, opts: StrokeOpts = {}): string {
	return `<ellipse cx="${rd(cx)}" cy="${rd(cy)}" rx="${rd(rx)}" ry="${rd(ry)}" ${stroke({ tone: 'muted', width: 1, ...opts })}/>`;
}

/** A filled dot: a point on a curve. */
export function dot(cx: number, cy: number, r = 4, tone: Tone = 'accent'): string {
	return `<circle cx="${rd(cx)}" cy="${rd(cy)}" r="${r}" class="fig-${tone}" stroke-width="0"/>`;
}

/** The area a plot draws into, in drawing units, and the values its edges stand for. */
export interface PlotFrame {
	left: number;
	top: number;
	width: number;
	height: number;
	x: [number, number];
	y: [number, number];
}

/**
 * Axes for a small plot: the x axis at y = 0 (or the bottom edge when 0 is out of range), the y axis
 * at x = 0 likewise, ticks with their labels (`yLabel` for the y ticks when they read differently, as
 * powers of ten on a log scale). Returns the markup and the scales to draw with.
 */
export function axes(f: PlotFrame, ticks: { x: readonly number[]; y: readonly number[]; label: (v: number) => string; yLabel?: (v: number) => string }) {
	const X = scale(f.x[0], f.x[1], f.left, f.left + f.width);
	const Y = scale(f.y[0], f.y[1], f.top + f.height, f.top);
	const inside = (v: number, [a, b]: [number, number]) => (v >= a && v <= b ? v : a);
	const y0 = Y(inside(0, f.y));
	const x0 = X(inside(0, f.x));
	const body = [line(f.left, y0, f.left + f.width, y0, { tone: 'muted' }), line(x0, f.top, x0, f.top + f.height, { tone: 'muted' })];
	for (const t of ticks.x) body.push(line(X(t), y0 - 3, X(t), y0 + 3, { tone: 'muted' }), text(X(t), y0 + 16, ticks.label(t), { tone: 'muted', size: 16 }));
	for (const t of ticks.y) body.push(line(x0 - 3, Y(t), x0 + 3, Y(t), { tone: 'muted' }), text(x0 - 7, Y(t), (ticks.yLabel ?? ticks.label)(t), { tone: 'muted', size: 16, anchor: 'end' }));
	return { body, X, Y };
}

/** A function's curve over [a, b] as a polyline of `n` + 1 points, scaled by X and Y. */
export function curve(fn: (x: number) => number, [a, b]: [number, number], X: (v: number) => number, Y: (v: number) => number, opts: StrokeOpts & { n?: number } = {}): string {
	const n = opts.n ?? 60;
	const pts = Array.from({ length: n + 1 }, (_, i) => {
		const x = a + ((b - a) * i) / n;
		return [X(x), Y(fn(x))] as const;
	});
	return polyline(pts, opts);
}

/**
 * A grid of cells, one per number, each as strong as its value over `max`, with the number written in
 * it (`label`) and optional row and column names. `at` is the top-left corner.
 */
export function heatGrid(
	at: [number, number],
	values: readonly (readonly number[])[],
	opts: { size: number; max: number; label: (v: number) => string; rows?: readonly string[]; cols?: readonly string[]; tone?: Tone },
): string[] {
	const [x0, y0] = at;
	const { size, max } = opts;
	const body: string[] = [];
	values.forEach((row, i) =>
		row.forEach((v, j) => {
			const [x, y] = [x0 + j * size, y0 + i * size];
			body.push(cell(x, y, size, size, (Math.abs(v) / max) * 0.85, { tone: opts.tone, value: v }), box(x, y, size, size, { tone: 'muted', width: 1 }));
			body.push(text(x + size / 2, y + size / 2, opts.label(v), { size: 15 }));
		}),
	);
	opts.rows?.forEach((name, i) => body.push(text(x0 - 8, y0 + (i + 0.5) * size, name, { anchor: 'end', size: 16 })));
	opts.cols?.forEach((name, j) => body.push(text(x0 + (j + 0.5) * size, y0 - 12, name, { size: 16 })));
	return body;
}

/**
 * Bars from a common base line at `baseY`, upwards for positive values, `unit` drawing units per 1,
 * each with its value written above (or below) it (unless `label` is left out) and a name under the base line.
 */
export function bars(
	values: readonly number[],
	opts: { left: number; baseY: number; step: number; barWidth: number; unit: number; label?: (v: number) => string; names?: readonly string[]; tone?: Tone },
): string[] {
	const body: string[] = [];
	values.forEach((v, i) => {
		const x = opts.left + i * opts.step;
		const h = v * opts.unit;
		const top = Math.min(opts.baseY, opts.baseY - h);
		body.push(cell(x, top, opts.barWidth, Math.abs(h), 0.75, { tone: opts.tone, value: v }));
		if (opts.label) body.push(text(x + opts.barWidth / 2, v >= 0 ? top - 11 : top + Math.abs(h) + 11, opts.label(v), { size: 15 }));
		if (opts.names) body.push(text(x + opts.barWidth / 2, opts.baseY + (v >= 0 ? 15 : -11), opts.names[i]!, { size: 15, tone: 'muted' }));
	});
	body.push(line(opts.left - 6, opts.baseY, opts.left + (values.length - 1) * opts.step + opts.barWidth + 6, opts.baseY, { tone: 'muted' }));
	return body;
}

/** Numbers as plain text in the page's language, for a sentence: `2; 1; −1` in Russian, `2, 1, −1` in English. */
export const plainList = (values: readonly number[], fmt: (v: number) => string): string => {
	const items = values.map((v) => plain(fmt(v)));
	return items.join(fmt(0.5).includes('{,}') ? '; ' : ', ');
};

/** 10 to a whole power as plain text: `10⁻²⁰`, `10⁵`, `1` for the power 0 (tick labels on a log scale). */
export const power10 = (k: number): string =>
	k === 0 ? '1' : `10${String(k).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!)}`;

/**
 * Label positions along one side, in the order given, moved apart to at least `gap` units (the labels at
 * the ends of lines that finish close together), keeping their order from top to bottom.
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
	const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
	const out = [...ys];
	let last = -Infinity;
	for (const [y, i] of order) {
		out[i] = Math.max(y, last + gap);
		last = out[i]!;
	}
	return out;
}

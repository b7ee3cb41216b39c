/**
 * Drawing helpers for the probability pages' static figures: a plotting frame with linear scales, an
 * x axis with labelled ticks, bars, a density or likelihood curve, the area under it between two
 * points, vertical markers, interval brackets and plain rectangles (area splits). Pure functions
 * returning SVG strings, computed at build time from a topic module's own numbers; the tones are the
 * theme classes of src/figures/svg.ts, so a figure works in the light and dark themes.
 *
 * Each part is wrapped in `<g data-part="…">`, so a test can read the drawing back by what it shows
 * (tests/helpers/figure-probability.ts) and check it against an independent recomputation.
 */
import { linearScale } from '../widgets/lib/scale';
import { svg, text, type Tone } from './svg';

/** Pixel coordinates to two decimals, so the markup stays small. */
const r = (v: number) => String(Math.round(v * 100) / 100);

/** A plotting area: data x in [x0, x1] and y in [0, yMax], mapped into a `width × height` picture. */
export interface Frame {
	width: number;
	height: number;
	/** Data x → pixel x. */
	X(v: number): number;
	/** Data y → pixel y (0 is the baseline). */
	Y(v: number): number;
	/** Pixel y of the baseline (data y = 0) and of the top of the plotting area. */
	base: number;
	top: number;
	/** Pixel x of the plotting area's left and right edges. */
	left: number;
	right: number;
}

export interface FrameOptions {
	x: readonly [number, number];
	yMax: number;
	/** The picture's size in viewBox units; 360 wide keeps 15-unit text at ≥ 13 px on a 360 px phone. */
	width?: number;
	height?: number;
	/** Room around the plotting area for labels, in viewBox units. */
	margin?: { left?: number; right?: number; top?: number; bottom?: number };
}

export function frame({ x: [x0, x1], yMax, width = 360, height = 220, margin = {} }: FrameOptions): Frame {
	const { left = 20, right = 20, top = 30, bottom = 40 } = margin;
	if (!(x1 > x0) || !(yMax > 0)) throw new Error(`frame: need x0 < x1 and yMax > 0, got x = [${x0}, ${x1}], yMax = ${yMax}.`);
	const base = height - bottom;
	return {
		width,
		height,
		X: linearScale([x0, x1], [left, width - right]),
		Y: (v) => base - (v / yMax) * (base - top),
		base,
		top,
		left,
		right: width - right,
	};
}

/** The whole figure: `svg()` with a cap on its shown width, so its text does not grow huge on a wide screen. */
export function figure(f: Pick<Frame, 'width' | 'height'>, parts: string[], maxWidth = 520): string {
	return svg(f.width, f.height, parts).replace('<svg ', `<svg style="max-width: ${maxWidth}px" `);
}

/** A named group, so tests can find a part of the drawing. */
export const group = (part: string, body: string | string[]): string => `<g data-part="${part}">${Array.isArray(body) ? body.join('') : body}</g>`;

export const line = (x1: number, y1: number, x2: number, y2: number, tone: Tone = 'muted', opts: { dashed?: boolean; width?: number } = {}): string =>
	`<path d="M${r(x1)} ${r(y1)}L${r(x2)} ${r(y2)}" class="fig-${tone} fig-stroke" stroke-width="${opts.width ?? 1.5}"${opts.dashed ? ' stroke-dasharray="5 4"' : ''}/>`;

/** A rectangle in pixels, filled lightly (`opacity`) with an outline in the same tone. */
export const rect = (x: number, y: number, w: number, h: number, tone: Tone = 'accent', opacity = 0.35): string =>
	`<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" class="fig-${tone}" fill-opacity="${opacity}" stroke-width="1"/>`;

export interface Tick {
	at: number;
	label: string;
	tone?: Tone;
}

/** The baseline across the frame with a short mark and a label under each tick. */
export function xAxis(f: Frame, ticks: readonly Tick[]): string {
	const body = [line(f.left - 8, f.base, f.right + 8, f.base, 'muted')];
	for (const t of ticks) {
		const x = f.X(t.at);
		body.push(line(x, f.base, x, f.base + 5, 'muted'));
		body.push(text(r2(x), f.base + 18, t.label, { tone: t.tone ?? 'ink' }));
	}
	return group('x-axis', body);
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export interface Bar {
	/** Where the bar stands on the x axis (its centre), in data units. */
	x: number;
	/** Its height in data units. */
	y: number;
	tone?: Tone;
	/** A label above the bar (its value, as the page writes it). */
	label?: string;
}

/** Bars standing on the baseline, `width` data units wide, each with an optional label above it. */
export function bars(f: Frame, items: readonly Bar[], width: number, part = 'bars'): string {
	const body = items.map((b) => {
		const [l, rt] = [f.X(b.x - width / 2), f.X(b.x + width / 2)];
		const top = f.Y(b.y);
		const label = b.label ? text(r2((l + rt) / 2), r2(top - 11), b.label, { tone: b.tone ?? 'accent' }) : '';
		return rect(l, top, rt - l, f.base - top, b.tone ?? 'accent') + label;
	});
	return group(part, body);
}

/** The points of y = fn(x) for `samples + 1` evenly spaced x in [a, b], in pixels. */
function points(f: Frame, fn: (x: number) => number, a: number, b: number, samples: number): [number, number][] {
	return Array.from({ length: samples + 1 }, (_, i) => {
		const x = a + ((b - a) * i) / samples;
		return [f.X(x), f.Y(fn(x))] as [number, number];
	});
}

/** The curve y = fn(x) over [a, b] as one polyline (≤ 120 points keeps the markup small). */
export function curve(f: Frame, fn: (x: number) => number, a: number, b: number, opts: { samples?: number; tone?: Tone; part?: string } = {}): string {
	const { samples = 80, tone = 'ink', part = 'curve' } = opts;
	const pts = points(f, fn, a, b, Math.min(samples, 119));
	return group(part, `<polyline points="${pts.map(([x, y]) => `${r(x)},${r(y)}`).join(' ')}" class="fig-${tone} fig-stroke" stroke-width="2.25"/>`);
}

/** The area between the baseline and y = fn(x) over [a, b], filled lightly. */
export function areaUnder(f: Frame, fn: (x: number) => number, a: number, b: number, opts: { samples?: number; tone?: Tone; opacity?: number; part?: string } = {}): string {
	const { samples = 40, tone = 'accent', opacity = 0.25, part = 'area' } = opts;
	const pts = points(f, fn, a, b, Math.min(samples, 119));
	const d = `M${r(f.X(a))} ${r(f.base)}${pts.map(([x, y]) => `L${r(x)} ${r(y)}`).join('')}L${r(f.X(b))} ${r(f.base)}Z`;
	return group(part, `<path d="${d}" class="fig-${tone}" fill-opacity="${opacity}" stroke="none"/>`);
}

/** A vertical line at data x from the baseline up to data y (the top of the frame without it), with a label above. */
export function marker(f: Frame, at: number, opts: { to?: number; label?: string; tone?: Tone; dashed?: boolean; part?: string } = {}): string {
	const { tone = 'accent', dashed = true, part = 'marker' } = opts;
	const x = f.X(at);
	const top = opts.to === undefined ? f.top : f.Y(opts.to);
	return group(part, [line(x, f.base, x, top, tone, { dashed, width: 2 }), opts.label ? text(r2(x), r2(top - 12), opts.label, { tone }) : '']);
}

/**
 * A horizontal interval [from, to] at pixel height y, with end marks and a label above its middle,
 * below it (`place: 'below'`) or after its right end (`place: 'end'`, clear of lines through the middle).
 */
export function bracket(f: Frame, from: number, to: number, y: number, label: string, opts: { tone?: Tone; part?: string; place?: 'above' | 'below' | 'end' } = {}): string {
	const { tone = 'accent', part = 'interval', place = 'above' } = opts;
	const [a, b] = [f.X(from), f.X(to)];
	return group(part, [
		line(a, y, b, y, tone, { width: 2 }),
		line(a, y - 5, a, y + 5, tone, { width: 2 }),
		line(b, y - 5, b, y + 5, tone, { width: 2 }),
		place === 'end' ? text(r2(b + 8), r2(y), label, { tone, anchor: 'start' }) : text(r2((a + b) / 2), r2(place === 'below' ? y + 15 : y - 13), label, { tone }),
	]);
}

/** A filled dot at data (x, y). */
export const dot = (f: Frame, x: number, y: number, tone: Tone = 'accent'): string => `<circle cx="${r(f.X(x))}" cy="${r(f.Y(y))}" r="4" class="fig-${tone}" stroke-width="1"/>`;

/** A balance point: a small triangle under the baseline at data x, its tip touching the axis, with a label below the tick labels. */
export function fulcrum(f: Frame, at: number, label: string, opts: { tone?: Tone; part?: string } = {}): string {
	const { tone = 'accent', part = 'fulcrum' } = opts;
	const x = f.X(at);
	const tri = `<path d="M${r(x)} ${r(f.base + 1)}L${r(x - 8)} ${r(f.base + 14)}L${r(x + 8)} ${r(f.base + 14)}Z" class="fig-${tone}" stroke-width="1"/>`;
	return group(part, [tri, text(r2(x), f.base + 40, label, { tone })]);
}

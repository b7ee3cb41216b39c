/**
 * A small coordinate plane drawn as an SVG string at build time, for the linear-algebra pages:
 * arrows from the origin (vectors), polygons (a square and its image under a matrix), a grid.
 * The numbers it is given are computed by the core in the calling component; this file only draws.
 * Colours are Starlight's variables, so the picture follows the light and dark themes.
 */

import { linearScale } from '../widgets/lib/plot';

export type Point = readonly [number, number];
/** Colour roles: `a`, `b`, `c`, `d` for the objects a caption talks about, `muted` for the "before" state. */
export type Tone = 'a' | 'b' | 'c' | 'd' | 'muted';

const COLOURS: Record<Tone, string> = {
	a: 'var(--sl-color-blue-high)',
	b: 'var(--sl-color-orange-high)',
	c: 'var(--sl-color-green-high)',
	d: 'var(--sl-color-purple-high)',
	muted: 'var(--sl-color-gray-3)',
};

export interface PlaneArrow {
	to: Point;
	from?: Point;
	label?: string;
	tone: Tone;
	dashed?: boolean;
}

export interface PlanePolygon {
	points: readonly Point[];
	tone: Tone;
	dashed?: boolean;
	/** Fill the inside lightly (the image of a shape), or leave it as an outline. */
	filled?: boolean;
}

/** The visible window, in plane coordinates; whole numbers, equal width and height. */
export interface PlaneBounds {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

export interface PlaneOptions {
	bounds: PlaneBounds;
	arrows?: readonly PlaneArrow[];
	polygons?: readonly PlanePolygon[];
	/** Accessible description of the picture. */
	label: string;
}

const SIZE = 260;
const PAD = 10;

const fmt = (v: number) => String(Math.round(v * 100) / 100);

/**
 * The smallest square window with whole-number edges that shows the origin and every point with a
 * margin, spanning at least `min` units, so a picture in one quadrant does not waste three.
 */
export function boundsFor(points: readonly Point[], min = 3): PlaneBounds {
	const xs = [0, ...points.map(([x]) => x)];
	const ys = [0, ...points.map(([, y]) => y)];
	let x0 = Math.floor(Math.min(...xs) - 0.5);
	let x1 = Math.ceil(Math.max(...xs) + 0.5);
	let y0 = Math.floor(Math.min(...ys) - 0.5);
	let y1 = Math.ceil(Math.max(...ys) + 0.5);
	const span = Math.max(min, x1 - x0, y1 - y0);
	// Widen the narrower direction on both sides (the extra unit, if odd, goes to the positive side).
	const grow = (lo: number, hi: number): [number, number] => {
		const extra = span - (hi - lo);
		return [lo - Math.floor(extra / 2), hi + Math.ceil(extra / 2)];
	};
	[x0, x1] = grow(x0, x1);
	[y0, y1] = grow(y0, y1);
	return { x0, x1, y0, y1 };
}

/** The SVG markup of the plane. */
export function planeSvg({ bounds, arrows = [], polygons = [], label }: PlaneOptions): string {
	const { x0, x1, y0, y1 } = bounds;
	// Equal units on both axes: the wider side of the window fills the picture.
	const span = Math.max(x1 - x0, y1 - y0);
	const X = linearScale([x0, x0 + span], [PAD, SIZE - PAD]);
	const Y = linearScale([y1, y1 - span], [PAD, SIZE - PAD]);
	const parts: string[] = [];

	// Grid at whole numbers, axes through the origin.
	const gridLine = (k: number, vertical: boolean) => {
		const axis = k === 0;
		const style = `stroke: ${axis ? 'var(--sl-color-gray-3)' : 'var(--sl-color-gray-5)'}; stroke-width: ${axis ? 1.5 : 0.75}`;
		return vertical
			? `<line x1="${fmt(X(k))}" y1="${fmt(Y(y0))}" x2="${fmt(X(k))}" y2="${fmt(Y(y1))}" style="${style}"/>`
			: `<line x1="${fmt(X(x0))}" y1="${fmt(Y(k))}" x2="${fmt(X(x1))}" y2="${fmt(Y(k))}" style="${style}"/>`;
	};
	for (let k = x0; k <= x1; k++) parts.push(gridLine(k, true));
	for (let k = y0; k <= y1; k++) parts.push(gridLine(k, false));
	const labels: [number, number][] = [];

	for (const p of polygons) {
		const pts = p.points.map(([x, y]) => `${fmt(X(x))},${fmt(Y(y))}`).join(' ');
		const colour = COLOURS[p.tone];
		const fill = p.filled ? `fill: ${colour}; fill-opacity: 0.18` : 'fill: none';
		const dash = p.dashed ? '; stroke-dasharray: 5 4' : '';
		parts.push(`<polygon points="${pts}" style="${fill}; stroke: ${colour}; stroke-width: 1.75${dash}"/>`);
	}

	for (const a of arrows) {
		const [fx, fy] = a.from ?? [0, 0];
		const [tx, ty] = a.to;
		const x1 = X(fx), y1 = Y(fy), x2 = X(tx), y2 = Y(ty);
		const colour = COLOURS[a.tone];
		const length = Math.hypot(x2 - x1, y2 - y1);
		if (length < 1e-9) continue;
		const ux = (x2 - x1) / length, uy = (y2 - y1) / length;
		const head = Math.min(10, length * 0.45);
		// The shaft stops where the head begins, so the tip stays sharp.
		const sx = x2 - ux * head * 0.8, sy = y2 - uy * head * 0.8;
		const dash = a.dashed ? '; stroke-dasharray: 5 4' : '';
		parts.push(`<line x1="${fmt(x1)}" y1="${fmt(y1)}" x2="${fmt(sx)}" y2="${fmt(sy)}" style="stroke: ${colour}; stroke-width: 2.25${dash}"/>`);
		const bx = x2 - ux * head, by = y2 - uy * head;
		const wing = head * 0.45;
		const left = `${fmt(bx - uy * wing)},${fmt(by + ux * wing)}`;
		const right = `${fmt(bx + uy * wing)},${fmt(by - ux * wing)}`;
		parts.push(`<polygon points="${fmt(x2)},${fmt(y2)} ${left} ${right}" style="fill: ${colour}"/>`);
		if (a.label) {
			// The label sits just beyond the tip, pushed along the arrow's direction; if another label is
			// already there (two arrows ending at the same point), it moves across the arrow instead.
			let lx = x2 + ux * 12;
			let ly = y2 + uy * 12 + 4;
			for (let tries = 0; tries < 3 && labels.some(([px, py]) => Math.hypot(px - lx, py - ly) < 14); tries++) {
				lx += -uy * 15;
				ly += ux * 15;
			}
			lx = Math.min(SIZE - PAD, Math.max(PAD, lx));
			ly = Math.min(SIZE - 2, Math.max(12, ly));
			labels.push([lx, ly]);
			parts.push(
				`<text x="${fmt(lx)}" y="${fmt(ly)}" text-anchor="middle" style="fill: ${colour}; font-size: 13px; font-weight: 700; font-style: italic">${escapeXml(a.label)}</text>`,
			);
		}
	}

	return `<svg viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${escapeXml(label)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Signed area of a polygon (shoelace formula): positive when its points go counter-clockwise. */
export function signedArea(points: readonly Point[]): number {
	let sum = 0;
	for (let i = 0; i < points.length; i++) {
		const [x1, y1] = points[i]!;
		const [x2, y2] = points[(i + 1) % points.length]!;
		sum += x1 * y2 - x2 * y1;
	}
	return sum / 2;
}


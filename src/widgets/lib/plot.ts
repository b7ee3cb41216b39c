/**
 * Mapping data coordinates to an SVG view box: the small plots of the widgets and the figures the
 * example components draw at build time. Pure.
 */

import { linearScale } from './scale';

export { linearScale };

export interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** The smallest box holding every point (pairs of x, y), grown by `pad` of its size and to at least `min` wide. */
export function bounds(xs: ArrayLike<number>, ys: ArrayLike<number>, pad = 0.1, min = 1): Box {
	let x0 = Infinity,
		x1 = -Infinity,
		y0 = Infinity,
		y1 = -Infinity;
	for (let i = 0; i < xs.length; i++) {
		if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
		x0 = Math.min(x0, xs[i]);
		x1 = Math.max(x1, xs[i]);
		y0 = Math.min(y0, ys[i]);
		y1 = Math.max(y1, ys[i]);
	}
	if (x0 > x1) return { x0: -1, x1: 1, y0: -1, y1: 1 };
	const grow = (a: number, b: number): [number, number] => {
		const m = (a + b) / 2;
		const h = Math.max((b - a) / 2, min / 2) * (1 + pad);
		return [m - h, m + h];
	};
	[x0, x1] = grow(x0, x1);
	[y0, y1] = grow(y0, y1);
	return { x0, x1, y0, y1 };
}

/** The same box made square (equal scales on both axes), so shapes keep their angles. */
export function square(b: Box): Box {
	const h = Math.max(b.x1 - b.x0, b.y1 - b.y0) / 2;
	const mx = (b.x0 + b.x1) / 2;
	const my = (b.y0 + b.y1) / 2;
	return { x0: mx - h, x1: mx + h, y0: my - h, y1: my + h };
}

/** Scales into a `w`×`h` view box (y up). Values far outside are clamped so a diverging path stays drawable. */
export function scales(b: Box, w: number, h: number) {
	const clamp = (v: number) => Math.max(-10 * w, Math.min(11 * w, v));
	const x = linearScale([b.x0, b.x1], [0, w]);
	const y = linearScale([b.y0, b.y1], [h, 0]);
	return {
		x: (v: number) => clamp(x(v)),
		y: (v: number) => clamp(y(v)),
	};
}

/** An SVG `points` list. */
export function points(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: (v: number) => number, sy: (v: number) => number): string {
	let s = '';
	for (let i = 0; i < xs.length; i++)
		if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) s += `${sx(xs[i]).toFixed(1)},${sy(ys[i]).toFixed(1)} `;
	return s;
}

/**
 * The one small drawing helper behind the static figures of topic modules: SVG markup as strings,
 * computed at build time, so a figure's numbers are the page's numbers and it reads without
 * JavaScript. Colours come from classes the page's theme styles (src/components/WorkedExample.astro:
 * `fig-ink` for text and lines, `fig-accent` for what the figure points out, `fig-muted` for the
 * background structure), never from fixed colours, so one figure works in the light and dark themes.
 */

/** Text made safe for SVG content and attributes. */
export const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A number from a module's `Fmt` (TeX: `0{,}5`, `-1`) as plain text: `0,5`, `−1`. */
export const plain = (tex: string): string => tex.replace(/\{,\}/g, ',').replace(/\\,/g, '\u2009').replace(/-/g, '−');

export type Tone = 'ink' | 'accent' | 'muted';

/**
 * A whole figure. Its text alternative and caption are words, so they come from the topic's ru.ts /
 * en.ts: the renderer wraps the drawing in an element with `role="img"` and the alternative as its
 * label, and puts the caption in a `<figcaption>`.
 */
export function svg(width: number, height: number, body: string[], opts: { minWidth?: string } = {}): string {
	// A drawing whose labels would be too small on a phone keeps `minWidth` and scrolls sideways there.
	const style = opts.minWidth ? ` style="min-width: ${opts.minWidth}"` : '';
	return `<svg viewBox="0 0 ${width} ${height}" aria-hidden="true"${style} xmlns="http://www.w3.org/2000/svg">${body.join('')}</svg>`;
}

export function text(x: number, y: number, s: string, opts: { tone?: Tone; anchor?: 'start' | 'middle' | 'end'; size?: number; weight?: 'bold' } = {}): string {
	const { tone = 'ink', anchor = 'middle', size = 15, weight } = opts;
	return `<text x="${x}" y="${y}" class="fig-${tone}" text-anchor="${anchor}" font-size="${size}"${weight ? ` font-weight="${weight}"` : ''} dominant-baseline="middle">${esc(s)}</text>`;
}

export function circle(cx: number, cy: number, r: number, tone: Tone = 'ink'): string {
	return `<circle cx="${cx}" cy="${cy}" r="${r}" class="fig-${tone} fig-stroke" fill="none" stroke-width="1.5"/>`;
}

/** A line from (x1, y1) to (x2, y2), shortened by `gap` at both ends (to stop at a node's rim), with an arrowhead at the end. */
export function arrow(x1: number, y1: number, x2: number, y2: number, opts: { gap?: number; tone?: Tone } = {}): string {
	const { gap = 0, tone = 'muted' } = opts;
	const len = Math.hypot(x2 - x1, y2 - y1);
	const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
	const [ax, ay, bx, by] = [x1 + ux * gap, y1 + uy * gap, x2 - ux * gap, y2 - uy * gap];
	// The head: two short strokes back from the tip, 25° either side of the line.
	const head = [25, -25].map((deg) => {
		const a = (deg * Math.PI) / 180;
		const [hx, hy] = [-(ux * Math.cos(a) - uy * Math.sin(a)) * 9, -(uy * Math.cos(a) + ux * Math.sin(a)) * 9];
		return `M${r(bx)} ${r(by)}l${r(hx)} ${r(hy)}`;
	});
	return `<path d="M${r(ax)} ${r(ay)}L${r(bx)} ${r(by)}${head.join('')}" class="fig-${tone} fig-stroke" fill="none" stroke-width="1.5"/>`;
}

/** Coordinates to two decimals, so the markup stays small. */
const r = (v: number) => String(Math.round(v * 100) / 100);

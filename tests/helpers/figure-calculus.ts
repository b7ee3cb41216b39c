/**
 * Reads a calculus figure (src/figures/chart.ts) back from its SVG markup, so a topic's test can compare
 * what is drawn with its own recomputation: elements with their attributes, the value scales recovered
 * from the drawn tick labels (never from the code that drew them), and marked elements (`data-role`)
 * converted back to values.
 */
import type { Block } from '../../src/topics/types';

export interface Element {
	tag: string;
	attrs: Record<string, string>;
	/** The text inside a <text>; '' for other elements. */
	content: string;
}

/** Every element of a drawing (or of one part of it) in document order. */
export function elements(svg: string): Element[] {
	const out: Element[] = [];
	for (const m of svg.matchAll(/<(\w+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/>|>([^<]*)<\/\1>|>)/g)) {
		const attrs = Object.fromEntries([...m[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
		out.push({ tag: m[1]!, attrs, content: (m[4] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') });
	}
	return out.filter((e) => e.tag !== 'svg' && e.tag !== 'g');
}

/** The parts of a stacked drawing (chart.ts `stack`), each as markup of its own. */
export const parts = (svg: string): string[] => svg.split('<g ').slice(1);

export const num = (e: Element, name: string): number => {
	const v = Number(e.attrs[name]);
	if (!Number.isFinite(v)) throw new Error(`<${e.tag}> has no number in "${name}": ${JSON.stringify(e.attrs)}`);
	return v;
};

/** A number as a tick label writes it: `−1,5` or `-1.5`. */
export const readNumber = (s: string): number => Number(s.replace(/−/g, '-').replace(',', '.').replace(/\s/g, ''));

/**
 * The value scales of a plot, from its tick labels: every x tick's position against its number, and
 * the same for y; fails unless at least two ticks agree on one straight line.
 */
export function scalesOf(svg: string): { x: (px: number) => number; y: (py: number) => number } {
	const fit = (axis: 'x' | 'y') => {
		const ticks = elements(svg)
			.filter((e) => e.attrs['data-tick'] === axis)
			.map((e) => [num(e, axis), readNumber(e.content)] as const);
		if (ticks.length < 2) throw new Error(`the figure has ${ticks.length} ${axis} tick labels; need two to read its scale`);
		const [[p0, v0], [p1, v1]] = [ticks[0]!, ticks[ticks.length - 1]!];
		const map = (p: number) => v0 + ((p - p0) / (p1 - p0)) * (v1 - v0);
		for (const [p, v] of ticks) if (Math.abs(map(p) - v) > 0.02 * Math.abs(v1 - v0)) throw new Error(`the ${axis} tick "${v}" is off the scale of the others`);
		return map;
	};
	return { x: fit('x'), y: fit('y') };
}

/** The elements with `data-role="role"`. */
export const byRole = (svg: string, role: string): Element[] => elements(svg).filter((e) => e.attrs['data-role'] === role);

/** A line's end points in values, through the figure's own tick scales. */
export function lineInValues(svg: string, e: Element): [[number, number], [number, number]] {
	const s = scalesOf(svg);
	return [
		[s.x(num(e, 'x1')), s.y(num(e, 'y1'))],
		[s.x(num(e, 'x2')), s.y(num(e, 'y2'))],
	];
}

/** A drawn line's slope in values. */
export function slopeOf(svg: string, e: Element): number {
	const [[x1, y1], [x2, y2]] = lineInValues(svg, e);
	return (y2 - y1) / (x2 - x1);
}

/** A circle's centre in values. */
export function centreOf(svg: string, e: Element): [number, number] {
	const s = scalesOf(svg);
	return [s.x(num(e, 'cx')), s.y(num(e, 'cy'))];
}

/** The points of a polyline in drawing units. */
export const pointsOf = (e: Element): [number, number][] => e.attrs.points!.trim().split(/\s+/).map((p) => p.split(',').map(Number) as [number, number]);

/** The texts of a drawing. */
export const texts = (svg: string): string[] => elements(svg).filter((e) => e.tag === 'text').map((e) => e.content);

/** The figure blocks of a worked example's blocks. */
export const figures = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { svg: string }> => 'svg' in b);

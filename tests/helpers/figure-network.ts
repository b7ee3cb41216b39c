/**
 * Reads a neural-network figure (src/figures/network.ts) back from its SVG markup, so a topic's test
 * can compare what is drawn with its own recomputation: elements by tag with their attributes, texts
 * with their positions, polylines as points, and the drawing's value scale from two labelled ticks.
 */
import type { Block } from '../../src/topics/types';

export interface Element {
	tag: string;
	attrs: Record<string, string>;
	/** The text inside a <text>, unescaped; '' for other elements. */
	content: string;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Every element of the drawing in document order. */
export function elements(svg: string): Element[] {
	const out: Element[] = [];
	for (const m of svg.matchAll(/<(\w+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/>|>([^<]*)<\/\1>|>)/g)) {
		const attrs = Object.fromEntries([...m[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
		out.push({ tag: m[1]!, attrs, content: unescape(m[4] ?? '') });
	}
	return out.filter((e) => e.tag !== 'svg');
}

export const num = (e: Element, name: string): number => {
	const v = Number(e.attrs[name]);
	if (!Number.isFinite(v)) throw new Error(`<${e.tag}> has no number in "${name}": ${JSON.stringify(e.attrs)}`);
	return v;
};

/** The texts of a drawing, as the reader sees them. */
export const texts = (svg: string) => elements(svg).filter((e) => e.tag === 'text');

/** The text element whose content is exactly `s` (and, to tell an x tick from a y tick, whose anchor is `anchor`). */
export function textAt(svg: string, s: string, anchor?: 'start' | 'middle' | 'end'): { x: number; y: number } {
	const t = texts(svg).find((e) => e.content === s && (!anchor || e.attrs['text-anchor'] === anchor));
	if (!t) throw new Error(`the figure has no text "${s}"; it has: ${texts(svg).map((e) => e.content).join(' | ')}`);
	return { x: num(t, 'x'), y: num(t, 'y') };
}

/** The points of a polyline. */
export const points = (e: Element): [number, number][] => e.attrs.points!.trim().split(/\s+/).map((p) => p.split(',').map(Number) as [number, number]);

/** The filled cells that carry a value (`data-v`), with their boxes. */
export const cells = (svg: string) =>
	elements(svg)
		.filter((e) => e.tag === 'rect' && e.attrs['data-v'] !== undefined)
		.map((e) => ({ v: Number(e.attrs['data-v']), x: num(e, 'x'), y: num(e, 'y'), w: num(e, 'width'), h: num(e, 'height'), opacity: num(e, 'fill-opacity'), tone: e.attrs.class }));

/** The figure blocks of a worked example's blocks. */
export const figures = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { svg: string }> => 'svg' in b);

/** A linear map back from drawing units to values, from two drawn positions whose values are known. */
export const inverse = (p0: number, v0: number, p1: number, v1: number) => (p: number) => v0 + ((p - p0) / (p1 - p0)) * (v1 - v0);

/**
 * The value scales of a plot drawn by `axes` (src/figures/network.ts), read from its tick labels: two
 * x ticks (centred under the axis) and two y ticks (right-aligned beside it).
 */
export function plotScales(svg: string, [xa, xb]: [number, number], [ya, yb]: [number, number], label: (v: number) => string = String) {
	const [a, b] = [textAt(svg, label(xa), 'middle'), textAt(svg, label(xb), 'middle')];
	const [c, d] = [textAt(svg, label(ya), 'end'), textAt(svg, label(yb), 'end')];
	return { X: inverse(a.x, xa, b.x, xb), Y: inverse(c.y, ya, d.y, yb) };
}

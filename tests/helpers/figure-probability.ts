/**
 * Reads the probability pages' figures (src/figures/distribution.ts) back: the parts by their
 * `data-part`, the elements inside with their attributes and text, numbers as the page writes them,
 * and the x axis's scale recovered from its tick labels, so a test can check what is drawn against
 * an independent recomputation instead of trusting the module's own numbers.
 */
import { fmtFor } from '../../src/practice/render';

export interface El {
	tag: string;
	attrs: Record<string, string>;
	text: string;
}

/** The markup inside every `<g data-part="name">` (parts do not nest), in drawing order. */
export function parts(svg: string, name: string): string[] {
	return [...svg.matchAll(new RegExp(`<g data-part="${name}">(.*?)</g>`, 'g'))].map((m) => m[1]!);
}

export function part(svg: string, name: string): string {
	const found = parts(svg, name);
	if (found.length !== 1) throw new Error(`expected one part "${name}" in the figure, found ${found.length}`);
	return found[0]!;
}

/** The elements of a flat piece of markup: `<tag …/>` or `<tag …>text</tag>`. */
export function elements(markup: string, tag?: string): El[] {
	const out: El[] = [];
	for (const m of markup.matchAll(/<(\w+)((?:\s+[\w-]+="[^"]*")*)\s*(?:\/>|>([^<]*)<\/\1>)/g)) {
		const attrs = Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
		if (!tag || m[1] === tag) out.push({ tag: m[1]!, attrs, text: m[3] ?? '' });
	}
	return out;
}

/** A number as a figure writes it: `−0,4` (ru), `0.4`, `68,3 %`. */
export const num = (label: string): number => Number(label.replace(/−/g, '-').replace(/,/g, '.').replace(/[^\d.eE+-]/g, ''));

/** The pixel x of a data value, fitted through the first and last tick labels of the x axis. */
export function axisScale(svg: string): (v: number) => number {
	const ticks = elements(part(svg, 'x-axis'), 'text').map((t) => ({ v: num(t.text), x: Number(t.attrs.x) }));
	const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
	return (v) => a.x + ((v - a.v) / (b.v - a.v)) * (b.x - a.x);
}

/** The points of a polyline's `points` or of a path's `d` (M/L commands only). */
export function pointsOf(el: El): [number, number][] {
	const raw = el.attrs.points ?? el.attrs.d ?? '';
	return [...raw.matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

type Examples = Record<string, { inputs: unknown; blocks(inputs: any, fmt: ReturnType<typeof fmtFor>): unknown[] }> | undefined;
export interface FigureBlock {
	svg: string;
	caption: { say: string; with: Record<string, string> };
	alt: { say: string; with: Record<string, string> };
}

/** A topic example's figure block, in Russian (numbers with a decimal comma and a true minus). */
export function figureOf(examples: Examples, name: string): FigureBlock {
	const ex = examples?.[name];
	if (!ex) throw new Error(`no example "${name}"`);
	const block = ex.blocks(ex.inputs, fmtFor('ru')).find((b) => typeof b === 'object' && b !== null && 'svg' in b);
	if (!block) throw new Error(`the example "${name}" has no figure`);
	return block as FigureBlock;
}

/** Pixel y of the x axis's baseline. */
export const baseOf = (svg: string): number => pointsOf(elements(part(svg, 'x-axis'), 'path')[0]!)[0]![1];

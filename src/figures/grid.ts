/**
 * Figures made of cells and bars, for the linear-algebra and foundations pages: a matrix as a grid of
 * numbers with cells, rows or columns pointed out (a product's row · column, a transpose's mirrored
 * entry, a broadcast row's copies), and a sum drawn as a waterfall of bars. Pure functions returning
 * SVG strings built from src/figures/svg.ts; the numbers are the calling module's, formatted by it.
 * Colours only through the theme classes (fig-ink, fig-accent, fig-muted).
 */
import { esc, plain, svg, text, type Tone } from './svg';
import type { Fmt } from '../practice/types';

/** Numbers as plain text for a figure's text alternative: `1, 2`, or `0,5; 1` where the comma is the decimal mark. */
export const plainList = (v: readonly number[], fmt: Fmt): string => v.map((t) => plain(fmt(t))).join(fmt(0.5).includes('{,}') ? '; ' : ', ');

/** Coordinates to two decimals, so the markup stays small. */
const n = (v: number) => Math.round(v * 100) / 100;
const r = (v: number) => String(n(v));

/** The side of a cell: room for a number like `−0,5` at the default text size. */
export const CELL = 44;

export interface GridSpec {
	/** The top-left corner in the figure's coordinates. */
	x: number;
	y: number;
	/** The cells' labels, row by row (numbers already formatted by the page's `plain`). */
	cells: readonly (readonly string[])[];
	/** How a cell is pointed out: `accent` for what the caption talks about, `muted` for a quieter mark. */
	mark?: (i: number, j: number) => Tone | undefined;
	/** Cells that are only pretended (a broadcast row's copies): dashed frames and muted numbers. */
	ghost?: (i: number, j: number) => boolean;
	size?: number;
}

/**
 * A grid of numbers. Every cell is a square frame with its number in the middle; a marked cell gets a
 * light fill of its tone under a thicker frame, so a marked row or column reads as one band.
 */
export function grid({ x, y, cells, mark = () => undefined, ghost = () => false, size = CELL }: GridSpec): string {
	const fills: string[] = [];
	const frames: string[] = [];
	const marked: string[] = [];
	const labels: string[] = [];
	cells.forEach((row, i) =>
		row.forEach((label, j) => {
			const [cx, cy] = [x + j * size, y + i * size];
			const tone = mark(i, j);
			const dashed = ghost(i, j);
			const rect = (cls: string, extra: string) => `<rect x="${r(cx)}" y="${r(cy)}" width="${size}" height="${size}" class="${cls}"${extra}/>`;
			if (tone) fills.push(rect(`fig-${tone}`, ' style="stroke: none; fill-opacity: 0.16"'));
			// Marked frames go last, so their thicker stroke is not covered by a neighbour's thin one.
			(tone ? marked : frames).push(rect(`fig-${tone ?? 'muted'} fig-stroke`, `${tone ? ' stroke-width="2.5"' : ''}${dashed ? ' stroke-dasharray="4 3"' : ''}`));
			// Only the position, tone and weight per label: the rest is said once by the group around them.
			const textTone = tone === 'accent' ? 'accent' : dashed ? 'muted' : 'ink';
			labels.push(`<text x="${r(cx + size / 2)}" y="${r(cy + size / 2)}" class="fig-${textTone}"${tone === 'accent' ? ' font-weight="bold"' : ''}>${esc(label)}</text>`);
		}),
	);
	return [...fills, ...frames, ...marked, `<g text-anchor="middle" font-size="15" dominant-baseline="middle">${labels.join('')}</g>`].join('');
}

/** The width and height of a grid of `rows` × `cols` cells. */
export const gridSize = (rows: number, cols: number, size = CELL): [number, number] => [cols * size, rows * size];

export interface WaterfallSpec {
	/** The terms of the sum, in order. */
	values: readonly number[];
	/** A name under each term's bar (`w₁x₁`, `b`) and under the total's. */
	names: readonly string[];
	total: string;
	/** Each term's value and the total's as the page writes them. */
	valueLabels: readonly string[];
	totalLabel: string;
}

/**
 * A sum as a waterfall: each term is a bar that starts where the running sum stands and ends where the
 * term brings it (up for a positive term, down for a negative one), dotted lines carry the running
 * sum to the next bar, and the last bar, from zero, is the total.
 */
export function waterfall({ values, names, total, valueLabels, totalLabel }: WaterfallSpec): string {
	const running = values.reduce<number[]>((acc, v) => [...acc, acc.at(-1)! + v], [0]);
	const sum = running.at(-1)!;
	const lo = Math.min(0, ...running);
	const hi = Math.max(0, ...running);
	const [width, plotTop, plotBottom] = [64 * (values.length + 1) + 24, 30, 190];
	const unit = (plotBottom - plotTop) / (hi - lo || 1);
	const Y = (v: number) => plotBottom - (v - lo) * unit;
	const body: string[] = [];
	const bar = (i: number, from: number, to: number, tone: Tone, name: string, value: string) => {
		const x = 24 + i * 64;
		const [top, bottom] = [Math.min(Y(from), Y(to)), Math.max(Y(from), Y(to))];
		body.push(`<rect x="${r(x + 8)}" y="${r(top)}" width="40" height="${r(bottom - top)}" class="fig-${tone}" data-bar="${i}" style="fill-opacity: 0.3; stroke-width: 1.5"/>`);
		// The value sits beyond the bar's moving end: above a rise, below a fall.
		body.push(text(x + 28, n(to >= from ? top - 11 : bottom + 11), value, { tone, size: 14, weight: tone === 'accent' ? 'bold' : undefined }));
		body.push(text(x + 28, 222, name, { tone, size: 15 }));
	};
	// The zero line across the whole plot.
	body.push(`<path d="M16 ${r(Y(0))}H${width - 8}" class="fig-muted fig-stroke" stroke-width="1"/>`);
	values.forEach((v, i) => {
		bar(i, running[i]!, running[i + 1]!, 'ink', names[i]!, valueLabels[i]!);
		const x = 24 + i * 64;
		body.push(`<path d="M${x + 48} ${r(Y(running[i + 1]!))}H${x + 72}" class="fig-muted fig-stroke" stroke-width="1" stroke-dasharray="2 3"/>`);
	});
	bar(values.length, 0, sum, 'accent', total, totalLabel);
	return svg(width, 240, body);
}

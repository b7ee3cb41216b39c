/**
 * Reading the linear-algebra and foundations figures back from their SVG markup, by geometry, so a
 * test can compare what is drawn with an independent recomputation: the grids of numbers
 * (src/figures/grid.ts) as matrices of labels with their marks, the bars of a waterfall, and the
 * shapes and arrow tips of a coordinate plane (src/figures/plane.ts) in plane coordinates.
 */

const attrs = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const num = (s: string | undefined) => Number(s);

export interface ReadCell {
	label: string;
	/** The tone of a marked cell (`accent`, `muted`), undefined for a plain one. */
	mark?: string;
	/** A dashed frame: a cell that is only pretended. */
	ghost: boolean;
}

export interface ReadGrid {
	x: number;
	y: number;
	cells: ReadCell[][];
}

/** The label texts of a figure, with their positions and tones. */
export function texts(svg: string): { x: number; y: number; tone: string; label: string }[] {
	return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => {
		const a = attrs(m[1]!);
		return { x: num(a.x), y: num(a.y), tone: (a.class ?? '').replace('fig-', ''), label: m[2]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') };
	});
}

/**
 * The grids of cells: every stroked square frame is a cell, the text at its centre its label; cells
 * that touch form one grid. Grids come left to right, then top to bottom; rows and columns by position.
 */
export function readGrids(svg: string): ReadGrid[] {
	const frames = [...svg.matchAll(/<rect([^>]*)\/>/g)]
		.map((m) => attrs(m[1]!))
		.filter((a) => (a.class ?? '').includes('fig-stroke') && a.width === a.height)
		.map((a) => ({ x: num(a.x), y: num(a.y), size: num(a.width), thick: num(a['stroke-width']) > 1, tone: a.class!.split(' ')[0]!.replace('fig-', ''), ghost: 'stroke-dasharray' in a }));
	const labels = texts(svg);
	// Connected components of cells whose frames share an edge.
	const group = frames.map((_, i) => i);
	const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
	frames.forEach((a, i) =>
		frames.forEach((b, j) => {
			const dx = Math.abs(a.x - b.x);
			const dy = Math.abs(a.y - b.y);
			if ((Math.abs(dx - a.size) < 0.5 && dy < 0.5) || (Math.abs(dy - a.size) < 0.5 && dx < 0.5)) group[find(i)] = find(j);
		}),
	);
	const grids = new Map<number, typeof frames>();
	frames.forEach((f, i) => grids.set(find(i), [...(grids.get(find(i)) ?? []), f]));
	return [...grids.values()]
		.map((fs) => {
			const x = Math.min(...fs.map((f) => f.x));
			const y = Math.min(...fs.map((f) => f.y));
			const size = fs[0]!.size;
			const cells: ReadCell[][] = [];
			for (const f of fs) {
				const [i, j] = [Math.round((f.y - y) / size), Math.round((f.x - x) / size)];
				const label = labels.find((t) => Math.abs(t.x - (f.x + size / 2)) < 0.5 && Math.abs(t.y - (f.y + size / 2)) < 0.5)?.label ?? '';
				(cells[i] ??= [])[j] = { label, mark: f.thick ? f.tone : undefined, ghost: f.ghost };
			}
			return { x, y, cells };
		})
		.sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The labels of a grid as numbers (a true minus and a decimal comma read back). */
export const values = (g: ReadGrid): number[][] => g.cells.map((row) => row.map((c) => Number(c.label.replace('−', '-').replace(',', '.'))));

/** The positions [i, j] of a grid's cells marked with `tone`. */
export const marked = (g: ReadGrid, tone = 'accent'): [number, number][] =>
	g.cells.flatMap((row, i) => row.flatMap((c, j) => (c.mark === tone ? [[i, j] as [number, number]] : [])));

/** The bars of a waterfall in order: their top and bottom in the figure's coordinates. */
export function readBars(svg: string): { top: number; bottom: number }[] {
	return [...svg.matchAll(/<rect([^>]*data-bar[^>]*)\/>/g)]
		.map((m) => attrs(m[1]!))
		.sort((a, b) => num(a['data-bar']) - num(b['data-bar']))
		.map((a) => ({ top: num(a.y), bottom: num(a.y) + num(a.height) }));
}

/** The zero line of a waterfall (its first horizontal path). */
export const zeroLine = (svg: string): number => num(/<path d="M[\d.]+ ([\d.]+)H/.exec(svg)?.[1]);

/**
 * A coordinate plane read back: the origin and the unit from its grid lines (the axes are the thicker
 * ones), then every polygon and every arrow tip (the first point of an arrowhead) in plane coordinates.
 */
export function readPlane(svg: string): { polygons: { points: [number, number][]; style: string }[]; tips: [number, number][] } {
	const lines = [...svg.matchAll(/<line([^>]*)\/>/g)].map((m) => attrs(m[1]!)).filter((a) => /stroke-width: (0\.75|1\.5)\b/.test(a.style ?? ''));
	const vertical = lines.filter((a) => a.x1 === a.x2);
	const axisX = num(vertical.find((a) => a.style!.includes('1.5'))!.x1);
	const axisY = num(lines.find((a) => a.y1 === a.y2 && a.style!.includes('1.5'))!.y1);
	const xs = [...new Set(vertical.map((a) => num(a.x1)))].sort((a, b) => a - b);
	const unit = xs[1]! - xs[0]!;
	const toPlane = (p: string): [number, number] => {
		const [px, py] = p.split(',').map(Number) as [number, number];
		return [(px - axisX) / unit, (axisY - py) / unit];
	};
	const polygons = [...svg.matchAll(/<polygon points="([^"]*)" style="([^"]*)"\/>/g)].map((m) => ({ points: m[1]!.split(' ').map(toPlane), style: m[2]! }));
	return {
		// Arrowheads are filled triangles without a stroke; the shapes have a stroke.
		polygons: polygons.filter((p) => p.style.includes('stroke:')),
		tips: polygons.filter((p) => !p.style.includes('stroke:')).map((p) => p.points[0]!),
	};
}

/** The one figure block among a worked example's blocks. */
export function figureOf(blocks: readonly object[]): { svg: string; caption: { say: string; with?: Record<string, string> }; alt?: { say: string; with?: Record<string, string> } } {
	const figures = blocks.filter((b) => 'svg' in b);
	if (figures.length !== 1) throw new Error(`expected one figure among the blocks, found ${figures.length}`);
	return figures[0] as ReturnType<typeof figureOf>;
}

/** A matrix product by the schoolbook triple loop, independent of the core. */
export const handProduct = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] =>
	a.map((row) => b[0]!.map((_, j) => row.reduce((s, t, k) => s + t * b[k]![j]!, 0)));

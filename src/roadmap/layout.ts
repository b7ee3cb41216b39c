import type { TopicGraph } from '../graph/build-graph';
import { levels } from '../graph/plan';
import { AREAS, type Area } from '../schemas/areas';
import { ADVANCE, MAX_ADVANCE } from './font-metrics';

/**
 * Lays the topic graph out at build time for a page of a given width, top to bottom like the maps
 * of roadmap.sh: one row per step of the dependency order (a topic is always below everything it
 * needs), the topics of one area side by side in every row and in the same area order in all rows,
 * and each label wrapped into as few lines as the row's width allows, measured with a font-metric
 * table (./font-metrics.ts) rather than a guessed number of characters. The result is plain
 * coordinates for one inline SVG; nothing of this code reaches the browser.
 */

export interface NodeBox {
	id: string;
	area: Area;
	/** The row, 0 at the top; never above the row of a prerequisite. */
	row: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label split into lines that fit the box. */
	lines: string[];
}

export interface EdgePath {
	/** The prerequisite. */
	from: string;
	/** The topic that needs it. */
	to: string;
	/** Polyline points, start (on the bottom side of `from`) to end (on the top side of `to`). */
	points: { x: number; y: number }[];
}

/** A tinted box behind the topics of one area in one row, so the areas read as groups. */
export interface AreaGroup {
	area: Area;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface RoadmapLayout {
	width: number;
	height: number;
	/** The label font size in CSS pixels at the layout's natural size (the page's body size). */
	fontSize: number;
	lineHeight: number;
	/** The areas left to right in every row. */
	areaOrder: Area[];
	nodes: NodeBox[];
	edges: EdgePath[];
	groups: AreaGroup[];
}

export interface LayoutOptions {
	/** The width to fill, in CSS pixels. */
	width: number;
	/** Label font size in CSS pixels; 16 is Starlight's body size. */
	fontSize?: number;
	/** The areas left to right (default: AREAS' order); `layoutRoadmap` tries them all and keeps the shortest edges. */
	areaOrder?: readonly Area[];
}

const LINE_HEIGHT = 1.2;
const PAD_X = 8;
const PAD_Y = 4;
/** Horizontal space between two topics of one area, and between two areas (room for edges to pass). */
const GAP = 10;
const AREA_GAP = 22;
/** Vertical space between rows, where edges run. */
const ROW_GAP = 16;
/** How far a group box reaches around its topics. */
const GROUP_PAD = 4;
/** The widest a topic's box may be before its label takes another line. */
const MAX_BOX = 200;

/** The width of `text` in CSS pixels at `fontSize`, from the metric table (unknown characters count as the widest). */
export function textWidth(text: string, fontSize: number): number {
	let sum = 0;
	for (const ch of text) sum += ADVANCE[ch] ?? MAX_ADVANCE;
	return (sum * fontSize) / 1000;
}

/** The map's label for a title: the title without a trailing parenthetical («Интегралы (и почему…)» → «Интегралы»). */
export function mapLabel(title: string): string {
	return title.replace(/\s+\([^)]*\)\s*$/, "").trim() || title;
}

/**
 * Splits `text` into exactly as many lines as needed (at most `maxLines`) breaking between words so
 * the widest line is as narrow as possible. Returns the lines and that width.
 */
export function wrapLabel(text: string, maxLines: number, fontSize: number): { lines: string[]; width: number } {
	const words = text.split(/\s+/).filter(Boolean);
	let best = { lines: [text], width: textWidth(text, fontSize) };
	const n = Math.min(maxLines, words.length);
	// Try every way to cut the words into up to n lines (labels have few words, so this is small).
	const cut = (start: number, left: number, acc: string[]) => {
		if (left === 1) {
			const lines = [...acc, words.slice(start).join(' ')];
			const width = Math.max(...lines.map((l) => textWidth(l, fontSize)));
			if (width < best.width - 0.01) best = { lines, width };
			return;
		}
		for (let end = start + 1; end <= words.length - left + 1; end++) cut(end, left - 1, [...acc, words.slice(start, end).join(' ')]);
	};
	for (let k = 2; k <= n; k++) cut(0, k, []);
	return best;
}

/**
 * Which rows the topics go in. Each starts at its level (one below its deepest prerequisite); where a
 * row is too wide for the page, topics that nothing below needs yet move down, within the rows their
 * dependents leave free, the one with the most room to spare first.
 */
function assignRows(graph: TopicGraph, fits: (ids: string[]) => boolean): Record<string, number> {
	const row = { ...levels(graph) };
	const last = Math.max(0, ...Object.values(row));
	const latest = (id: string) => Math.min(last + 1, ...graph.dependents[id]!.map((d) => row[d]!)) - 1;
	for (let r = 0; r <= last; r++) {
		for (;;) {
			const here = graph.order.filter((id) => row[id] === r);
			if (fits(here)) break;
			const movable = here.filter((id) => latest(id) > r).sort((a, b) => latest(b) - latest(a) || graph.order.indexOf(b) - graph.order.indexOf(a));
			if (movable.length === 0) break;
			row[movable[0]!] = r + 1;
		}
	}
	return row;
}

/** Places boxes of the given widths in order along [0, width], each as close to its wish as the order and gaps allow. */
function pack(widths: number[], wishes: number[], gaps: number[], width: number): number[] {
	// Pool adjacent violators: blocks of touching boxes sit at the mean of their members' wishes.
	type Block = { first: number; last: number; x: number };
	const offsets: number[] = [];
	let run = 0;
	for (let i = 0; i < widths.length; i++) {
		offsets.push(run);
		run += widths[i]! + (gaps[i] ?? 0);
	}
	const blocks: Block[] = [];
	for (let i = 0; i < widths.length; i++) {
		blocks.push({ first: i, last: i, x: wishes[i]! - offsets[i]! });
		for (;;) {
			const b = blocks[blocks.length - 1]!;
			const a = blocks[blocks.length - 2];
			if (!a || a.x <= b.x) break;
			const count = (blk: Block) => blk.last - blk.first + 1;
			const merged = { first: a.first, last: b.last, x: (a.x * count(a) + b.x * count(b)) / (count(a) + count(b)) };
			blocks.splice(-2, 2, merged);
		}
	}
	const total = run - (gaps[widths.length - 1] ?? 0);
	const xs: number[] = [];
	for (const b of blocks) for (let i = b.first; i <= b.last; i++) xs.push(b.x + offsets[i]!);
	// Keep the row inside the page: shift it all in if it sticks out (it always fits: rows were sized so).
	const shift = Math.min(0, width - (xs[xs.length - 1]! + widths[widths.length - 1]!)) || Math.max(0, -xs[0]!);
	const shifted = xs.map((x) => x + shift);
	// A shift may push the other end out; then spread the row evenly from the left.
	if (shifted[0]! < 0 || shifted[shifted.length - 1]! + widths[widths.length - 1]! > width + 0.5) return offsets.map((o) => o + Math.max(0, (width - total) / 2));
	// And no two boxes closer than their gap (a pooled block can still overlap its neighbour after the shift).
	for (let i = 1; i < shifted.length; i++) shifted[i] = Math.max(shifted[i]!, shifted[i - 1]! + widths[i - 1]! + gaps[i - 1]!);
	return shifted;
}

/** The total length of a layout's edges: what the choice of area order minimises. */
export function edgeLength(layout: RoadmapLayout): number {
	return layout.edges.reduce((sum, e) => sum + e.points.slice(1).reduce((s, p, i) => s + Math.hypot(p.x - e.points[i]!.x, p.y - e.points[i]!.y), 0), 0);
}

/** All orders of a list. */
function permutations<T>(items: readonly T[]): T[][] {
	if (items.length <= 1) return [[...items]];
	return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * The layout with the area order whose edges are shortest (ties: the earlier order in AREAS' terms).
 * The first area (foundations, which everything builds on) stays first; the others are all tried.
 */
export function layoutRoadmap(graph: TopicGraph, titles: Record<string, string>, options: LayoutOptions): RoadmapLayout {
	if (options.areaOrder) return layoutWithOrder(graph, titles, options);
	let best: RoadmapLayout | undefined;
	let bestLength = Infinity;
	for (const rest of permutations(AREAS.slice(1))) {
		const layout = layoutWithOrder(graph, titles, { ...options, areaOrder: [AREAS[0], ...rest] });
		const length = edgeLength(layout);
		if (length < bestLength - 0.5) (best = layout), (bestLength = length);
	}
	return best!;
}

function layoutWithOrder(graph: TopicGraph, titles: Record<string, string>, options: LayoutOptions): RoadmapLayout {
	const W = options.width;
	const fontSize = options.fontSize ?? 16;
	const lineHeight = Math.round(fontSize * LINE_HEIGHT);
	const area = (id: string) => graph.topics[id]!.area;
	const label = (id: string) => mapLabel(titles[id] ?? id);
	const wraps = new Map<string, { lines: string[]; width: number }[]>();
	const wrapOf = (id: string, lines: number) => {
		if (!wraps.has(id)) wraps.set(id, Array.from({ length: label(id).split(/\s+/).length }, (_, k) => wrapLabel(label(id), k + 1, fontSize)));
		return wraps.get(id)![lines - 1]!;
	};
	const gapAfter = (ids: string[]) => ids.map((id, i) => (i === ids.length - 1 ? 0 : area(ids[i + 1]!) === area(id) ? GAP : AREA_GAP));
	const boxWidth = (id: string, lines: number) => Math.ceil(wrapOf(id, lines).width + 2 * PAD_X);
	const order = options.areaOrder ?? AREAS;
	const rank = (a: Area) => order.indexOf(a);
	const byArea = (ids: string[]) => [...ids].sort((a, b) => rank(area(a)) - rank(area(b)));
	/**
	 * Lines per label: one if it keeps the box within MAX_BOX, else two (so rows stay narrow enough to
	 * leave gaps for the edges, and low enough for the whole map to fit a laptop screen).
	 */
	const lineCount = new Map<string, number>();
	for (const id of graph.order) {
		let k = 1;
		while (k < 2 && wrapOf(id, k).width + 2 * PAD_X > MAX_BOX) k++;
		lineCount.set(id, k);
	}
	const rowWidth = (ids: string[]) => {
		const ordered = byArea(ids);
		const gaps = gapAfter(ordered);
		return ordered.reduce((s, id, i) => s + boxWidth(id, lineCount.get(id)!) + gaps[i]!, 0);
	};
	// A row fits when it leaves a tenth of the width free for edges to pass between the topics.
	const rowOf = assignRows(graph, (ids) => rowWidth(ids) <= W * 0.9);
	const rows = Math.max(0, ...Object.values(rowOf)) + 1;
	const members: string[][] = Array.from({ length: rows }, (_, r) => byArea(graph.order.filter((id) => rowOf[id] === r)));
	// A row that is still too wide (nothing in it could move down) wraps its widest labels further.
	for (const ids of members) {
		while (rowWidth(ids) > W) {
			const widest = ids.filter((id) => lineCount.get(id)! < label(id).split(/\s+/).length).sort((a, b) => boxWidth(b, lineCount.get(b)!) - boxWidth(a, lineCount.get(a)!))[0];
			if (!widest) break;
			lineCount.set(widest, lineCount.get(widest)! + 1);
		}
	}
	const widthOf = (id: string) => boxWidth(id, lineCount.get(id)!);

	// Order within rows and positions: sweeps down then up, each topic pulled towards the topics it
	// connects to (its area's order within the row is fixed, so areas stay contiguous).
	const x = new Map<string, number>();
	const centre = (id: string) => x.get(id)! + widthOf(id) / 2;
	for (const ids of members) {
		const xs = pack(ids.map(widthOf), ids.map(() => W / 2), gapAfter(ids), W);
		ids.forEach((id, i) => x.set(id, xs[i]!));
	}
	const prereqs = (id: string) => graph.topics[id]!.data.prerequisites.map((p) => p.topic);
	const place = (r: number, neighbours: (id: string) => string[]) => {
		const ids = members[r]!;
		const wish = (id: string) => {
			const near = neighbours(id);
			return near.length ? near.reduce((s, n) => s + centre(n), 0) / near.length : centre(id);
		};
		// Reorder within each area by wish, then place.
		const sorted = [...ids].sort((a, b) => rank(area(a)) - rank(area(b)) || wish(a) - wish(b) || ids.indexOf(a) - ids.indexOf(b));
		const xs = pack(
			sorted.map(widthOf),
			sorted.map((id) => wish(id) - widthOf(id) / 2),
			gapAfter(sorted),
			W,
		);
		members[r] = sorted;
		sorted.forEach((id, i) => x.set(id, xs[i]!));
	};
	for (let pass = 0; pass < 4; pass++) {
		for (let r = 1; r < rows; r++) place(r, prereqs);
		for (let r = rows - 2; r >= 0; r--) place(r, (id) => [...graph.dependents[id]!, ...prereqs(id)]);
	}
	for (let r = 1; r < rows; r++) place(r, (id) => [...prereqs(id), ...graph.dependents[id]!]);
	// Centre the drawing as a whole on the page.
	const left = Math.min(...graph.order.map((id) => x.get(id)!));
	const right = Math.max(...graph.order.map((id) => x.get(id)! + widthOf(id)));
	for (const id of graph.order) x.set(id, x.get(id)! + (W - right - left) / 2);
	// Rows that sat further out than the rest are pulled back inside the page.
	for (const ids of members) {
		const xs = pack(ids.map(widthOf), ids.map((id) => x.get(id)!), gapAfter(ids), W);
		ids.forEach((id, i) => x.set(id, xs[i]!));
	}

	// Rows top to bottom; a row is as tall as its tallest label.
	const rowTop: number[] = [];
	const rowHeight: number[] = [];
	let y = GROUP_PAD;
	for (let r = 0; r < rows; r++) {
		rowTop.push(y);
		rowHeight.push(Math.max(0, ...members[r]!.map((id) => lineCount.get(id)! * lineHeight + 2 * PAD_Y)));
		y += rowHeight[r]! + ROW_GAP;
	}
	const height = y - ROW_GAP + GROUP_PAD;
	const nodes: NodeBox[] = members.flatMap((ids, r) =>
		ids.map((id) => ({
			id,
			area: area(id),
			row: r,
			x: x.get(id)!,
			y: rowTop[r]!,
			width: widthOf(id),
			height: rowHeight[r]!,
			lines: wrapOf(id, lineCount.get(id)!).lines,
		})),
	);
	const box = new Map(nodes.map((n) => [n.id, n]));

	const groups: AreaGroup[] = [];
	for (const ids of members) {
		for (let i = 0; i < ids.length; ) {
			let j = i;
			while (j + 1 < ids.length && area(ids[j + 1]!) === area(ids[i]!)) j++;
			const a = box.get(ids[i]!)!;
			const b = box.get(ids[j]!)!;
			groups.push({ area: a.area, x: a.x - GROUP_PAD, y: a.y - GROUP_PAD, width: b.x + b.width - a.x + 2 * GROUP_PAD, height: a.height + 2 * GROUP_PAD });
			i = j + 1;
		}
	}

	// Edges: each leaves its prerequisite's bottom and enters the topic's top at ports spread along the
	// side in the order of the other ends, so lines do not cross at the boxes; an edge that skips rows
	// passes each row in the gap between topics nearest its straight course.
	const pairs = graph.order.flatMap((to) => prereqs(to).map((from) => ({ from, to })));
	const port = (id: string, side: 'out' | 'in', other: string) => {
		const n = box.get(id)!;
		const mates = pairs.filter((p) => (side === 'out' ? p.from === id : p.to === id)).map((p) => (side === 'out' ? p.to : p.from));
		mates.sort((a, b) => centre(a) - centre(b) || a.localeCompare(b));
		const i = mates.indexOf(other);
		const span = Math.min(n.width * 0.7, mates.length * 14);
		return n.x + n.width / 2 - span / 2 + (span * (i + 0.5)) / mates.length;
	};
	// Free spans of each row: between topics, and the margins, with room to spare.
	const spans = members.map((ids) => {
		const out: [number, number][] = [];
		let left = 0;
		for (const n of ids.map((id) => box.get(id)!)) {
			out.push([left, n.x - GROUP_PAD - 3]);
			left = n.x + n.width + GROUP_PAD + 3;
		}
		out.push([left, W]);
		return out.filter(([s, e]) => e - s >= 2);
	});
	const ends = pairs.map(({ from, to }) => {
		const a = box.get(from)!;
		const b = box.get(to)!;
		return { a, b, start: { x: port(from, 'out', to), y: a.y + a.height }, end: { x: port(to, 'in', from), y: b.y } };
	});
	// First each edge picks, in every row it skips, the span nearest its straight course; then the edges
	// sharing a span are spread across it in the order of their courses, so they run side by side.
	const through = new Map<string, { edge: number; want: number }[]>();
	const crossing: { row: number; span: number }[][] = ends.map(({ a, b, start, end }, edge) => {
		const out: { row: number; span: number }[] = [];
		for (let r = a.row + 1; r < b.row; r++) {
			const want = start.x + ((end.x - start.x) * (r - a.row)) / (b.row - a.row);
			let span = 0;
			let cost = Infinity;
			spans[r]!.forEach(([s, e], i) => {
				const c = want < s ? s - want : want > e ? want - e : 0;
				if (c < cost) (cost = c), (span = i);
			});
			const key = `${r}:${span}`;
			through.set(key, [...(through.get(key) ?? []), { edge, want }]);
			out.push({ row: r, span });
		}
		return out;
	});
	const passAt = new Map<string, number>();
	for (const [key, list] of through) {
		const [r, i] = key.split(':').map(Number) as [number, number];
		const [s, e] = spans[r]![i]!;
		list.sort((p, q) => p.want - q.want || p.edge - q.edge);
		const step = Math.min(7, (e - s - 4) / Math.max(1, list.length));
		const xs = pack(
			list.map(() => 0),
			list.map((p) => Math.min(Math.max(p.want, s + 2), e - 2)),
			list.map(() => step),
			e - s - 4,
		);
		// pack works from 0; shift back into the span.
		const lo = s + 2;
		list.forEach((p, k) => passAt.set(`${p.edge}@${r}`, Math.min(Math.max(xs[k]!, lo), e - 2)));
	}
	const edges: EdgePath[] = ends.map(({ start, end }, edge) => {
		const points = [start];
		for (const { row } of crossing[edge]!) {
			const px = passAt.get(`${edge}@${row}`)!;
			points.push({ x: px, y: rowTop[row]! - 4 }, { x: px, y: rowTop[row]! + rowHeight[row]! + 4 });
		}
		points.push(end);
		return { from: pairs[edge]!.from, to: pairs[edge]!.to, points };
	});

	return { width: W, height, fontSize, lineHeight, areaOrder: [...order], nodes, edges, groups };
}

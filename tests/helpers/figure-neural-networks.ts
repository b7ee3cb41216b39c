/**
 * Reads a computational-graph figure (src/figures/graph.ts) back from its SVG markup: each box with
 * the lines written in it (`name = value` in ink, `namē = gradient` in the accent colour) and each
 * arrow as the pair of boxes whose rims it joins, so a test can compare the drawing with numbers it
 * computed itself.
 */

export interface ReadNode {
	/** The name as drawn: `m₁`, `z`. */
	name: string;
	value: number;
	grad: number;
}

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

const inside = (r: Rect, x: number, y: number, slack = 0) => x >= r.x - slack && x <= r.x + r.w + slack && y >= r.y - slack && y <= r.y + r.h + slack;
/** On the rectangle's outline, within a rounding tolerance. */
const onRim = (r: Rect, x: number, y: number) =>
	inside(r, x, y, 0.05) && (Math.abs(x - r.x) < 0.05 || Math.abs(x - r.x - r.w) < 0.05 || Math.abs(y - r.y) < 0.05 || Math.abs(y - r.y - r.h) < 0.05);

/** A drawn number (`−1,125` in Russian, `−1.125` in English, both with the true minus) as a number; the figures' numbers are small, without thousands. */
function numberOf(s: string, lang: 'ru' | 'en'): number {
	if (/-/.test(s) || (lang === 'ru' ? /\./.test(s) : /,/.test(s))) throw new Error(`the figure shows "${s}", not written as ${lang} writes numbers`);
	const n = Number(s.trim().replace(/−/g, '-').replace(',', '.'));
	if (!Number.isFinite(n)) throw new Error(`the figure shows "${s}", which is not a number`);
	return n;
}

export function readGraphFigure(markup: string, lang: 'ru' | 'en'): { nodes: Map<string, ReadNode>; edges: [string, string][] } {
	const rects: Rect[] = [...markup.matchAll(/<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
		x: Number(m[1]),
		y: Number(m[2]),
		w: Number(m[3]),
		h: Number(m[4]),
	}));
	const texts = [...markup.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)" class="fig-(\w+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
		x: Number(m[1]),
		y: Number(m[2]),
		tone: m[3]!,
		s: m[4]!,
	}));
	const names: string[] = [];
	const nodes = new Map<string, ReadNode>();
	for (const r of rects) {
		const own = texts.filter((t) => inside(r, t.x, t.y));
		const ink = own.find((t) => t.tone === 'ink');
		const accent = own.find((t) => t.tone === 'accent');
		if (!ink || !accent) throw new Error(`a box at (${r.x}, ${r.y}) lacks its value or its gradient`);
		const [name, value] = ink.s.split(' = ');
		const [barred, grad] = accent.s.split(' = ');
		// The gradient's label is the node's name with a bar (U+0304) after its letter.
		if (barred!.replace('\u0304', '') !== name) throw new Error(`the box of ${name} shows the gradient of ${barred}`);
		nodes.set(name!, { name: name!, value: numberOf(value!, lang), grad: numberOf(grad!, lang) });
		names.push(name!);
	}
	const edges: [string, string][] = [...markup.matchAll(/<path d="M([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)/g)].map((m) => {
		const [x1, y1, x2, y2] = [1, 2, 3, 4].map((i) => Number(m[i]));
		const from = rects.findIndex((r) => onRim(r, x1!, y1!));
		const to = rects.findIndex((r) => onRim(r, x2!, y2!));
		if (from < 0 || to < 0) throw new Error(`an arrow from (${x1}, ${y1}) to (${x2}, ${y2}) does not join two boxes`);
		return [names[from]!, names[to]!];
	});
	return { nodes, edges };
}

/**
 * Drawing a computational graph for a static figure: a node as a box with a line of text or two
 * (its value, its gradient), an edge as an arrow from one box's rim to another's, and the node names
 * as plain text (`m_1` → `m₁`, the gradient `m̄₁`). Pure functions returning SVG strings on top of
 * ./svg.ts; tested in tests/figures/graph.test.ts.
 */
import { arrow, text, type Tone } from './svg';

/** A node's box: its centre and half sizes, in the drawing's units. */
export interface Box {
	cx: number;
	cy: number;
	hw: number;
	hh: number;
}

const SUBSCRIPTS: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉' };

/** A TeX node name as plain text: `m_1` → `m₁`, `z` → `z`. Only a one-digit index is known. */
export function plainName(name: string): string {
	const m = /^([A-Za-z])(?:_(\d))?$/.exec(name);
	if (!m) throw new Error(`figures/graph: cannot write the node name "${name}" as plain text; use a letter with an optional one-digit index, like m_1.`);
	return m[1]! + (m[2] ? SUBSCRIPTS[m[2]]! : '');
}

/**
 * The accumulated gradient of the loss by a node, ū = ∂L/∂u (content/notation/letters.yaml), as plain
 * text: the letter with a combining macron, then its index: `m_1` → `m̄₁`.
 */
export function barName(name: string): string {
	const p = plainName(name);
	return `${p[0]}\u0304${p.slice(1)}`;
}

/** Where the ray from a box's centre towards (x, y) leaves the box. */
export function rim(box: Box, x: number, y: number): [number, number] {
	const [dx, dy] = [x - box.cx, y - box.cy];
	if (dx === 0 && dy === 0) return [box.cx, box.cy];
	const t = Math.min(dx === 0 ? Infinity : box.hw / Math.abs(dx), dy === 0 ? Infinity : box.hh / Math.abs(dy));
	return [box.cx + dx * Math.min(t, 1), box.cy + dy * Math.min(t, 1)];
}

/** An arrow from one box's rim to another's, along the line between their centres. */
export function edge(from: Box, to: Box, tone: Tone = 'muted'): string {
	const [x1, y1] = rim(from, to.cx, to.cy);
	const [x2, y2] = rim(to, from.cx, from.cy);
	return arrow(x1, y1, x2, y2, { tone });
}

/**
 * A node: a rounded box (muted outline) with lines of text stacked in its middle, each with its tone,
 * e.g. the value in ink and the gradient in the accent colour.
 */
export function node(box: Box, lines: { text: string; tone?: Tone }[], opts: { size?: number } = {}): string {
	const { size = 15 } = opts;
	const step = size + 4;
	const top = box.cy - ((lines.length - 1) * step) / 2;
	const rect = `<rect x="${r(box.cx - box.hw)}" y="${r(box.cy - box.hh)}" width="${r(2 * box.hw)}" height="${r(2 * box.hh)}" rx="6" class="fig-muted fig-stroke" fill="none" stroke-width="1.2"/>`;
	return rect + lines.map((l, i) => text(box.cx, r(top + i * step), l.text, { size, tone: l.tone ?? 'ink' })).join('');
}

/** Coordinates to two decimals, so the markup stays small. */
const r = (v: number) => Math.round(v * 100) / 100;

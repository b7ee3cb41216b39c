import { describe, expect, test } from 'vitest';
import { barName, edge, node, plainName, rim, type Box } from '../../src/figures/graph';

const A: Box = { cx: 100, cy: 100, hw: 50, hh: 25 };
const B: Box = { cx: 300, cy: 200, hw: 50, hh: 25 };

/** The numbers of a path's `d`: the first pair is where the line starts, the second where it ends (the tip). */
const pathPoints = (markup: string) => (/ d="([^"]+)"/.exec(markup)![1]!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('figures/graph: drawing a computational graph', () => {
	test('node names as plain text: an index becomes a subscript, the gradient gets a bar over the letter only', () => {
		expect(plainName('m_1')).toBe('m₁');
		expect(plainName('z')).toBe('z');
		expect(barName('w_2')).toBe('w\u0304₂');
		expect(barName('L')).toBe('L\u0304');
		expect(() => plainName('\\hat y')).toThrow(/\\hat y/);
	});

	test('rim: the ray from the centre leaves the box on its side or on its top, at the box’s edge', () => {
		// Straight right: the right side, at hw.
		expect(rim(A, 400, 100)).toEqual([150, 100]);
		// Steep: leaves through the bottom, at hh; the point stays on the line to the target.
		const [x, y] = rim(A, 110, 200);
		expect(y).toBe(125);
		expect((x - 100) / (y - 100)).toBeCloseTo(10 / 100, 12);
		// A target inside the box is the target itself.
		expect(rim(A, 120, 105)).toEqual([120, 105]);
	});

	test('an edge starts on the first box’s rim and its tip touches the second box’s rim, both on the line of centres', () => {
		const [x1, y1, x2, y2] = pathPoints(edge(A, B));
		const slope = (B.cy - A.cy) / (B.cx - A.cx);
		expect([x1, y1]).toEqual(rim(A, B.cx, B.cy).map((v) => Math.round(v * 100) / 100));
		expect([x2, y2]).toEqual(rim(B, A.cx, A.cy).map((v) => Math.round(v * 100) / 100));
		expect((y2! - y1!) / (x2! - x1!)).toBeCloseTo(slope, 2);
		// The arrow points from A to B: its tip is the end nearer B.
		expect(Math.hypot(x2! - B.cx, y2! - B.cy)).toBeLessThan(Math.hypot(x1! - B.cx, y1! - B.cy));
	});

	test('a node: one box of the given size and its lines, centred, in their tones', () => {
		const markup = node(A, [{ text: 'm₁ = 1,5' }, { text: 'm̄₁ = −1,5', tone: 'accent' }], { size: 16 });
		expect(markup).toContain('<rect x="50" y="75" width="100" height="50"');
		const texts = [...markup.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="fig-(\w+)"[^>]*>([^<]*)<\/text>/g)].map((m) => [Number(m[1]), Number(m[2]), m[3], m[4]]);
		expect(texts).toEqual([
			[100, 90, 'ink', 'm₁ = 1,5'],
			[100, 110, 'accent', 'm̄₁ = −1,5'],
		]);
	});
});

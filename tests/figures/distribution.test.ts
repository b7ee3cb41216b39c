import { describe, expect, test } from 'vitest';
import { areaUnder, bars, bracket, curve, figure, frame, fulcrum, marker, xAxis } from '../../src/figures/distribution';
import { axisScale, elements, num, part, pointsOf } from '../helpers/figure-probability';

// A frame whose scales are easy to work out by hand: x 0…4 over pixels 20…340 (80 per unit), y 0…2 over 180…30 (75 per unit).
const f = frame({ x: [0, 4], yMax: 2, width: 360, height: 220, margin: { left: 20, right: 20, top: 30, bottom: 40 } });

describe('figures/distribution', () => {
	test('the frame maps data to pixels linearly, the baseline at y = 0', () => {
		expect([f.X(0), f.X(1), f.X(4)]).toEqual([20, 100, 340]);
		expect([f.Y(0), f.Y(1), f.Y(2)]).toEqual([180, 105, 30]);
		expect([f.base, f.top, f.left, f.right]).toEqual([180, 30, 20, 340]);
		expect(() => frame({ x: [1, 1], yMax: 1 })).toThrow(/x = \[1, 1\]/);
	});

	test('the axis puts each label under its value, and the helper reads the scale back', () => {
		const svg = figure(f, [xAxis(f, [0, 1, 2, 3, 4].map((v) => ({ at: v, label: v === 1 ? '1' : `${v},0` })))]);
		expect(svg).toMatch(/^<svg style="max-width: 520px" viewBox="0 0 360 220"/);
		const labels = elements(part(svg, 'x-axis'), 'text');
		expect(labels.map((t) => [num(t.text), Number(t.attrs.x)])).toEqual([[0, 20], [1, 100], [2, 180], [3, 260], [4, 340]]);
		const X = axisScale(svg);
		expect(X(2.5)).toBeCloseTo(220, 6);
	});

	test('bars stand on the baseline, as high as their values and as wide as asked', () => {
		const svg = bars(f, [{ x: 1, y: 0.5, label: '0,5' }, { x: 3, y: 2, tone: 'muted' }], 0.5);
		const rects = elements(part(svg, 'bars'), 'rect');
		expect(rects.map((r) => [Number(r.attrs.x), Number(r.attrs.width), Number(r.attrs.y), Number(r.attrs.height)])).toEqual([
			[80, 40, 142.5, 37.5],
			[240, 40, 30, 150],
		]);
		expect(rects[1]!.attrs.class).toBe('fig-muted');
		// The label sits above its bar's middle; a bar without one has none.
		const labels = elements(part(svg, 'bars'), 'text');
		expect(labels.map((t) => [t.text, Number(t.attrs.x)])).toEqual([['0,5', 100]]);
		expect(Number(labels[0]!.attrs.y)).toBeLessThan(142.5);
	});

	test('a curve passes through the function’s values, with at most 120 points', () => {
		const fn = (x: number) => x / 2;
		const pts = pointsOf(elements(part(curve(f, fn, 0, 4, { samples: 500 }), 'curve'), 'polyline')[0]!);
		expect(pts.length).toBeLessThanOrEqual(120);
		for (const [px, py] of pts) expect(py).toBeCloseTo(f.Y(fn((px - 20) / 80)), 1);
		expect(pts[0]).toEqual([20, 180]);
		expect(pts[pts.length - 1]).toEqual([340, 30]);
	});

	test('the area under a curve starts and ends on the baseline at its limits', () => {
		const pts = pointsOf(elements(part(areaUnder(f, () => 1, 1, 3, { samples: 4 }), 'area'), 'path')[0]!);
		expect(pts[0]).toEqual([100, 180]);
		expect(pts[pts.length - 1]).toEqual([260, 180]);
		expect(pts.slice(1, -1).every(([, y]) => y === 105)).toBe(true);
	});

	test('a bracket spans its interval; a marker and a balance point stand at their x', () => {
		const b = elements(part(bracket(f, 1, 2.5, 50, '±0,75'), 'interval'), 'path');
		expect(pointsOf(b[0]!)).toEqual([[100, 50], [220, 50]]);
		const m = part(marker(f, 2, { to: 1, label: 'm' }), 'marker');
		expect(pointsOf(elements(m, 'path')[0]!)).toEqual([[180, 180], [180, 105]]);
		// A label placed at the end starts just after the right end, on the line's height.
		const end = elements(part(bracket(f, 1, 2.5, 50, 'e', { place: 'end' }), 'interval'), 'text')[0]!;
		expect([Number(end.attrs.x), Number(end.attrs.y), end.attrs['text-anchor']]).toEqual([228, 50, 'start']);
		const tip = pointsOf(elements(part(fulcrum(f, 3.5, 'E'), 'fulcrum'), 'path')[0]!)[0]!;
		expect(tip).toEqual([300, 181]);
	});
});

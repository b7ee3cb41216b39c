import { describe, expect, test } from 'vitest';
import { arrowTo, axes, bar, contours, curve, dot, finish, plot, slopeLine, stack, tangent } from '../../src/figures/chart';
import { fmtFor } from '../../src/practice/render';
import { byRole, centreOf, elements, num, parts, pointsOf, scalesOf, slopeOf } from '../helpers/figure-calculus';

const ru = fmtFor('ru');

/** A plot with axes over x ∈ [−2, 3], y ∈ [−1, 5], ticks at whole numbers. */
const framed = (o: Partial<Parameters<typeof plot>[0]> = {}) => {
	const p = plot({ x: [-2, 3], y: [-1, 5], ...o });
	axes(p, { x: [-1, 1, 2], y: [2, 4] }, ru);
	return p;
};

describe('plot and axes', () => {
	test('tick labels sit where the scale puts their values, written as the page writes numbers', () => {
		const p = plot({ x: [-2, 3], y: [-1, 5] });
		axes(p, { x: [-1.5, 2], y: [2.5] , }, ru);
		const ticks = elements(finish(p)).filter((e) => e.attrs['data-tick']);
		expect(ticks.map((t) => t.content)).toEqual(['−1,5', '2', '2,5']);
		expect(num(ticks[0]!, 'x')).toBeCloseTo(p.X(-1.5), 1);
		expect(num(ticks[2]!, 'y')).toBeCloseTo(p.Y(2.5), 1);
	});

	test('the scales read back from the ticks invert the plot’s own', () => {
		const p = framed();
		const s = scalesOf(finish(p));
		for (const v of [-2, 0.3, 3]) expect(s.x(p.X(v))).toBeCloseTo(v, 1);
		for (const v of [-1, 1.7, 5]) expect(s.y(p.Y(v))).toBeCloseTo(v, 1);
	});

	test('with equal units, one value is as long across as up', () => {
		const p = plot({ x: [-3, 3], y: [-1, 1], equal: true });
		expect(p.X(1) - p.X(0)).toBeCloseTo(p.Y(0) - p.Y(1), 9);
		expect(p.opts.x).toEqual([-3, 3]);
	});

	test('every piece of text is at least 15 units, so a 400-unit plot on a phone keeps it near 13 px', () => {
		const p = framed();
		dot(p, 1, 1);
		const sizes = elements(finish(p)).filter((e) => e.tag === 'text').map((e) => num(e, 'font-size'));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(15);
	});
});

describe('lines', () => {
	test('a tangent is drawn with the slope it is given, whatever the scales', () => {
		const p = framed();
		tangent(p, 1, 2, -1.7);
		const svg = finish(p);
		expect(slopeOf(svg, byRole(svg, 'tangent')[0]!)).toBeCloseTo(-1.7, 1);
	});

	test('a tangent is the same length on screen for a gentle and a steep slope', () => {
		const p = framed();
		tangent(p, 0, 2, 0.1, { half: 40 });
		tangent(p, 0, 2, 8, { half: 40 });
		const [a, b] = byRole(finish(p), 'tangent').map((e) => Math.hypot(num(e, 'x2') - num(e, 'x1'), num(e, 'y2') - num(e, 'y1')));
		expect(a).toBeCloseTo(80, 0);
		expect(b).toBeCloseTo(80, 0);
	});

	test('a line is cut where it leaves the plot at the top or the bottom', () => {
		const p = framed();
		slopeLine(p, 0, 0, 10, 2, 3, { role: 'steep' });
		const svg = finish(p);
		const e = byRole(svg, 'steep')[0]!;
		const s = scalesOf(svg);
		expect(s.y(num(e, 'y1'))).toBeCloseTo(-1, 1);
		expect(s.y(num(e, 'y2'))).toBeCloseTo(5, 1);
	});
});

describe('curves, dots, bars, arrows', () => {
	test('a curve breaks where the function is undefined or off the plot', () => {
		const p = framed();
		curve(p, (x) => (x > 0 ? Math.log(x) : NaN), { role: 'log', samples: 50 });
		const runs = byRole(finish(p), 'log');
		expect(runs.length).toBe(1);
		const s = scalesOf(finish(p));
		for (const [x, y] of pointsOf(runs[0]!)) expect(s.y(y)).toBeCloseTo(Math.log(s.x(x)), 1);
	});

	test('an open dot is an outline; a filled one is not', () => {
		const p = framed();
		dot(p, 0, 1, { open: true, role: 'hole' });
		dot(p, 1, 1, { role: 'point' });
		const svg = finish(p);
		expect(byRole(svg, 'hole')[0]!.attrs.class).toContain('fig-stroke');
		expect(byRole(svg, 'point')[0]!.attrs.class).not.toContain('fig-stroke');
		expect(centreOf(svg, byRole(svg, 'hole')[0]!)[1]).toBeCloseTo(1, 1);
	});

	test('a bar stands on the axis and reaches its height', () => {
		const p = framed();
		bar(p, 1, 0.5, 3, { role: 'r' });
		const e = byRole(finish(p), 'r')[0]!;
		expect(num(e, 'y') + num(e, 'height')).toBeCloseTo(p.Y(0), 1);
		expect(num(e, 'y')).toBeCloseTo(p.Y(3), 1);
		expect(num(e, 'width')).toBeCloseTo(p.X(1.5) - p.X(1), 1);
	});

	test('an arrow runs from its start to its tip', () => {
		const p = framed();
		arrowTo(p, [0, 0], [2, 3], { role: 'a' });
		const d = byRole(finish(p), 'a')[0]!.attrs.d!;
		const [x1, y1, x2, y2] = d.match(/^M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)/)!.slice(1).map(Number);
		expect([x1, y1, x2, y2]).toEqual([p.X(0), p.Y(0), p.X(2), p.Y(3)].map((v) => Math.round(v * 10) / 10));
	});
});

describe('contours', () => {
	test('the level set of x² + y² at 4 is the circle of radius 2, closed', () => {
		const p = plot({ x: [-3, 3], y: [-3, 3], equal: true });
		axes(p, { x: [-2, 2], y: [-2, 2] }, ru);
		contours(p, (x, y) => x * x + y * y, [4], { n: 30 });
		const svg = finish(p);
		const lines = elements(svg).filter((e) => e.attrs['data-level'] === '4');
		expect(lines.length).toBe(1);
		const s = scalesOf(svg);
		const pts = pointsOf(lines[0]!);
		for (const [x, y] of pts) expect(Math.hypot(s.x(x), s.y(y))).toBeCloseTo(2, 1);
		expect(pts[0]).toEqual(pts[pts.length - 1]);
	});

	test('a level the function never reaches draws nothing', () => {
		const p = framed();
		contours(p, (x, y) => x * x + y * y, [-1]);
		expect(elements(finish(p)).some((e) => e.attrs['data-level'])).toBe(false);
	});
});

describe('stack', () => {
	test('stacked plots are shifted down by the heights above them', () => {
		const [a, b] = [framed({ height: 200 }), framed({ height: 180 })];
		const svg = stack([a, b]);
		expect(svg).toContain('viewBox="0 0 400 380"');
		expect(svg).toContain('translate(0 200)');
		expect(parts(svg).length).toBe(2);
	});
});

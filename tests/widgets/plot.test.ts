import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bounds, linearScale, points, scales, square } from '../../src/widgets/lib/plot';

describe('linearScale', () => {
	test('maps the ends of the domain to the ends of the range, and what lies between proportionally', () => {
		const s = linearScale([-2, 6], [14, 306]);
		expect([s(-2), s(6), s(2), s(10)]).toEqual([14, 306, 160, 452]);
	});
	test('runs a range backwards for SVG’s downward y', () => {
		const y = linearScale([0, 10], [206, 14]);
		expect([y(0), y(10), y(5)]).toEqual([206, 14, 110]);
	});
	test('runs a domain backwards (a plane drawn from its top edge down)', () => {
		const y = linearScale([3, -3], [20, 260]);
		expect([y(3), y(-3), y(0)]).toEqual([20, 260, 140]);
	});
});

describe('one plot scale in src', () => {
	// A linear map written out by hand, `(v - x0) / (x1 - x0)`, is a second copy of linearScale.
	const src = fileURLToPath(new URL('../../src/', import.meta.url));
	const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|tsx|astro)$/.test(f) && !f.startsWith('core'));
	// `(v - x0) / (x1 - x0)`, or the same from the top, `(hi - v) / (hi - lo)`.
	const HAND_WRITTEN = /\(\s*[\w.]+\s*-\s*[\w.]*0\s*\)\s*\/\s*\(\s*[\w.]*1\s*-\s*[\w.]*0\s*\)|\(\s*(\w+)\s*-\s*[\w.[\]]+\s*\)\s*\/\s*\(\s*\1\s*-\s*[\w.]+\s*\)/;
	test('the pattern finds a hand-written scale', () => {
		expect(HAND_WRITTEN.test('const sx = (x: number) => PAD + ((x - x0) / (x1 - x0)) * W;')).toBe(true);
		expect(HAND_WRITTEN.test('clamp(((v - b.x0) / (b.x1 - b.x0)) * w)')).toBe(true);
		expect(HAND_WRITTEN.test('(((hi - logs[i]) / (hi - lo)) * 100)')).toBe(true);
	});
	test('only widgets/lib/scale.ts maps a domain onto pixels', () => {
		const offenders = files.filter((f) => !f.endsWith(join('widgets', 'lib', 'scale.ts')) && HAND_WRITTEN.test(readFileSync(join(src, f), 'utf8')));
		expect(offenders).toEqual([]);
	});
});


describe('plot scales', () => {
	test('bounds hold every point, padded, skipping non-finite ones', () => {
		const b = bounds([0, 2, NaN], [0, 1, Infinity], 0, 0);
		expect(b).toEqual({ x0: 0, x1: 2, y0: 0, y1: 1 });
	});
	test('a single point still gets a box of the minimum size', () => {
		const b = bounds([1], [1], 0, 2);
		expect(b).toEqual({ x0: 0, x1: 2, y0: 0, y1: 2 });
	});
	test('no points at all gives a default box', () => expect(bounds([], [])).toEqual({ x0: -1, x1: 1, y0: -1, y1: 1 }));
	test('square boxes keep angles', () => {
		const s = square({ x0: 0, x1: 4, y0: 0, y1: 1 });
		expect(s.x1 - s.x0).toBe(s.y1 - s.y0);
	});
	test('y grows upwards, and wild values are clamped so a diverging path stays drawable', () => {
		const { x, y } = scales({ x0: 0, x1: 1, y0: 0, y1: 1 }, 100, 100);
		expect(x(0)).toBe(0);
		expect(y(0)).toBe(100);
		expect(y(1)).toBe(0);
		expect(x(1e300)).toBe(1100);
		expect(points([0, 1, NaN], [0, 1, 0], x, y)).toBe('0.0,100.0 100.0,0.0 ');
	});
});

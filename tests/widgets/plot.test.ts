import { describe, expect, test } from 'vitest';
import { bounds, points, scales, square } from '../../src/widgets/lib/plot';

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

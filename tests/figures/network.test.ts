import { describe, expect, test } from 'vitest';
import { axes, bars, curve, heatGrid, plainList, power10, scale, spreadLabels } from '../../src/figures/network';
import { fmtFor } from '../../src/practice/render';
import { cells, elements, num, points, texts } from '../helpers/figure-network';

describe('scale', () => {
	test('maps the ends of the values onto the ends of the drawing, backwards too', () => {
		const s = scale(-1, 3, 200, 0);
		expect([s(-1), s(3), s(1)]).toEqual([200, 0, 100]);
	});
});

describe('axes and curve', () => {
	test('puts the x axis at y = 0 and draws a curve through the function’s values', () => {
		const { body, X, Y } = axes({ left: 10, top: 10, width: 200, height: 100, x: [-1, 1], y: [-1, 1] }, { x: [1], y: [1], label: String });
		const axis = elements(body.join('')).find((e) => e.tag === 'line')!;
		expect(num(axis, 'y1')).toBe(60);
		const line = elements(curve((x) => x * x, [-1, 1], X, Y, { n: 4 }))[0]!;
		expect(points(line)).toEqual([[10, 10], [60, 47.5], [110, 60], [160, 47.5], [210, 10]]);
	});
});

describe('heatGrid', () => {
	test('writes each value in its cell, as strong as the value over the maximum', () => {
		const svg = heatGrid([0, 0], [[1, 0.5], [0, 0.25]], { size: 10, max: 1, label: String, rows: ['a', 'b'] }).join('');
		expect(cells(svg).map((c) => [c.x, c.y, c.v, c.opacity])).toEqual([[0, 0, 1, 0.85], [10, 0, 0.5, 0.43], [0, 10, 0, 0], [10, 10, 0.25, 0.21]]);
		expect(texts(svg).map((t) => t.content)).toEqual(['1', '0.5', '0', '0.25', 'a', 'b']);
	});
});

describe('bars', () => {
	test('grows positive bars up and negative bars down from one base line', () => {
		const svg = bars([2, -1], { left: 0, baseY: 100, step: 20, barWidth: 10, unit: 30, label: String }).join('');
		expect(cells(svg).map((c) => [c.y, c.h])).toEqual([[40, 60], [100, 30]]);
	});
});

describe('plainList', () => {
	test('writes numbers the page’s way in each language', () => {
		expect(plainList([0.5, -1], fmtFor('ru'))).toBe('0,5; −1');
		expect(plainList([0.5, -1], fmtFor('en'))).toBe('0.5, −1');
	});
});

describe('power10 and spreadLabels', () => {
	test('writes powers of ten with superscripts and moves close labels apart in order', () => {
		expect([power10(-20), power10(10), power10(0)]).toEqual(['10⁻²⁰', '10¹⁰', '1']);
		expect(spreadLabels([100, 50, 105], 16)).toEqual([100, 50, 116]);
	});
});

import { describe, expect, test } from 'vitest';
import { CELL, grid, gridSize, waterfall } from '../../src/figures/grid';
import { svg } from '../../src/figures/svg';
import { marked, readBars, readGrids, values, zeroLine } from '../helpers/figure-linear-algebra';

describe('src/figures/grid: grids of numbers and a waterfall of bars', () => {
	test('a grid puts every label in its cell, row by row, and marks only the cells asked for', () => {
		const cells = [
			['1', '−2', '0,5'],
			['4', '5', '6'],
		];
		const markup = svg(300, 200, [grid({ x: 10, y: 20, cells, mark: (i, j) => (j === 1 ? 'accent' : i === 0 && j === 0 ? 'muted' : undefined), ghost: (i) => i === 1 })]);
		const [g, ...rest] = readGrids(markup);
		expect(rest).toEqual([]);
		expect([g!.x, g!.y]).toEqual([10, 20]);
		expect(values(g!)).toEqual([
			[1, -2, 0.5],
			[4, 5, 6],
		]);
		expect(marked(g!)).toEqual([
			[0, 1],
			[1, 1],
		]);
		expect(marked(g!, 'muted')).toEqual([[0, 0]]);
		expect(g!.cells.map((row) => row.map((c) => c.ghost))).toEqual([
			[false, false, false],
			[true, true, true],
		]);
		expect(gridSize(2, 3)).toEqual([3 * CELL, 2 * CELL]);
	});

	test('two grids apart are read as two, left to right', () => {
		const markup = svg(400, 200, [grid({ x: 200, y: 10, cells: [['7']] }), grid({ x: 10, y: 10, cells: [['1', '2']] })]);
		expect(readGrids(markup).map(values)).toEqual([[[1, 2]], [[7]]]);
	});

	test('a waterfall: each bar runs from the running sum before its term to the one after, the last from zero to the total', () => {
		const terms = [0.5, -2, 6, 1];
		const markup = waterfall({ values: terms, names: ['a', 'b', 'c', 'd'], total: 'z', valueLabels: ['0,5', '−2', '6', '1'], totalLabel: '5,5' });
		const bars = readBars(markup);
		expect(bars).toHaveLength(terms.length + 1);
		const zero = zeroLine(markup);
		const total = terms.reduce((s, t) => s + t, 0);
		// Pixels per unit, from the total's bar alone.
		const unit = (bars.at(-1)!.bottom - bars.at(-1)!.top) / Math.abs(total);
		expect(bars.at(-1)!.bottom).toBeCloseTo(zero, 1);
		let before = 0;
		terms.forEach((t, i) => {
			const after = before + t;
			const { top, bottom } = bars[i]!;
			expect(zero - top).toBeCloseTo(Math.max(before, after) * unit, 1);
			expect(zero - bottom).toBeCloseTo(Math.min(before, after) * unit, 1);
			before = after;
		});
		expect(markup).toContain('>5,5</text>');
	});
});

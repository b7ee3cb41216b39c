import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { difference, distance, examples, norm, practice, sumOfSquares } from '../../../src/topics/linear-algebra/norms-and-distances';
import { figureOf, readPlane } from '../../helpers/figure-linear-algebra';

const ru = fmtFor('ru');

describe('linear-algebra/norms-and-distances: the module behind the worked example and the practice', () => {
	test('the three norms and the distance, worked out by hand', () => {
		expect(sumOfSquares([3, -4])).toBe(25);
		expect(norm([3, -4], '2')).toBe(5);
		expect(norm([3, -4], '1')).toBe(7);
		expect(norm([3, -4], 'inf')).toBe(4);
		expect(norm([2, -3, 6], '2')).toBe(7); // 4 + 9 + 36 = 49
		expect(difference([3, -4], [-1, -1])).toEqual([4, -3]);
		expect(distance([1, 1], [4, 5])).toBe(5); // the page's NumPy example
		// ‖x‖∞ ≤ ‖x‖₂ ≤ ‖x‖₁ for any vector.
		for (const x of [[1, -2, 2], [0.5, 7], [-3, -3, -3, -3]]) {
			expect(norm(x, 'inf')).toBeLessThanOrEqual(norm(x, '2'));
			expect(norm(x, '2')).toBeLessThanOrEqual(norm(x, '1'));
		}
	});

	test('the distance problem: the squared and the Manhattan distances are known mistakes', () => {
		const kind = practice.find((k) => k.id === 'distance')!;
		const p = kind.solve({ x: [2, 0, 3], y: [1, 2, 1] }, ru); // x − y = (1, −2, 2): 1 + 4 + 4 = 9
		expect(p.answer).toEqual({ kind: 'number', value: 3 });
		expect(p.mistakes).toEqual([
			{ value: 9, say: 'noRoot' },
			{ value: 5, say: 'manhattan' },
		]);
	});

	test('the worked example: 5, 7, 4 and the distance 5, in Russian notation', () => {
		const ex = examples!.norms!;
		// The formulas only: the figure has its own test.
		const lines = (ex.blocks(ex.inputs, ru) as { tex?: string }[]).filter((b) => b.tex !== undefined).map((b) => b.tex);
		expect(lines[1]).toBe('\\lVert x \\rVert_2 = \\sqrt{3^2 + (-4)^2} = \\sqrt{25} = 5');
		expect(lines[2]).toBe('\\lVert x \\rVert_1 = |3| + |-4| = 3 + 4 = 7');
		expect(lines[3]).toBe('\\lVert x \\rVert_\\infty = \\max(3,\\ 4) = 4');
		// x − y = (3 − (−1), −4 − (−1)) = (4, −3): 16 + 9 = 25, the distance is 5.
		expect(lines[5]).toBe('d(x, y) = \\lVert x - y \\rVert_2 = \\sqrt{4^2 + (-3)^2} = \\sqrt{25} = 5');
	});
});

describe('linear-algebra/norms-and-distances: the figure of the three “circles”', () => {
	test('a diamond, a circle and a square through x: every drawn point has the norm of x in its own norm', () => {
		const ex = examples!.norms!;
		const { x } = ex.inputs as { x: number[] };
		const fig = figureOf(ex.blocks(ex.inputs, ru));
		const { polygons, tips } = readPlane(fig.svg);
		// The norms by hand, not by the module: |3| + |−4|, √(9 + 16), max(3, 4).
		const l1 = (p: readonly number[]) => Math.abs(p[0]!) + Math.abs(p[1]!);
		const l2 = (p: readonly number[]) => Math.hypot(p[0]!, p[1]!);
		const linf = (p: readonly number[]) => Math.max(Math.abs(p[0]!), Math.abs(p[1]!));
		const [diamond, circle, square] = polygons;
		for (const [shape, n, value] of [[diamond, l1, 7], [circle, l2, 5], [square, linf, 4]] as const) {
			expect(n(x)).toBe(value);
			for (const p of shape!.points) expect(n(p)).toBeCloseTo(value, 1);
		}
		expect(circle!.points.length).toBeLessThanOrEqual(120);
		expect(tips).toHaveLength(1);
		tips[0]!.forEach((t, i) => expect(t).toBeCloseTo(x[i]!, 1));
		expect(fig.caption).toEqual({ say: 'ballsFigure', with: { n1: '7', n2: '5', ninf: '4' } });
	});
});

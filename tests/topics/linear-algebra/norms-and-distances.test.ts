import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { difference, distance, examples, norm, practice, sumOfSquares } from '../../../src/topics/linear-algebra/norms-and-distances';

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
		const lines = (ex.blocks(ex.inputs, ru) as { tex: string }[]).map((b) => b.tex);
		expect(lines[1]).toBe('\\lVert x \\rVert_2 = \\sqrt{3^2 + (-4)^2} = \\sqrt{25} = 5');
		expect(lines[2]).toBe('\\lVert x \\rVert_1 = |3| + |-4| = 3 + 4 = 7');
		expect(lines[3]).toBe('\\lVert x \\rVert_\\infty = \\max(3,\\ 4) = 4');
		// x − y = (3 − (−1), −4 − (−1)) = (4, −3): 16 + 9 = 25, the distance is 5.
		expect(lines[5]).toBe('d(x, y) = \\lVert x - y \\rVert_2 = \\sqrt{4^2 + (-3)^2} = \\sqrt{25} = 5');
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, polyder, quadraticCritical, secondDerivativeTest } from '../../../src/topics/calculus/extrema-and-optimization';

describe('calculus/extrema-and-optimization: the module behind the worked example and the practice', () => {
	test('the vertex of a quadratic by hand: 2x² − 6x + 1 has x* = 6/4 = 1.5 and f″ = 4', () => {
		expect(quadraticCritical(2, -6, 1)).toEqual({ x: 1.5, second: 4 });
		// −x² − 4x: x* = −(−4)/(2·(−1)) = −2, a maximum.
		expect(quadraticCritical(-1, -4, 0)).toEqual({ x: -2, second: -2 });
		expect(Object.is(quadraticCritical(1, 0, 3).x, 0)).toBe(true);
	});

	test('the second-derivative test on x³ − 3x: critical at ±1, f″ = 6x', () => {
		expect(polyder([1, 0, -3, 0])).toEqual([3, 0, -3]);
		expect(secondDerivativeTest([1, 0, -3, 0], 1)).toEqual({ slope: 0, second: 6, nature: 'minimum' });
		expect(secondDerivativeTest([1, 0, -3, 0], -1)).toEqual({ slope: 0, second: -6, nature: 'maximum' });
	});

	test('the worked example: L′(w) = (2/3)(14w − 29) changes sign between 2 and 2.5', () => {
		const ex = examples!.loss!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		expect((ru[0] as { tex: string }).tex).toContain("L'(w) = \\tfrac{2}{3}(14w - 29)");
		const table = ru[1] as { head: string[]; rows: unknown[][] };
		expect(table.head).toEqual(['w', '1', '2', '2{,}5', '3']);
		// L(1) = (1 + 1 + 16)/3 = 6, L(2) = (0 + 1 + 1)/3 = 0.6667, L(2.5) = (0.25 + 4 + 0.25)/3 = 1.5.
		expect(table.rows[0]!.slice(1, 3)).toEqual(['6', '0{,}6667']);
		expect(table.rows[0]![3]).toBe('1{,}5');
		// (2/3)(14w − 29): w = 1 → −10, w = 2 → −0.6667, w = 2.5 → 4, w = 3 → 8.6667.
		expect(table.rows[2]!.slice(1)).toEqual(['-10', '-0{,}6667', '4', '8{,}6667']);
	});
});

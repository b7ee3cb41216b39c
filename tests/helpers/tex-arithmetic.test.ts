import { describe, expect, test } from 'vitest';
import { disagreements, evaluate, sideValue } from './tex-arithmetic';

describe('the arithmetic of a solution step', () => {
	test('plain arithmetic is evaluated, in either language', () => {
		expect(evaluate('6 \\cdot 2 - 4')).toBe(8);
		expect(evaluate('0{,}5 \\cdot (-3)')).toBe(-1.5);
		expect(evaluate('\\frac{3 - 1}{0.5}')).toBe(4);
		expect(evaluate('2(1 + 3)^2')).toBe(32);
		expect(evaluate('\\sqrt{9} − 1')).toBe(2);
		expect(evaluate('\\left(1 + 1\\right) \\times 3')).toBe(6);
	});
	test('anything with a letter, a function or a broken bracket is not arithmetic', () => {
		for (const side of ["f'(2)", '\\sigma(0)', 'e^{2}', '2x', '(1 + 2', '1 +', '', '2^{0.5}', '(1;\\ 2)']) expect(evaluate(side), side).toBeUndefined();
	});
	test('a matrix of numbers is its cells; a scalar times a matrix is skipped', () => {
		expect(sideValue('\\begin{pmatrix} 1 & 2 \\\\ 3 \\cdot 2 & -1 \\end{pmatrix}')).toEqual([1, 2, 6, -1]);
		expect(sideValue('2 \\begin{pmatrix} 1 & 2 \\end{pmatrix}')).toBeUndefined();
	});
	test('equalities that hold pass, within the printed rounding', () => {
		expect(disagreements("f'(2) = 6 \\cdot 2 - 4 = 8")).toEqual([]);
		expect(disagreements('\\frac{1}{3} = 0{,}33, \\quad 2 \\cdot 0{,}33 = 0{,}67')).toEqual([]);
		expect(disagreements('\\begin{pmatrix} 1 \\cdot 2 & 3 - 1 \\end{pmatrix} = \\begin{pmatrix} 2 & 2 \\end{pmatrix}')).toEqual([]);
		expect(disagreements('L \\approx 2 \\cdot 3 = 6')).toEqual([]);
	});
	test('a wrong sum, product, sign or cell fails, naming its chain', () => {
		expect(disagreements("f'(2) = 6 \\cdot 2 - 4 = 9")).toHaveLength(1);
		expect(disagreements('x = 1, \\quad 2 \\cdot 0{,}5 = 2')).toEqual([{ chain: '2 \\cdot 0{,}5 = 2', values: [[1], [2]] }]);
		expect(disagreements('-2 \\cdot 3 = 6')).toHaveLength(1);
		expect(disagreements('\\begin{pmatrix} 1 & 2 \\end{pmatrix} = \\begin{pmatrix} 1 & 3 \\end{pmatrix}')).toHaveLength(1);
		expect(disagreements('0{,}1 \\cdot 3 = 0{,}6')).toHaveLength(1);
	});
});

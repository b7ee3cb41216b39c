import { describe, expect, test } from 'vitest';
import { isProblem, MAX_TEXT } from '../../src/numbers/read';
import { matrix, matrixText, vector } from '../../src/numbers/read-list';

describe('reading vectors and matrices', () => {
	test('vectors: spaces, `; ` or `, ` between numbers; a comma before a digit is decimal', () => {
		expect(vector('1 2,5 −3', 8)).toEqual([1, 2.5, -3]);
		expect(vector('[1, 2.5, -3]', 8)).toEqual([1, 2.5, -3]);
		expect(vector('1; 2; 3', 8)).toEqual([1, 2, 3]);
		expect(vector('', 8)).toEqual({ p: 'empty' });
		expect(vector('1 2 3', 2)).toEqual({ p: 'size', a: 1, b: 2 });
		expect(vector('1 x', 8)).toEqual({ p: 'nan' });
	});

	test('matrices: a row per line or per `;`, every row the same length', () => {
		expect(matrix('1 2\n3 4', 4, 4)).toEqual([
			[1, 2],
			[3, 4],
		]);
		expect(matrix('1 2; 3 4', 4, 4)).toEqual([
			[1, 2],
			[3, 4],
		]);
		expect(matrix('1 2\n3', 4, 4)).toEqual({ p: 'ragged' });
		expect(matrix('\n\n', 4, 4)).toEqual({ p: 'empty' });
		expect(matrix('1 NaN', 4, 4)).toEqual({ p: 'nan' });
		expect(matrix('1 1e308', 4, 4)).toEqual({ p: 'big', a: 1000 });
	});

	test('the largest matrix a widget allows fits: 16×16 numbers like −12,34', () => {
		const big = Array.from({ length: 16 }, () => Array(16).fill('−12,34').join(' ')).join('\n');
		expect(big.length).toBeLessThan(MAX_TEXT);
		expect(matrix(big, 16, 16)).toEqual(Array.from({ length: 16 }, () => Array(16).fill(-12.34)));
	});

	test('a 50×50 matrix is refused as too large, by rows and by columns', () => {
		const big = Array.from({ length: 50 }, () => Array(50).fill('1').join(' ')).join('\n');
		expect(big.length).toBeGreaterThan(MAX_TEXT);
		// The size rule comes before the length cap (issue #13, minor 10): the reader hears what to change.
		expect(matrix(big, 16, 16)).toEqual({ p: 'size', a: 16, b: 16 });
		expect(vector(Array(5000).fill('1').join(' '), 16)).toEqual({ p: 'size', a: 1, b: 16 });
		// Over the cap but within the size rule: too long (e.g. a 2×2 matrix padded with 5000 spaces).
		expect(matrix(`1 2\n3 4${' '.repeat(5000)}`, 16, 16)).toEqual({ p: 'long', a: MAX_TEXT });
		expect(matrix(Array(9).fill('1').join('\n'), 8, 8)).toEqual({ p: 'size', a: 8, b: 8 });
		expect(matrix(Array(9).fill('1').join(' '), 8, 8)).toEqual({ p: 'size', a: 8, b: 8 });
	});

	test('matrixText writes what matrix reads', () => {
		const m = [
			[1, -0.5],
			[2, 3],
		];
		expect(matrix(matrixText(m), 4, 4)).toEqual(m);
	});
});

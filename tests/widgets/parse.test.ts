import { describe, expect, test } from 'vitest';
import { int, isProblem, matrix, matrixText, MAX_TEXT, num, oneOf, vector } from '../../src/widgets/lib/parse';

describe('reading numbers typed into a widget', () => {
	test('accepts a decimal comma, a point, a true minus and exponents', () => {
		expect(num('0,5')).toBe(0.5);
		expect(num(' 0.5 ')).toBe(0.5);
		expect(num('−2')).toBe(-2);
		expect(num('1e-3')).toBe(0.001);
		expect(num('.25')).toBe(0.25);
	});

	test('says why a text is not a number', () => {
		expect(num('')).toEqual({ p: 'empty' });
		expect(num('   ')).toEqual({ p: 'empty' });
		for (const bad of ['abc', 'NaN', 'Infinity', '1,2,3', '0x10', '<script>alert(1)</script>', '1e', '--1']) {
			expect(num(bad), bad).toEqual({ p: 'nan' });
		}
	});

	test('refuses numbers too large to show, including 1e308 and overflow to infinity', () => {
		expect(num('1e308')).toEqual({ p: 'big', a: 1000 });
		expect(num('1e999')).toEqual({ p: 'big', a: 1000 });
		expect(num('-1001')).toEqual({ p: 'big', a: 1000 });
		expect(num('1000')).toBe(1000);
		expect(num('5', 4)).toEqual({ p: 'big', a: 4 });
	});

	test('refuses an absurdly long text without reading it', () => {
		expect(num('1'.repeat(MAX_TEXT + 1))).toEqual({ p: 'nan' });
	});

	test('whole numbers within limits', () => {
		expect(int('3', 1, 16)).toBe(3);
		expect(int('0', 1, 16)).toEqual({ p: 'int', a: 1, b: 16 });
		expect(int('17', 1, 16)).toEqual({ p: 'int', a: 1, b: 16 });
		expect(int('2.5', 1, 16)).toEqual({ p: 'int', a: 1, b: 16 });
		expect(int('1e400', 1, 16)).toEqual({ p: 'int', a: 1, b: 16 });
		expect(int('x', 1, 16)).toEqual({ p: 'nan' });
	});
});

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

	test('a 50×50 matrix is refused as too large, by rows and by columns', () => {
		const big = Array.from({ length: 50 }, () => Array(50).fill('1').join(' ')).join('\n');
		expect(isProblem(matrix(big, 8, 8))).toBe(true);
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

	test('oneOf takes only a listed name', () => {
		expect(oneOf('relu', ['relu', 'tanh'])).toBe('relu');
		expect(oneOf('constructor', ['relu', 'tanh'])).toEqual({ p: 'nan' });
		expect(oneOf('"><img src=x onerror=alert(1)>', ['relu'])).toEqual({ p: 'nan' });
	});
});

import { describe, expect, test } from 'vitest';
import { checkAnswer, parseNumber, parseShape, parseVector } from '../../src/exercises/parse-answer';

describe('parseNumber', () => {
	test('accepts a decimal comma, a decimal point, a true minus and exponents', () => {
		expect(parseNumber('0,5')).toBe(0.5);
		expect(parseNumber(' 0.5 ')).toBe(0.5);
		expect(parseNumber('−2')).toBe(-2);
		expect(parseNumber('1e-3')).toBe(0.001);
		expect(parseNumber('.25')).toBe(0.25);
	});
	test('rejects text, empty input, NaN and overflow', () => {
		for (const bad of ['', 'abc', 'NaN', '1e999', '1,2,3', '<script>']) expect(parseNumber(bad), bad).toBeUndefined();
	});
});

describe('parseShape and parseVector', () => {
	test('read the usual ways of writing a shape', () => {
		for (const s of ['4x16', '4×16', '4 × 16', '(4, 16)', '4 на 16', '4х16']) expect(parseShape(s), s).toEqual([4, 16]);
		expect(parseShape('4x')).toBeUndefined();
	});
	test('read vectors with decimal commas or points', () => {
		expect(parseVector('[1, 2.5, -3]')).toEqual([1, 2.5, -3]);
		expect(parseVector('1; 2,5; −3')).toEqual([1, 2.5, -3]);
		expect(parseVector('1 2 3')).toEqual([1, 2, 3]);
		expect(parseVector('[]')).toBeUndefined();
	});
});

describe('checkAnswer', () => {
	test('accepts a number within tolerance, in either notation', () => {
		expect(checkAnswer('number', '0,62', '0.6225', 0.005)).toBe('correct');
		expect(checkAnswer('number', '0.61', '0.6225', 0.005)).toBe('wrong');
		expect(checkAnswer('number', 'zero', '0')).toBe('unreadable');
	});
	test('compares shapes exactly and vectors within tolerance', () => {
		expect(checkAnswer('shape', '4 × 16', '4x16')).toBe('correct');
		expect(checkAnswer('shape', '16x4', '4x16')).toBe('wrong');
		expect(checkAnswer('vector', '0; 0,5; 3', '[0; 0.5; 3]')).toBe('correct');
		expect(checkAnswer('vector', '0; 0,5', '[0; 0.5; 3]')).toBe('wrong');
	});
});

import { describe, expect, test } from 'vitest';
import { checkAnswer, expectedValues, ungroup } from '../../src/exercises/check-answer';
import { isProblem, num, readNumber } from '../../src/numbers/read';
import { vector } from '../../src/numbers/read-list';
import { shapeOf } from '../../src/numbers/read-shape';

// The exercises read numbers, shapes and lists with the site's one reader (src/numbers/read.ts);
// these are the cases the exercises' own parser was held to before it was merged into it.
const parseNumber = (text: string) => expectedValues('number', text)?.[0];
const parseShape = (text: string) => {
	const s = shapeOf(text);
	return isProblem(s) ? undefined : s;
};
const parseVector = (text: string) => {
	const v = vector(text, Infinity, Infinity);
	return isProblem(v) ? undefined : v;
};

describe('reading an answer', () => {
	test('accepts a decimal comma, a decimal point, a true minus and exponents, exactly as a widget field does', () => {
		const cases: [string, number][] = [['0,5', 0.5], [' 0.5 ', 0.5], ['−2', -2], ['1e-3', 0.001], ['.25', 0.25], ['−1,00e−5', -1e-5]];
		for (const [text, value] of cases) expect([parseNumber(text), num(text)], text).toEqual([value, value]);
	});
	test('rejects text, empty input, NaN and overflow', () => {
		for (const bad of ['', 'abc', 'NaN', '1e999', '1,2,3', '<script>']) expect(parseNumber(bad), bad).toBeUndefined();
	});
});

describe('reading shapes and lists', () => {
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

describe('checkAnswer and the page language', () => {
	test('an English page reads `75,264` as the site prints it, and a decimal comma still as decimal', () => {
		expect(checkAnswer('number', '75,264', '75264', 0.005, 'en')).toBe('correct');
		expect(checkAnswer('number', '75,264', '75264', 0.005, 'ru')).toBe('wrong');
		expect(checkAnswer('number', '75 264', '75264', 0.005, 'ru')).toBe('correct');
		expect(checkAnswer('number', '0,5', '0.5', 0.005, 'en')).toBe('correct');
		expect(checkAnswer('number', '1,125', '1.125', 0.005, 'en')).toBe('correct');
		expect(checkAnswer('number', '1,125', '1125', 0.005, 'en')).toBe('correct');
		expect(checkAnswer('number', '1,126', '1125', 0.005, 'en')).toBe('wrong');
		expect(checkAnswer('vector', '1,000, 0.5', '[1000; 0.5]', 0.005, 'en')).toBe('correct');
	});
	test('the widget output `−1,00e−5` is a readable answer', () => {
		expect(checkAnswer('number', '−1,00e−5', '-0.00001', 1e-9)).toBe('correct');
		expect(readNumber('−1,00e−5')).toBe(-1e-5);
	});
	test('a pasted megabyte is answered at once: too long, not hung', () => {
		const paste = `${'1'.repeat(1_048_576)}x`;
		for (const kind of ['number', 'vector', 'shape'] as const) expect(checkAnswer(kind, paste, '1')).toBe('long');
	});
});

describe('ungroup', () => {
	test('drops English thousands separators, only in groups of three', () => {
		expect(ungroup('75,264')).toBe('75264');
		expect(ungroup('1,234,567.5')).toBe('1234567.5');
		expect(ungroup('[1,000, 2,500,000; 0,5]')).toBe('[1000, 2500000; 0,5]');
		for (const kept of ['0,264', '2,35', '1234,567', '1,2345', '1,234,5', '−1,00e−5', '0.123,456']) expect(ungroup(kept), kept).toBe(kept);
	});
	test('leaves a long run that is no grouped number as it is', () => {
		const long = '1,'.repeat(2000) + '1';
		expect(ungroup(long)).toBe(long);
	});
});

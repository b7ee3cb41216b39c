import { describe, expect, test } from 'vitest';
import { factor, fmt } from '../../src/widgets/lib/format';

describe('numbers for display', () => {
	test('three significant digits below 1, three decimals above, a decimal comma in Russian and a true minus', () => {
		expect(fmt(0.0012345, 'en')).toBe('0.00123');
		expect(fmt(0.123456, 'ru')).toBe('0,123');
		expect(fmt(0.5, 'ru')).toBe('0,5');
		expect(fmt(0.5, 'en')).toBe('0.5');
		expect(fmt(-1.23456, 'en')).toBe('−1.235');
		expect(fmt(2, 'ru')).toBe('2');
		expect(fmt(-0, 'en')).toBe('0');
	});
	test('very large and very small numbers in exponent form, never a wall of digits', () => {
		expect(fmt(1e308, 'en')).toBe('1.00e+308');
		expect(fmt(1.5e-7, 'ru')).toBe('1,50e−7');
		expect(fmt(0.0004, 'en')).toBe('0.0004');
		expect(fmt(-7.2e-5, 'en')).toBe('−7.20e−5');
	});
	test('infinities and NaN are named', () => {
		expect(fmt(Infinity, 'en')).toBe('∞');
		expect(fmt(-Infinity, 'en')).toBe('−∞');
		expect(fmt(NaN, 'ru')).toBe('NaN');
	});
	test('negative factors of a product go in parentheses', () => {
		expect(factor(-1, 'en')).toBe('(−1)');
		expect(factor(0.5, 'ru')).toBe('0,5');
	});
});

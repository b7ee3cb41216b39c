import { describe, expect, test } from 'vitest';
import { localize, writeNumber } from '../../src/numbers/write';

describe('localize', () => {
	test('writes a true minus in text and a decimal comma in Russian', () => {
		expect(localize('-0.5', 'ru')).toBe('−0,5');
		expect(localize('-0.5', 'en')).toBe('−0.5');
		expect(localize('-1.50e-7', 'ru')).toBe('−1,50e−7');
		expect(localize('1.00e+308', 'en')).toBe('1.00e+308');
	});
	test('in TeX keeps the ASCII minus and braces the Russian comma', () => {
		expect(localize('-0.5', 'ru', 'tex')).toBe('-0{,}5');
		expect(localize('-0.5', 'en', 'tex')).toBe('-0.5');
		expect(localize('12', 'ru', 'tex')).toBe('12');
	});
});

describe('writeNumber', () => {
	test('rounds to at most `digits` decimals and drops trailing zeros', () => {
		expect(writeNumber(0.123456, 'ru')).toBe('0,123');
		expect(writeNumber(2.5, 'en', 3)).toBe('2.5');
		expect(writeNumber(1 / 3, 'ru', 1, 'tex')).toBe('0{,}3');
		expect(writeNumber(-2, 'ru', 3, 'tex')).toBe('-2');
		expect(writeNumber(-2, 'ru')).toBe('−2');
	});
	test('never writes a negative zero', () => {
		expect(writeNumber(-0.0001, 'en')).toBe('0');
		expect(writeNumber(-0.0001, 'ru', 3, 'tex')).toBe('0');
	});
});

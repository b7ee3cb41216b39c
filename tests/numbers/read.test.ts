import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { int, MAX_TEXT, num, oneOf, readNumber } from '../../src/numbers/read';
import { matrix, vector } from '../../src/numbers/read-list';
import { shapeOf } from '../../src/numbers/read-shape';
import { formatHours } from '../../src/i18n/ui';
import { writeNumber } from '../../src/numbers/write';
import { fmt } from '../../src/widgets/lib/format';

describe('reading numbers typed into a widget', () => {
	test('accepts a decimal comma, a point, a true minus and exponents', () => {
		expect(num('0,5')).toBe(0.5);
		expect(num(' 0.5 ')).toBe(0.5);
		expect(num('−2')).toBe(-2);
		expect(num('1e-3')).toBe(0.001);
		expect(num('.25')).toBe(0.25);
	});

	test('reads a fraction as people write answers: 1/2, −3/100, 0,5/2; a zero or missing denominator is not a number', () => {
		expect(num('1/2')).toBe(0.5);
		expect(num('−3/100')).toBe(-0.03);
		expect(num('0,5/2')).toBe(0.25);
		expect(num(' 3 / 4 ')).toBe(0.75);
		for (const bad of ['1/0', '1/', '/2', '1/2/3', '1//2', '1/-2']) expect(num(bad), bad).toEqual({ p: 'nan' });
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

	test('refuses an absurdly long text without reading it, saying it is too long', () => {
		expect(num('1'.repeat(MAX_TEXT + 1))).toEqual({ p: 'long', a: MAX_TEXT });
		// Within the size rule, which comes first (tests/numbers/read-list.test.ts): too long.
		expect(vector(`1 2${' '.repeat(MAX_TEXT)}`, 8)).toEqual({ p: 'long', a: MAX_TEXT });
		expect(matrix(`1 2${' '.repeat(MAX_TEXT)}`, 8, 8)).toEqual({ p: 'long', a: MAX_TEXT });
	});

	test('reads its own output: a true minus anywhere, exponents in every printed form', () => {
		expect(num('−1,00e−5')).toBe(-1e-5);
		expect(num(fmt(-1e-5, 'ru'))).toBe(-1e-5);
		expect(num('1,2×10^−7')).toBeCloseTo(1.2e-7, 20);
		expect(num('2·10^{-3}')).toBe(0.002);
		expect(readNumber('5 * 10^(3)')).toBe(5000);
		expect(num('+3')).toBe(3);
		expect(num('5.')).toBe(5);
		for (const bad of ['10^', '2×10', '2×10^', '2×10^{3', '2×10^(3}', '10^3', '3^2', '1e5e5', '−−1', '1−', ',', '.', 'e5']) expect(num(bad), bad).toEqual({ p: 'nan' });
	});

	test('a comma is always a decimal comma here; spaces between thousands are dropped', () => {
		expect(readNumber('75,264')).toBe(75.264);
		expect(readNumber('75 264')).toBe(75264);
		expect(readNumber('1,234,5')).toBeUndefined();
	});

	test('whole numbers within limits', () => {
		expect(int('3', 1, 16)).toBe(3);
		expect(int('0', 1, 16)).toEqual({ p: 'int', a: 1, b: 16 });
		expect(int('17', 1, 16)).toEqual({ p: 'int', a: 1, b: 16 });
		expect(int('2.5', 1, 16)).toEqual({ p: 'int', a: 1, b: 16 });
		expect(int('1e400', 1, 16)).toEqual({ p: 'int', a: 1, b: 16 });
		expect(int('x', 1, 16)).toEqual({ p: 'nan' });
	});

	test('oneOf takes only a listed name', () => {
		expect(oneOf('relu', ['relu', 'tanh'])).toBe('relu');
		expect(oneOf('constructor', ['relu', 'tanh'])).toEqual({ p: 'nan' });
		expect(oneOf('"><img src=x onerror=alert(1)>', ['relu'])).toEqual({ p: 'nan' });
	});
});

describe('every number the site prints reads back', () => {
	// The rounding `fmt` promises: three (or `digits`) significant digits below 1, that many decimals
	// from 1 on, three significant digits in exponent form; the read-back value must be within it.
	const rounding = (x: number, digits: number): number => {
		const a = Math.abs(x);
		if (a >= 1e6 || a < 1e-4) return 0.005 * a;
		if (a < 1) return 0.5 * 10 ** (Math.floor(Math.log10(a)) + 1 - digits);
		return 0.5 * 10 ** -digits;
	};
	const values = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e-3, max: 1e-3, noNaN: true }), fc.integer({ min: -1000, max: 1000 }));
	test('fmt, in both languages and at 1 to 6 digits, within its rounding', () => {
		fc.assert(
			fc.property(values, fc.constantFrom('ru' as const, 'en' as const), fc.integer({ min: 1, max: 6 }), (x, lang, digits) => {
				const text = fmt(x, lang, digits);
				const back = readNumber(text);
				if (back === undefined) throw new Error(`fmt printed ${JSON.stringify(text)} for ${x}, and it does not read back`);
				expect(Math.abs(back - x), `${text} for ${x}`).toBeLessThanOrEqual(rounding(x, digits) * (1 + 1e-9) + 1e-300);
			}),
			{ numRuns: 2000 },
		);
	});
	test('writeNumber (labels, worked examples) and the hours of a path, within half a unit of their last digit', () => {
		fc.assert(
			fc.property(values, fc.constantFrom('ru' as const, 'en' as const), fc.integer({ min: 0, max: 6 }), (x, lang, digits) => {
				const text = writeNumber(x, lang, digits);
				expect(Math.abs(readNumber(text)! - x), text).toBeLessThanOrEqual(0.5 * 10 ** -digits * (1 + 1e-9) + Math.abs(x) * 1e-15);
				const hours = Math.abs(x);
				expect(Math.abs(readNumber(formatHours(hours, lang))! - hours)).toBeLessThanOrEqual(0.05 * (1 + 1e-9) + hours * 1e-15);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('linear time, measured in steps, not seconds', () => {
	const stepsOf = (read: (steps: { n: number }) => unknown): number => {
		const steps = { n: 0 };
		read(steps);
		return steps.n;
	};
	// The input that made the old regex backtrack: a long run of digits that fails at the very end.
	const hostile = (n: number) => `${'1'.repeat(n)}x`;
	test.each([1000, 2000, MAX_TEXT / 2])('a number of %i characters costs at most 3 steps per character, and twice the text at most twice the steps', (n) => {
		const one = stepsOf((steps) => readNumber(hostile(n), { steps }));
		const two = stepsOf((steps) => readNumber(hostile(2 * n), { steps }));
		expect(one).toBeLessThanOrEqual(3 * (n + 1));
		expect(two / one).toBeLessThanOrEqual(2.05);
	});
	test('lists and shapes too', () => {
		for (const make of [(n: number) => `${'1 '.repeat(n)}x`, (n: number) => `${' '.repeat(n)}1`, (n: number) => `${'1,'.repeat(n)}1`]) {
			const one = stepsOf((steps) => vector(make(500), Infinity, Infinity, { steps }));
			const two = stepsOf((steps) => vector(make(1000), Infinity, Infinity, { steps }));
			expect(two / one, make(3)).toBeLessThanOrEqual(2.05);
		}
		const one = stepsOf((steps) => shapeOf(`${'4 '.repeat(500)}x`, steps));
		const two = stepsOf((steps) => shapeOf(`${'4 '.repeat(1000)}x`, steps));
		expect(two / one).toBeLessThanOrEqual(2.05);
	});
	test('a pasted megabyte is refused unread with a reason', () => {
		const paste = `${'1'.repeat(1_048_576)}x`;
		expect(num(paste)).toEqual({ p: 'long', a: MAX_TEXT });
		expect(vector(paste, 8)).toEqual({ p: 'long', a: MAX_TEXT });
		expect(shapeOf(paste)).toEqual({ p: 'long', a: MAX_TEXT });
	});
});

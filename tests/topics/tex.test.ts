import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../src/practice/render';
import { readable, significant } from '../../src/topics/tex';

/** The TeX number helpers every topic module writes with: the page's language comes in through `fmt`. */
describe('readable', () => {
	test('plain numbers, decimal comma in Russian, scientific form for tiny and huge ones', () => {
		expect(readable(14.3, fmtFor('ru'))).toBe('14{,}3');
		expect(readable(14.3, fmtFor('en'))).toBe('14.3');
		expect(readable(0.0003, fmtFor('en'))).toBe('3 \\cdot 10^{-4}');
		expect(readable(-2.5e-7, fmtFor('ru'))).toBe('-2{,}5 \\cdot 10^{-7}');
		expect(readable(3.2e8, fmtFor('en'))).toBe('3.2 \\cdot 10^{8}');
		expect(readable(0, fmtFor('en'))).toBe('0');
	});
});

describe('significant', () => {
	test('two significant digits, scientific form below a thousandth', () => {
		expect(significant(0.0136, fmtFor('en'))).toBe('0.014');
		expect(significant(0.14056, fmtFor('ru'))).toBe('0{,}14');
		expect(significant(3, fmtFor('en'))).toBe('3');
		expect(significant(0.0030000000024, fmtFor('en'))).toBe('0.003');
		expect(significant(1.359e-5, fmtFor('en'))).toBe('1.4 \\cdot 10^{-5}');
		expect(significant(-6.6e-9, fmtFor('ru'))).toBe('-6{,}6 \\cdot 10^{-9}');
	});
});

import { describe, expect, test } from 'vitest';
import { asciiSlug, transliterate } from '../../src/markdown/transliterate';

describe('transliterate', () => {
	test('turns Russian letters into Latin ones', () => {
		expect(transliterate('Умножение матриц')).toBe('umnozhenie matrits');
		expect(transliterate('щёлочь, объём, йод, хэш, юг, яма')).toBe('shcheloch, obem, yod, khesh, yug, yama');
	});
});

describe('asciiSlug', () => {
	test('makes a short readable ASCII id from a Russian heading', () => {
		expect(asciiSlug('Умножение матриц')).toBe('umnozhenie-matrits');
		expect(asciiSlug('Формы: почему столбцы первой равны строкам второй')).toBe('formy-pochemu-stolbtsy-pervoy-ravny-strokam-vtoroy');
	});
	test('keeps English, digits and drops punctuation and accents', () => {
		expect(asciiSlug('The ReLU (rectified linear unit), v2')).toBe('the-relu-rectified-linear-unit-v2');
		expect(asciiSlug('Café — naïve')).toBe('cafe-naive');
	});
	test('returns an empty string when nothing usable is left', () => {
		expect(asciiSlug('∑ ∫ ∂')).toBe('');
	});
});

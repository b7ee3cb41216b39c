import { describe, expect, test } from 'vitest';
import { checkPractice } from '../../src/practice/check';
import type { Answer } from '../../src/practice/types';

const num = (value: number): Answer => ({ kind: 'number', value });

describe('checking a practice answer as people type it', () => {
	test('numbers: decimal comma or point, a true minus, fractions, exponents', () => {
		for (const typed of ['-0,5', '-0.5', '−0,5', '-1/2', '−1/2', '-5e-1']) expect(checkPractice(num(-0.5), typed, 'ru'), typed).toEqual({ verdict: 'correct' });
		expect(checkPractice(num(-0.03), '-3/100', 'en')).toEqual({ verdict: 'correct' });
		expect(checkPractice(num(0.001), '1e-3', 'en')).toEqual({ verdict: 'correct' });
	});

	test('vectors in parentheses or brackets, shapes with ×, x or «на», matrices a row per line, by `;` or in NumPy brackets', () => {
		const v: Answer = { kind: 'vector', value: [1, 2] };
		for (const typed of ['(1; 2)', '[1, 2]', '1 2']) expect(checkPractice(v, typed, 'ru'), typed).toEqual({ verdict: 'correct' });
		const s: Answer = { kind: 'shape', value: [4, 16] };
		for (const typed of ['4×16', '4x16', '4 на 16', '(4, 16)']) expect(checkPractice(s, typed, 'ru'), typed).toEqual({ verdict: 'correct' });
		const m: Answer = { kind: 'matrix', value: [[1, 2], [3, 4.5]] };
		for (const typed of ['1 2\n3 4,5', '1 2; 3 4,5', '[[1, 2], [3, 4.5]]']) expect(checkPractice(m, typed, 'ru'), typed).toEqual({ verdict: 'correct' });
	});

	test('a word answer, in any case, with ё or е', () => {
		const a: Answer = { kind: 'choice', value: 'decreasing', options: ['increasing', 'decreasing'] };
		const words = { increasing: ['возрастает', 'растёт'], decreasing: ['убывает', 'падает'] };
		expect(checkPractice(a, ' Убывает ', 'ru', [], words)).toEqual({ verdict: 'correct' });
		expect(checkPractice(a, 'растет', 'ru', [], words)).toEqual({ verdict: 'wrong', why: 'none' });
		expect(checkPractice(a, 'не знаю', 'ru', [], words)).toEqual({ verdict: 'unreadable' });
	});

	test('a wrong answer says what kind of mistake it looks like', () => {
		expect(checkPractice(num(2.5), '-2,5', 'ru')).toEqual({ verdict: 'wrong', why: 'sign' });
		expect(checkPractice(num(2.5), '5', 'ru')).toEqual({ verdict: 'wrong', why: 'double' });
		expect(checkPractice(num(2.5), '1,25', 'ru')).toEqual({ verdict: 'wrong', why: 'half' });
		expect(checkPractice(num(2.5), '0,25', 'ru')).toEqual({ verdict: 'wrong', why: 'decimal' });
		expect(checkPractice(num(2.5), '2,49', 'ru')).toEqual({ verdict: 'wrong', why: 'close' });
		expect(checkPractice(num(2.5), '7', 'ru')).toEqual({ verdict: 'wrong', why: 'none' });
		expect(checkPractice({ kind: 'shape', value: [4, 16] }, '16x4', 'ru')).toEqual({ verdict: 'wrong', why: 'transposed' });
		expect(checkPractice({ kind: 'matrix', value: [[1, 2], [3, 4]] }, '1 3; 2 4', 'ru')).toEqual({ verdict: 'wrong', why: 'transposed' });
		expect(checkPractice({ kind: 'vector', value: [1, 2] }, '1; 2; 3', 'ru')).toEqual({ verdict: 'wrong', why: 'length' });
		// The topic's own diagnosis comes first.
		expect(checkPractice(num(2.5), '5', 'ru', [{ value: 5, say: 'forgot-half' }])).toEqual({ verdict: 'wrong', why: 'mistake', key: 'forgot-half' });
	});

	test('empty, unreadable and over-long text get their own verdicts', () => {
		expect(checkPractice(num(1), '  ', 'ru')).toEqual({ verdict: 'empty' });
		expect(checkPractice(num(1), 'один', 'ru')).toEqual({ verdict: 'unreadable' });
		expect(checkPractice(num(1), '1'.repeat(5000), 'ru')).toEqual({ verdict: 'long' });
		expect(checkPractice({ kind: 'matrix', value: [[1]] }, '1 2; 3', 'ru')).toEqual({ verdict: 'unreadable' });
	});
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { plural } from '../../src/i18n/plural';

describe('plural', () => {
	test('three forms follow the Russian rule', () => {
		const form = (n: number) => plural(n, 'тема', 'темы', 'тем');
		expect([1, 21, 101, 1001].map(form)).toEqual(['тема', 'тема', 'тема', 'тема']);
		expect([2, 3, 4, 22, 34, 102].map(form)).toEqual(['темы', 'темы', 'темы', 'темы', 'темы', 'темы']);
		expect([0, 5, 11, 12, 13, 14, 19, 20, 111, 112].map(form)).toEqual(Array(10).fill('тем'));
	});
	test('two forms follow the English rule', () => {
		expect(plural(1, 'topic', 'topics')).toBe('topic');
		expect([0, 2, 11, 21].map((n) => plural(n, 'topic', 'topics'))).toEqual(['topics', 'topics', 'topics', 'topics']);
	});
	test('returns the word alone: the sentence writes the number', () => {
		expect(`${3} ${plural(3, 'строка', 'строки', 'строк')}`).toBe('3 строки');
	});
});

describe('one plural in src', () => {
	// `n === 1 ? 'topic' : 'topics'` written inline is a second copy of plural's English rule.
	const src = fileURLToPath(new URL('../../src/', import.meta.url));
	const INLINE = /=== 1 \? '[\p{L} ]+' : '[\p{L} ]+'/u;
	test('the pattern finds an inline plural', () => {
		expect(INLINE.test("${n === 1 ? 'topic' : 'topics'}")).toBe(true);
	});
	test('only src/i18n/plural.ts chooses a word form by count', () => {
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|tsx|astro)$/.test(f));
		expect(files.filter((f) => INLINE.test(readFileSync(join(src, f), 'utf8')))).toEqual([]);
	});
});

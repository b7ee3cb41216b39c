import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ERROR_IDS, FAMILIES } from '../../src/errors/catalogue';

/**
 * The error pages show every group of known errors once, each under its own heading with an ASCII
 * anchor distinct from every error's (so every known error has its section in both languages).
 */
const page = (lang: 'ru' | 'en') => readFileSync(join(import.meta.dirname, '../../content/docs', lang === 'ru' ? '' : 'en', 'errors.mdx'), 'utf8');

describe('the error pages', () => {
	test.each(['ru', 'en'] as const)('%s: every family once, each under a heading with its own anchor', (lang) => {
		const mdx = page(lang);
		const families = [...mdx.matchAll(/<ErrorFamily lang="(\w+)" family="([\w-]+)" \/>/g)].map((m) => [m[1], m[2]]);
		expect(families).toEqual(FAMILIES.map((f) => [lang, f]));
		const anchors = [...mdx.matchAll(/^## .+ \{#([a-z0-9-]+)\}\n\n<ErrorFamily/gm)].map((m) => m[1]!);
		expect(anchors).toHaveLength(FAMILIES.length);
		expect(new Set([...anchors, ...ERROR_IDS]).size).toBe(anchors.length + ERROR_IDS.length);
	});

	test('both languages use the same anchors', () => {
		const anchors = (lang: 'ru' | 'en') => [...page(lang).matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]);
		expect(anchors('en')).toEqual(anchors('ru'));
	});
});

import { readdirSync } from 'node:fs';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { ENTRIES, widgetEntry } from '../helpers/widget-entries';

/** The widget components: every `src/widgets/<Name>.tsx` is a widget a page can host. */
const WIDGETS = readdirSync('src/widgets')
	.filter((f) => /^[A-Z]\w*\.tsx$/.test(f))
	.map((f) => f.replace(/\.tsx$/, ''));

describe('inLanguage (the widget entries)', () => {
	test('gives every widget one entry per language, and nothing else', () => {
		expect(WIDGETS.length).toBe(9);
		const expected = WIDGETS.flatMap((w) => [`../../src/widgets/en/${w}.ts`, `../../src/widgets/ru/${w}.ts`]).sort();
		expect(Object.keys(ENTRIES).sort()).toEqual(expected);
	});

	test('renders the widget with the strings of its own language', () => {
		expect(renderToString(h(widgetEntry('ru', 'Training'), { lang: 'ru' }))).toContain('Скопировать ссылку');
		expect(renderToString(h(widgetEntry('en', 'Training'), { lang: 'en' }))).toContain('Copy link');
	});

	test('refuses, on the server, a page whose lang is not the entry’s language, naming the entry to import', () => {
		expect(() => renderToString(h(widgetEntry('ru', 'Training'), { lang: 'en' }))).toThrow(
			`The ru entry of the Training widget got lang="en": on a en page import it from '~/widgets/en/Training'.`,
		);
	});
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/graph/load';
import { validateContent } from '../../src/graph/validate';
import type { NotationTerm } from '../../src/schemas/notation';

/**
 * The checkable part of the site's notation (content/notation/, issue #17): no page, topic file,
 * glossary entry or interface string uses a term the site avoids («пачка», «шаг обучения», «свёртка
 * по оси», a gradient's norm in single bars). The letters of the running examples are checked where
 * their node names live (tests/content/running-letters.test.ts).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { notation, problems } = validateContent(loadContent(ROOT).input);

/** Where a reader meets our words. Russian words in English files would be a slip too, so all are read. */
const SOURCES: { dir: string; ext: RegExp }[] = [
	{ dir: 'content/docs', ext: /\.mdx?$/ },
	{ dir: 'content/topics', ext: /\.ya?ml$/ },
	{ dir: 'content/glossary', ext: /\.ya?ml$/ },
	{ dir: 'src/topics', ext: /\.ts$/ },
	{ dir: 'src/i18n', ext: /\.ts$/ },
	{ dir: 'src/widgets/i18n', ext: /\.ts$/ },
	// The error page's explanations, causes and fixes (src/errors/i18n/, src/errors/sections/).
	{ dir: 'src/errors', ext: /\.ts$/ },
];

/**
 * Keys whose strings list what readers type, which may be the very words the site avoids, so search finds
 * the page when a reader uses them (a topic's other names).
 */
const READERS_WORDS = /alias|other.?names|also.?called/i;

interface Hit {
	where: string;
	text: string;
	term: NotationTerm;
}

/** Every match of every avoided term in a text, with the line it is on. */
function avoidedTerms(text: string, terms: readonly NotationTerm[], file: string): Hit[] {
	const hits: Hit[] = [];
	for (const term of terms) {
		for (const m of text.matchAll(new RegExp(term.avoid, 'giu'))) {
			const line = text.slice(0, m.index).split('\n').length;
			hits.push({ where: `${file}:${line}`, text: m[0], term });
		}
	}
	return hits;
}

/** A YAML file's text with the strings under READERS_WORDS keys blanked out (line numbers kept). */
function withoutReadersWords(source: string): string {
	const keep: string[] = [];
	const walk = (node: unknown, key = ''): void => {
		if (typeof node === 'string') {
			if (READERS_WORDS.test(key)) keep.push(node);
		} else if (Array.isArray(node)) node.forEach((n) => walk(n, key));
		else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, READERS_WORDS.test(key) ? key : k);
	};
	walk(parseYaml(source));
	let text = source;
	for (const s of keep) text = text.split(s).join(' '.repeat(s.length));
	return text;
}

function files(dir: string, ext: RegExp): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => ext.test(name))
		.map((name) => `${dir}/${name}`);
}

describe('the site’s terms (content/notation/terms.yaml)', () => {
	test('the notation files validate', () => {
		expect(problems).toEqual([]);
		expect(notation.terms.length).toBeGreaterThan(0);
		expect(notation.letters.length).toBeGreaterThan(0);
	});

	test('the check finds each avoided term in a sentence that uses it, and not in the term the site uses', () => {
		const samples: Record<string, string> = {
			'пачк': 'Возьмём пачку из 32 примеров.',
			'шаг\\p{L}* обучени': 'Здесь η — Шаг обучения.',
			'свёртк\\p{L}* по ос|сверт\\p{L}* по ос': 'Это свёртка по оси 0.',
			'(?<!\\p{L})свертк': 'Слой делает свертку.',
			'(?<![\\\\|])\\|\\s*\\\\nabla': 'Длина $|\\nabla f|$.',
		};
		for (const term of notation.terms) {
			const sample = samples[term.avoid];
			expect(sample, `add a sample sentence for the avoided term ${term.avoid} to this test`).toBeDefined();
			expect(avoidedTerms(sample!, [term], 'sample').length, term.avoid).toBe(1);
			expect(avoidedTerms(term.use, [term], 'use'), `${term.use} is what the site says, yet it matches ${term.avoid}`).toEqual([]);
		}
		expect(avoidedTerms('$\\lVert \\nabla f \\rVert$ и $\\|\\nabla f\\|$', notation.terms, 'norms')).toEqual([]);
	});

	test('no page, topic, glossary entry or interface string uses an avoided term', () => {
		const hits = SOURCES.flatMap(({ dir, ext }) =>
			files(dir, ext).flatMap((file) => {
				const source = readFileSync(join(ROOT, file), 'utf8');
				return avoidedTerms(/\.ya?ml$/.test(file) ? withoutReadersWords(source) : source, notation.terms, file);
			}),
		);
		const report = hits.map((h) => `${h.where}: «${h.text}» — say «${h.term.use}». ${h.term.why}`).join('\n');
		expect(hits.length, report).toBe(0);
	});

	test('a topic’s other names may hold avoided words (readers type them), and nothing else may', () => {
		const yaml = 'aliases:\n  ru: [шаг обучения]\nprerequisites:\n  - why: { ru: пачка примеров }\n';
		expect(avoidedTerms(withoutReadersWords(yaml), notation.terms, 't.yaml').map((h) => h.text)).toEqual(['пачк']);
	});
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { errorWords } from '../errors/error-words';
import { loadContent } from '../graph/load';
import { vocabularyFile, type IndexedPage } from './vocabulary';

/** Where the box finds a language's vocabulary, relative to the site's base. */
export const vocabularyPath = (lang: string) => `pagefind/vocabulary.${lang}.json`;

/** A topic's names in one language: other names, misspellings, and the glossary terms that point at it. */
function topicNames(root: string, lang: 'ru' | 'en'): Map<string, string[]> {
	const { input } = loadContent(root);
	const names = new Map<string, string[]>();
	const add = (topic: string, name: unknown) => {
		if (typeof name === 'string' && name.trim()) names.set(topic, [...(names.get(topic) ?? []), name]);
	};
	for (const { id, raw } of input.topics) {
		const data = raw as { aliases?: Record<string, unknown[]>; misspellings?: Record<string, unknown[]> } | undefined;
		for (const name of [...(data?.aliases?.[lang] ?? []), ...(data?.misspellings?.[lang] ?? [])]) add(id, name);
	}
	for (const { raw } of input.glossary ?? []) {
		for (const term of Array.isArray(raw) ? raw : []) {
			const t = term as Record<string, unknown>;
			if (typeof t.topic === 'string') add(t.topic, t[lang]);
		}
	}
	return names;
}

/**
 * Writes each language's search vocabulary (./vocabulary.ts) next to the Pagefind index. Must come
 * after Starlight in astro.config.mjs: Starlight writes the index in its own `astro:build:done`, and
 * Astro runs those hooks in order. Pagefind's fragments give each page's id, URL and title.
 */
export function searchVocabulary(): AstroIntegration {
	let root = '';
	return {
		name: 'nn-math:search-vocabulary',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const fragments = join(out, 'pagefind', 'fragment');
				const byLang = new Map<string, IndexedPage[]>();
				for (const file of readdirSync(fragments)) {
					const id = file.replace(/\.pf_fragment$/, '');
					const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8').replace(/^pagefind_dcd/, '');
					const fragment = JSON.parse(text) as { url: string; meta?: { title?: string } };
					const lang = id.split('_')[0]!;
					byLang.set(lang, [...(byLang.get(lang) ?? []), { id, url: fragment.url, title: fragment.meta?.title ?? '' }]);
				}
				for (const [lang, pages] of byLang) {
					const names = topicNames(root, lang === 'en' ? 'en' : 'ru');
					writeFileSync(join(out, vocabularyPath(lang)), JSON.stringify(vocabularyFile(pages, names, '/', errorWords())));
				}
				logger.info(`search vocabulary written for ${[...byLang.keys()].join(', ')}`);
			},
		},
	};
}

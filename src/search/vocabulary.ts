/**
 * The site's own words, for the search box: each page of a language with its names (title, other
 * names and misspellings from the topic YAML, the glossary terms that point at the topic) and
 * whether it is a hub (home, glossary, resources, widgets…) rather than a topic. The build writes it
 * as one small JSON file per language next to the Pagefind index (./integration.ts); the box fetches
 * it with its first query, never with the page. It also carries the words of the known error messages
 * (./error-query.ts), the same in both files. Keyed by Pagefind's page id (the fragment's hash),
 * so the box ranks and replaces words without loading a fragment per result.
 */
import { lettersOf, normalize } from './text';

/** The file as written: `[id, url, hub 0|1, ...names]` per page, names normalized (./text.ts). */
export interface VocabularyFile {
	pages: [string, string, 0 | 1, ...string[]][];
	/** The words of the known error messages (src/errors/error-words.ts): whether a query reads like one (./error-query.ts). */
	errors?: string[];
}

/** The file as the box uses it. */
export interface Vocabulary {
	/** Page id → its URL, whether it is a hub, and the words of each of its names. */
	pages: ReadonlyMap<string, { url: string; hub: boolean; words: string[][] }>;
	/** Every distinct word of every name, 3 letters or more: what a word that finds nothing may become. */
	words: readonly string[];
	/** The words of the known error messages, so the box tells a pasted message without loading the error catalogue. */
	errorWords: ReadonlySet<string>;
}

/** One page Pagefind indexed, as its fragment says. */
export interface IndexedPage {
	id: string;
	url: string;
	title: string;
}

/** The names of topics for one language: topic id (`calculus/gradient`) → other names and glossary terms. */
export type TopicNames = ReadonlyMap<string, readonly string[]>;

/** The topic id of a page URL (`/en/calculus/gradient/` → `calculus/gradient`), or `undefined` for a hub page. */
export function topicOfUrl(url: string, base: string): string | undefined {
	const path = url.startsWith(base) ? url.slice(base.length) : url;
	const parts = path.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
	if (parts[0] === 'en') parts.shift();
	return parts.length === 2 ? parts.join('/') : undefined;
}

/** The file for one language's pages. Hubs are named by their title and their URL's words («glossary», "cheat sheet"). */
export function vocabularyFile(pages: readonly IndexedPage[], names: TopicNames, base: string, errorWords: readonly string[] = []): VocabularyFile {
	return {
		errors: [...errorWords],
		pages: [...pages]
			.sort((a, b) => a.url.localeCompare(b.url))
			.map((page) => {
				const topic = topicOfUrl(page.url, base);
				const own = topic ? (names.get(topic) ?? []) : [page.url.slice(base.length).replace(/^en\//, '').replace(/[/-]+/g, ' ')];
				const all = [...new Set([page.title, ...own].map(normalize).filter(Boolean))];
				return [page.id, page.url, topic ? 0 : 1, ...all];
			}),
	};
}

/** Reads the file the build wrote; an entry that is not `[id, url, hub, ...names]` is skipped. */
export function readVocabulary(file: unknown): Vocabulary {
	const pages = new Map<string, { url: string; hub: boolean; words: string[][] }>();
	const words = new Set<string>();
	const rows = (file as Partial<VocabularyFile> | null)?.pages;
	for (const row of Array.isArray(rows) ? rows : []) {
		if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') continue;
		const names = row.slice(3).filter((n): n is string => typeof n === 'string').map(lettersOf);
		pages.set(row[0], { url: row[1], hub: row[2] === 1, words: names });
		for (const w of names.flat()) if ([...w].length >= 3) words.add(w);
	}
	const errors = (file as Partial<VocabularyFile> | null)?.errors;
	return { pages, words: [...words], errorWords: new Set(Array.isArray(errors) ? errors.filter((w): w is string => typeof w === 'string') : []) };
}

/**
 * The search box's query logic (issue #22), pure: it is given a `lookup` that runs one Pagefind search
 * and the site's vocabulary (./vocabulary.ts), and decides what to search and in which order to show
 * the pages. It never touches the DOM or Pagefind itself (the box, src/search/box.ts, does).
 *
 * 1. Question and filler words are dropped (./stop-words.ts); a query of only such words keeps them all.
 * 2. Each remaining word is looked up alone. A word that finds nothing is replaced: first by the same
 *    keys in the other keyboard layout (./layout.ts), then by the nearest word of the site's
 *    vocabulary (./nearest.ts) to it, to that, or to its Latin transliteration («оверфиттинг»).
 *    The box then says what it searched for. Last, Pagefind's own nearest prefix match (loose).
 * 3. The words are searched together (Pagefind: every word must be on the page), with the pages
 *    whose names (title, other names) contain one of the words. When that finds fewer than 3 topics,
 *    the per-word results are merged instead, so a page that has the content words but not the
 *    asker's phrasing is never lost.
 * 4. Order: a page one of whose names (title, other names, glossary terms) is the whole query; then
 *    pages having and naming more of the words (a whole name in the query counts most), rarer words
 *    counting more; topics before hub pages
 *    (glossary, resources, home…) unless the query names that hub; then Pagefind's own score.
 */
import { otherLayout, transliterated } from './layout';
import { nearestWord } from './nearest';
import { STOP_WORDS } from './stop-words';
import { sameWord, wordsOf } from './text';
import type { Vocabulary } from './vocabulary';

/** One page Pagefind found: its id (the fragment's hash) and its score. */
export interface Hit {
	id: string;
	score: number;
}

/**
 * Runs one Pagefind search. For one word it answers nothing when Pagefind only matched a short
 * prefix of it (src/search/text.ts, realMatch), or any 3 letters when `loose`.
 */
export type Lookup = (term: string, loose?: boolean) => Promise<readonly Hit[]>;

export interface Outcome {
	/** Page ids, best first. */
	ids: string[];
	/** The words searched, after dropping filler and replacing words that found nothing. */
	searched: string;
	/** Whether a word was replaced (wrong layout or nearest word): the box then shows `searched`. */
	replaced: boolean;
	/** Whether the words were searched together (false: merged word by word). */
	strict: boolean;
}

/** Fewer topics than this from the strict query and the words are searched separately. */
export const MIN_TOPICS = 3;

/** The query's content words: without stop words, or all its words when only stop words are left. */
export function contentWords(query: string): string[] {
	const words = wordsOf(query);
	const kept = words.filter((w) => !STOP_WORDS.has(w));
	return kept.length > 0 ? kept : words;
}

/**
 * Orders pages as described at the top of this file. `perWord` are each word's own results (they
 * give a word its weight: a word on few pages says more than one on every page, log(1 + pages / its
 * pages)); `pages` are the candidates: the strict results (each has every word) and the pages that
 * name a word, or, when `strict` is false, the union of `perWord`. A page earns a word's weight for having the word and again for
 * naming it (a topic's title, other names, glossary terms), and a third time when a whole name of the
 * page is in the query. A hub counts half unless the
 * query names it; Pagefind's score breaks ties.
 */
export function rank(perWord: readonly (readonly Hit[])[], pages: readonly Hit[], strict: boolean, words: readonly string[], vocabulary: Vocabulary): string[] {
	const whole = words.join(' ');
	const total = Math.max(vocabulary.pages.size, ...perWord.map((h) => h.length), 1);
	const weights = perWord.map((hits) => Math.log(1 + total / Math.max(hits.length, 1)));
	const sets = perWord.map((hits) => new Set(hits.map((h) => h.id)));
	const best = new Map<string, number>();
	const strictIds = new Set(strict ? pages.map((h) => h.id) : []);
	const names = (id: string) => vocabulary.pages.get(id)?.words ?? [];
	const namesAWord = (id: string) => words.some((w) => names(id).some((n) => n.some((x) => sameWord(x, w))));
	for (const hits of strict ? [pages, ...perWord] : perWord) {
		const top = Math.max(...hits.map((h) => h.score), Number.MIN_VALUE);
		for (const { id, score } of hits) {
			if (hits === pages || !strict || strictIds.has(id) || namesAWord(id)) best.set(id, Math.max(best.get(id) ?? 0, score / top));
		}
	}
	const keyed = [...best].map(([id, score]) => {
		const info = vocabulary.pages.get(id);
		// A name's filler words («и», "the") need not be typed for the name to be in the query.
		const own = names(id).map((n) => n.filter((x) => !STOP_WORDS.has(x)));
		const named = words.map((w) => own.some((n) => n.some((x) => sameWord(x, w))));
		// The longest name all of whose words are in the query («градиентный спуск» in «градиентный спуск как слепой…»).
		const phrase = own
			.filter((n) => n.every((x) => words.some((w) => sameWord(x, w))))
			.reduce<string[]>((a, n) => (n.length > a.length ? n : a), []);
		let coverage = 0;
		words.forEach((w, i) => {
			const inPhrase = phrase.some((x) => sameWord(x, w)) ? 1 : 0;
			coverage += weights[i]! * ((strictIds.has(id) || sets[i]!.has(id) ? 1 : 0) + (named[i] ? 1 : 0) + inPhrase);
		});
		const hub = info?.hub === true && !named.some(Boolean);
		const exact = own.some((n) => n.join(' ') === whole);
		return { id, key: [exact ? 1 : 0, Math.round(coverage * (hub ? 0.5 : 1) * 100), hub ? 0 : 1, score] };
	});
	keyed.sort((a, b) => {
		for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
		return 0;
	});
	return keyed.map((k) => k.id);
}

/** How many of these pages are topics (not hubs) by the vocabulary. */
function topicCount(hits: readonly Hit[], vocabulary: Vocabulary): number {
	return hits.filter((h) => vocabulary.pages.get(h.id)?.hub !== true).length;
}

/** A word that finds nothing, replaced: the other layout when that finds pages, else the nearest vocabulary word. */
async function replacement(word: string, lookup: Lookup, vocabulary: Vocabulary): Promise<{ word: string; hits: readonly Hit[] } | undefined> {
	const swapped = otherLayout(word);
	if (swapped) {
		const hits = await lookup(swapped);
		if (hits.length > 0) return { word: swapped, hits };
	}
	const latin = transliterated(word);
	if (latin) {
		const hits = await lookup(latin);
		if (hits.length > 0) return { word: latin, hits };
	}
	for (const candidate of [word, swapped, latin]) {
		const near = candidate && nearestWord(candidate, vocabulary.words);
		if (near && near !== candidate) {
			const hits = await lookup(near);
			if (hits.length > 0) return { word: near, hits };
		}
	}
	return undefined;
}

/** Searches `query` as described at the top of this file. */
export async function runQuery(query: string, lookup: Lookup, vocabulary: Vocabulary): Promise<Outcome> {
	const typed = contentWords(query);
	if (typed.length === 0) return { ids: [], searched: '', replaced: false, strict: true };
	const perWord = await Promise.all(typed.map(async (word) => ({ word, hits: await lookup(word) })));
	let replaced = false;
	for (const entry of perWord) {
		if (entry.hits.length > 0) continue;
		const better = await replacement(entry.word, lookup, vocabulary);
		if (better) {
			Object.assign(entry, better);
			replaced = true;
		}
	}
	// Nothing found for any word: Pagefind's nearest prefix matches, as typed, rather than an empty list.
	if (perWord.every((e) => e.hits.length === 0)) for (const entry of perWord) entry.hits = await lookup(entry.word, true);
	const found = perWord.filter((e) => e.hits.length > 0);
	const words = found.map((e) => e.word);
	const searched = perWord.map((e) => e.word).join(' ');
	if (found.length === 0) return { ids: [], searched, replaced, strict: true };
	const strictHits = found.length === 1 ? found[0]!.hits : await lookup(words.join(' '));
	const lists = found.map((e) => e.hits);
	if (topicCount(strictHits, vocabulary) >= MIN_TOPICS || found.length === 1) {
		return { ids: rank(lists, strictHits, true, words, vocabulary), searched, replaced, strict: true };
	}
	return { ids: rank(lists, lists.flat(), false, words, vocabulary), searched, replaced, strict: false };
}


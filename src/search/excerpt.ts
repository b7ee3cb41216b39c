/**
 * A result's excerpt and its sections, built for the results the box shows and only for the sections
 * it shows. Pagefind's data() builds the same things (https://pagefind.app/docs/api/), but for every
 * section of the page that has a hit, each by splitting the whole page again: on a long topic page
 * that was the largest part of a keystroke's time (src/search/README.md). Pure: the box gives it the
 * page's fragment (the file Pagefind itself reads) and where the query's words are on the page.
 *
 * The rules follow Pagefind's: an excerpt is the window of EXCERPT_WORDS words with the most hits
 * (the middle one of equally good windows next to each other), kept inside its section; a hit
 * belongs to the last section heading before it; a section is a heading (or an element with a title)
 * with an id, and it ends where the next one starts. Pagefind also weighs a hit by where it stands
 * (a title counts more); here every hit counts one, which moves an excerpt by a few words at most.
 */

/** Words in an excerpt, as Pagefind's default. */
export const EXCERPT_WORDS = 30;

/** The parts of a Pagefind fragment the box reads. */
export interface Fragment {
	/** The page's path as indexed (without the site's base). */
	url: string;
	/** The page's text, words separated by whitespace; the query's locations index these words. */
	content: string;
	meta: { title?: string };
	/** Elements with an id, where each starts in the words. */
	anchors: readonly { element: string; id: string; text?: string; title?: string; location: number }[];
}

export interface Section {
	url: string;
	title: string;
	/** HTML: the words escaped, the hits in <mark>. */
	excerpt: string;
}

/** A result as the box draws it: the page and its first `subs` sections that have a hit. */
export interface Shown extends Section {
	subs: Section[];
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The first word of the window of `length` words within [from, to) holding the most of `hits` (sorted). */
export function densest(hits: readonly number[], from: number, to: number, length = EXCERPT_WORDS): number {
	const last = Math.max(from, to - length);
	if (hits.length === 0 || last === from) return from;
	// Hits in [start, start + length) for each start, by a sliding window over the sorted hits.
	let best = -1;
	let runStart = from;
	let runEnd = from;
	let lo = 0;
	let hi = 0;
	for (let start = from; start <= last; start++) {
		while (lo < hits.length && hits[lo]! < start) lo++;
		while (hi < hits.length && hits[hi]! < start + length) hi++;
		const count = hi - lo;
		if (count > best) {
			best = count;
			runStart = runEnd = start;
		} else if (count === best && runEnd === start - 1) runEnd = start;
	}
	return Math.floor((runStart + runEnd) / 2);
}

/** The excerpt of words [from, to) around `hits`: escaped, hits marked. */
export function excerptOf(words: readonly string[], hits: readonly number[], from: number, to: number, length = EXCERPT_WORDS): string {
	const start = densest(hits, from, to, length);
	const end = Math.min(to, start + length);
	const marked = new Set(hits);
	const out: string[] = [];
	for (let i = start; i < end; i++) out.push(marked.has(i) ? `<mark>${escape(words[i]!)}</mark>` : escape(words[i]!));
	return out.join(' ').trim();
}

/**
 * The result for a page: its URL with the site's `base` (no trailing slash), title, excerpt over the
 * whole page, and its first `subs` sections that hold a hit, in page order, each with its own excerpt.
 */
export function shownResult(fragment: Fragment, words: readonly string[], hits: readonly number[], base: string, subs: number): Shown {
	const url = `${base}/${fragment.url}`.replace(/\/+/g, '/');
	const sorted = [...hits].sort((a, b) => a - b);
	const anchors = fragment.anchors
		.filter((a) => (a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text && /\S/.test(a.text)))
		.sort((a, b) => a.location - b.location);
	const sections: Section[] = [];
	for (let i = 0; i < anchors.length && sections.length < subs; i++) {
		const anchor = anchors[i]!;
		if (anchor.id === '_top') continue;
		const from = anchor.location;
		const to = anchors[i + 1]?.location ?? words.length;
		const inside = sorted.filter((h) => h >= from && h < to);
		if (inside.length === 0) continue;
		sections.push({ url: `${url}#${anchor.id}`, title: anchor.title || anchor.text || '', excerpt: excerptOf(words, inside, from, to) });
	}
	return { url, title: fragment.meta.title ?? url, excerpt: excerptOf(words, sorted, 0, words.length), subs: sections };
}

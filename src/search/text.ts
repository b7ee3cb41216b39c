/**
 * How search compares words: lower case, ё as е (readers rarely type ё; the site writes it), and a
 * query split at spaces. Shared by the build (./vocabulary.ts) and the search box (./query.ts), so a
 * name and a typed word are compared in the same form.
 */
export function normalize(text: string): string {
	return text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** The words of a normalized query: split at spaces and dashes, stripped of the punctuation a question ends with. */
export function wordsOf(query: string): string[] {
	return normalize(query.replace(/[–—]/g, ' '))
		.split(' ')
		.map((w) => w.replace(/^[«»"'“”„(]+|[«»"'“”„)?!,:;]+$/g, ''))
		.filter(Boolean);
}

/** The letter words of a name, for the vocabulary of replacements: «Матрица Якоби (якобиан)» → матрица, якоби, якобиан. */
export function lettersOf(text: string): string[] {
	return normalize(text).match(/[\p{L}\d][\p{L}\d-]*[\p{L}\d]|[\p{L}]/gu) ?? [];
}

/** How many letters two words share from their start. */
function commonStart(a: string, b: string): number {
	let common = 0;
	while (common < a.length && a[common] === b[common]) common++;
	return common;
}

/**
 * Whether two words are forms of one word, without a stemmer: the same, or both at least 4 letters
 * long and sharing from the start all of the shorter one but its last letter, or 65 % of it and at
 * least 5 letters (Russian endings and suffixes: «веса» and «весов», «матрицы» and «матрица»,
 * «инициализировать» and «инициализация»).
 */
export function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const shorter = Math.min(a.length, b.length);
	return shorter >= 4 && commonStart(a, b) >= Math.min(shorter - 1, Math.max(5, Math.ceil(shorter * 0.65)));
}

/**
 * Whether the word Pagefind matched on a page really is the word searched. For a word it does not
 * know, Pagefind falls back to ever shorter prefixes and answers "uhflbtyn" with every page that has
 * a word starting with «u»; such an answer counts as finding nothing. A match sharing half the word
 * from its start (at least 3 letters, or all but 2 of a short word: «угол» → «угла») is a real one,
 * a stem («умножению» → «умножение»). `loose`
 * accepts any 3 shared letters: the last resort before an empty list. Hyphens are ignored, as
 * Pagefind indexes «кросс-энтропия» also as «кроссэнтропия».
 */
export function realMatch(matched: string, term: string, loose = false): boolean {
	const m = normalize(matched).replace(/[^\p{L}\d]+/gu, '');
	const t = normalize(term).replace(/[^\p{L}\d]+/gu, '');
	const needed = loose ? Math.min(t.length, 3) : Math.min(Math.max(1, t.length - 2), Math.max(3, Math.ceil(t.length / 2)));
	return commonStart(m, t) >= needed;
}

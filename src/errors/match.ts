/**
 * Finding the known errors in what a reader pasted: a whole traceback, a Jupyter cell's output, a
 * line copied from a forum. Pure and language-free; the page script (./page.client.ts) and the
 * tests call the same functions.
 *
 * Linear time on any paste: only the last MAX_SCAN characters are read (Python prints the exception
 * last, and a warning that explains it is printed just before), whitespace is made single spaces in
 * one pass, and each pattern of ./catalogue.ts runs once over that text without backtracking beyond
 * its own bounded groups.
 */
import { CATALOGUE, ERROR_IDS, type ErrorId, type FactsOf } from './catalogue';
import { words } from './words';

/** How many characters of a paste are read, from its end. */
export const MAX_SCAN = 20_000;
/** The longest text kept in the page address; a longer paste keeps only the messages found in it. */
export const MAX_URL_TEXT = 1_500;

export interface Found<K extends ErrorId = ErrorId> {
	id: K;
	facts: FactsOf<K>;
	/** Where in the scanned text the message starts: errors are listed in the order they were printed. */
	at: number;
	/** The message as matched, whitespace made single. */
	text: string;
}

export interface Matched {
	/** Every known error in the paste, in the order they appear. */
	found: Found[];
	/** How many characters were read: at most MAX_SCAN whatever the paste's length. */
	scanned: number;
}

/** The text the patterns read: the paste's last MAX_SCAN characters, every run of whitespace (CRLF, tabs, a terminal's wrapping) one space. */
export function scannedText(paste: string): string {
	return tail(paste).replace(/\s+/g, ' ');
}

const tail = (paste: string) => (paste.length > MAX_SCAN ? paste.slice(paste.length - MAX_SCAN) : paste);

/** The known errors in a paste, with their numbers. */
export function matchErrors(paste: string): Matched {
	const read = tail(paste);
	const text = read.replace(/\s+/g, ' ');
	const found: Found[] = [];
	for (const id of ERROR_IDS) {
		const entry = CATALOGUE[id];
		for (let which = 0; which < entry.patterns.length; which++) {
			const m = entry.patterns[which]!.exec(text);
			if (!m) continue;
			found.push({ id, facts: entry.read(m, which) as FactsOf<typeof id>, at: m.index, text: m[0] } as Found);
			break;
		}
	}
	found.sort((a, b) => a.at - b.at);
	return { found, scanned: read.length };
}

let exampleWords: Map<ErrorId, Set<string>> | undefined;

/**
 * For a paste with no known error: the known errors whose wording shares the most words with it,
 * best first (at most `n`, each sharing at least two words), so a reworded or newer message still
 * lands near its family.
 */
export function closestErrors(paste: string, n = 3): ErrorId[] {
	exampleWords ??= new Map(ERROR_IDS.map((id) => [id, words(CATALOGUE[id].example)]));
	const mine = words(scannedText(paste));
	const scored = ERROR_IDS.map((id, order) => {
		let score = 0;
		for (const w of exampleWords!.get(id)!) if (mine.has(w)) score++;
		return { id, score, order };
	});
	return scored
		.filter((s) => s.score >= 2)
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, n)
		.map((s) => s.id);
}

/** Words of a paste to look up with the site's search: its first distinctive words, numbers and paths left out. */
export function searchWords(paste: string, max = 8): string {
	return [...words(scannedText(paste), max)].join(' ');
}

/**
 * What the page keeps in its address so that a link reproduces the explanation: the paste itself
 * when short, otherwise the messages found in it (a traceback's files and lines are not needed to
 * explain it), otherwise the paste's beginning.
 */
export function textForLink(paste: string, found: readonly Found[]): string {
	if (paste.length <= MAX_URL_TEXT) return paste;
	const messages = found.map((f) => f.text).join('\n');
	return (messages || paste).slice(0, MAX_URL_TEXT);
}

/**
 * The words of a message that can tell errors apart: for the closest known errors (./match.ts), a
 * site search, and the 404 page's guess that an address is an error message (./looks-like.ts). On
 * its own so that the 404 page gets it without the catalogue.
 */

/** Words that say nothing about which error it is. */
const STOP = new Set(['the', 'and', 'for', 'with', 'but', 'not', 'has', 'have', 'its', 'this', 'that', 'error', 'runtimeerror', 'valueerror', 'file', 'line', 'self', 'return', 'traceback', 'most', 'recent', 'call', 'last']);

/** The distinct lowercase words (3+ letters) of a text, at most `cap` of them, without the words that name no error. */
export function words(text: string, cap = 400): Set<string> {
	const out = new Set<string>();
	for (const m of text.toLowerCase().matchAll(/[a-z_]{3,30}/g)) {
		if (!STOP.has(m[0])) out.add(m[0]);
		if (out.size >= cap) break;
	}
	return out;
}

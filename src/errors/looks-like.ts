/**
 * Whether some words (the words of a missing address) look like an error message, so the 404 page
 * can offer the error page, and the site search can put the error's explanation first
 * (src/search/error-query.ts): an exception's name, or two words of the known messages, which the
 * page carries (./error-words.ts). Pure; imports nothing of the catalogue.
 */
import { words } from './words';

/** Names of Python exceptions and warnings that frameworks raise, and a traceback's first word. */
const EXCEPTION = /(?:^|[^a-z])(?:runtime|value|index|type|axis)?error(?:$|[^a-z])|warning|traceback|exception/i;

/** True when `text` names a Python exception or warning, or reads as a traceback. */
export const namesException = (text: string): boolean => EXCEPTION.test(text);

/** True when `text` names an exception or shares two or more words with the known messages (`known`). */
export function looksLikeError(text: string, known: ReadonlySet<string>): boolean {
	if (namesException(text)) return true;
	let shared = 0;
	for (const w of words(text)) if (known.has(w) && ++shared >= 2) return true;
	return false;
}

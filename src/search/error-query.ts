/**
 * Whether a search query reads like a pasted error message (issue: readers paste
 * `RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3 and 2x5)` into the search box), so
 * the box puts the error's explanation above the ordinary results. Pure and tiny: it is in the box's
 * bundle, while the catalogue it leads to loads only for such a query (./error-answer.ts).
 *
 * The 404 page's guess (src/errors/looks-like.ts) is the test: an exception's name, or two words of
 * the known messages. A search query is typed on purpose, and ordinary English questions share two
 * such words often enough («how to compute the gradient»: 11 of the 190 queries of
 * tests/browser/search-queries.test.ts and search-questions.ts), so the box only offers the error
 * page when the query also names an exception or carries a number, as printed messages do (shapes,
 * sizes, indices); without either, it shows a catalogue entry only when one really matches.
 */
import { looksLikeError, namesException } from '../errors/looks-like';

/** `none`: an ordinary query. `match`: show a catalogue entry if one matches. `offer`: that, or else offer the error page. */
export type ErrorQuery = 'none' | 'match' | 'offer';

/** What the box does about `query`, given the words of the known messages (`known`, written by the build into the vocabulary). */
export function errorQuery(query: string, known: ReadonlySet<string>): ErrorQuery {
	if (!looksLikeError(query, known)) return 'none';
	return namesException(query) || /\d/.test(query) ? 'offer' : 'match';
}

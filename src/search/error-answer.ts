/**
 * The search box's answer to a query that reads like an error message (./error-query.ts): the known
 * error it is, from the error page's own matcher (src/errors/match.ts), with that error's title and
 * the first sentence of what it means with the reader's numbers (src/errors/i18n/meaning-<lang>.ts),
 * and the links the box shows. Pure and language-free: ./error-answer-ru.ts and -en.ts bind each
 * language's tables, so the box loads one language, and only for such a query.
 */
import type { ErrorId, FactTable } from '../errors/catalogue';
import { matchErrors, MAX_URL_TEXT } from '../errors/match';
import { MSG_PARAM } from '../errors/param';
import type { Section } from '../errors/sections/types';

/** One language's words for the known errors. */
export interface ErrorTables {
	/** Each error's section on the error page: the box shows its title. */
	sections: { readonly [K in ErrorId]: Section };
	/** What each error means, from the numbers of the message. */
	meaning: FactTable<string>;
}

/** What the box shows above the results. */
export type ErrorAnswer =
	| { kind: 'known'; id: ErrorId; title: string; meaning: string; href: string }
	/** No known error in the query: a link that opens the error page on it, which lists the closest known errors. */
	| { kind: 'offer'; href: string };

/**
 * The first sentence of an explanation: up to the first full stop followed by a capital letter or the
 * end (a stop inside `np.dot` or `1.5` does not end one), at most `max` characters.
 */
export function firstSentence(text: string, max = 240): string {
	const end = /[.!?](?=\s+[A-ZА-ЯЁ(«"]|\s*$)/u.exec(text);
	const sentence = end ? text.slice(0, end.index + 1) : text;
	return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

/**
 * The box's answer for `query`, or `undefined` when it matches no known error and `offer` is false.
 * `errorsHref` is the error page of the page's language (`/errors/`, `/en/errors/`, with the base); an
 * entry links its section there by the error's id, as the error page's own box does.
 */
export function errorAnswer(query: string, tables: ErrorTables, errorsHref: string, offer: boolean): ErrorAnswer | undefined {
	const found = matchErrors(query).found[0];
	if (found) {
		const meaning = (tables.meaning as Record<ErrorId, (facts: unknown) => string>)[found.id](found.facts);
		return { kind: 'known', id: found.id, title: tables.sections[found.id].title, meaning: firstSentence(meaning), href: `${errorsHref}#${found.id}` };
	}
	if (!offer) return undefined;
	// The same link as the 404 page's offer (src/links/not-found.client.ts); the page reads at most MAX_URL_TEXT characters of it.
	return { kind: 'offer', href: `${errorsHref}?${MSG_PARAM}=${encodeURIComponent(query.slice(0, MAX_URL_TEXT))}` };
}

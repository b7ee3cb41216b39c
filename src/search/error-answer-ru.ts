/** The search box's error answers (./error-answer.ts) bound to the Russian tables: the box imports this file only for a query that reads like an error message on a Russian page. */
import { MEANING_RU } from '../errors/i18n/meaning-ru';
import { SECTIONS_RU } from '../errors/sections/ru';
import { ERRORS_UI } from '../i18n/errors';
import { errorAnswer } from './error-answer';

export const answer = (query: string, errorsHref: string, offer: boolean) => errorAnswer(query, { sections: SECTIONS_RU, meaning: MEANING_RU }, errorsHref, offer);
export const ui = ERRORS_UI.ru;

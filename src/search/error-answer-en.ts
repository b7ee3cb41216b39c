/** The search box's error answers (./error-answer.ts) bound to the English tables: the box imports this file only for a query that reads like an error message on an English page. */
import { MEANING_EN } from '../errors/i18n/meaning-en';
import { SECTIONS_EN } from '../errors/sections/en';
import { ERRORS_UI } from '../i18n/errors';
import { errorAnswer } from './error-answer';

export const answer = (query: string, errorsHref: string, offer: boolean) => errorAnswer(query, { sections: SECTIONS_EN, meaning: MEANING_EN }, errorsHref, offer);
export const ui = ERRORS_UI.en;

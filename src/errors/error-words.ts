/**
 * The words of every known message (build time): the 404 page carries them so that its script can
 * tell an address that reads like an error message (./looks-like.ts) without downloading the catalogue.
 */
import { CATALOGUE, ERROR_IDS } from './catalogue';
import { words } from './words';

export const errorWords = (): string[] => [...new Set(ERROR_IDS.flatMap((id) => [...words(CATALOGUE[id].example)]))].sort();

/**
 * A word typed in the other script. The wrong keyboard layout: «ghjbpdjlyfz» is «производная» typed on QWERTY keys,
 * "uhflbtyn" is «градиент». The two standard layouts, ЙЦУКЕН and QWERTY, key for key (the keys
 * `[ ] ; ' , .` and the backquote carry Russian letters).
 */
const LATIN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const CYRILLIC = 'ёйцукенгшщзхъфывапролджэячсмитьбю';

const TO_CYRILLIC = new Map([...LATIN].map((c, i) => [c, CYRILLIC[i]!]));
const TO_LATIN = new Map([...CYRILLIC].map((c, i) => [c, LATIN[i]!]));

/**
 * The word as it would read in the other layout, or `undefined` when it is not one layout's letters
 * only (a word mixing scripts or with digits was not typed in the wrong layout). Lower case in, lower case out.
 */
export function otherLayout(word: string): string | undefined {
	const chars = [...word];
	if (chars.every((c) => TO_CYRILLIC.has(c)) && /[a-z]/.test(word)) return chars.map((c) => TO_CYRILLIC.get(c)).join('');
	if (chars.every((c) => TO_LATIN.has(c))) return chars.map((c) => TO_LATIN.get(c)).join('');
	return undefined;
}

/** Russian letters as Latin ones, the way jargon is borrowed: «оверфиттинг» → "overfitting", «бэкпроп» → "bekprop". */
const TRANSLIT: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
	р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A Cyrillic word in Latin letters (English jargon typed in Russian), or `undefined` for a word with other letters. */
export function transliterated(word: string): string | undefined {
	const chars = [...word];
	return chars.every((c) => c in TRANSLIT) ? chars.map((c) => TRANSLIT[c]).join('') : undefined;
}

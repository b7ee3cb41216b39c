/**
 * ASCII slugs for heading ids. A Cyrillic id turns into a 144-character percent-encoded
 * fragment when a link is pasted into a forum; `#umnozhenie-matrits` stays readable.
 * The table is a simple practical scheme (close to the one on Russian passports), chosen for
 * readability, not for being reversible.
 */
const CYRILLIC: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
	к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
	х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Transliterates Cyrillic letters to Latin ones; other characters pass through unchanged. */
export function transliterate(text: string): string {
	let out = '';
	for (const char of text.toLowerCase()) out += CYRILLIC[char] ?? char;
	return out;
}

/**
 * Turns heading text into an ASCII slug: transliterated, accents stripped, anything that is not
 * a letter or digit becomes a hyphen. Returns `''` when nothing usable is left (e.g. a heading of
 * only symbols); the caller then falls back to a numbered id.
 */
export function asciiSlug(text: string): string {
	return transliterate(text)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

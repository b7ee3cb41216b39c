/**
 * Reading a URL fragment, which anyone can type or paste: `#%E0%A4%A` or `#%` are not valid
 * percent-encoding and make `decodeURIComponent` throw, and `#__proto__` must not find a key of
 * `Object.prototype`. Both functions are total and linear in the input.
 */

/** The fragment's text (without `#`), decoded; a malformed escape leaves the text as it was. */
export function decodeFragment(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/**
 * Where an old heading id now lives on another page, from the page's JSON map (old id → address,
 * see `aliasesFor` in moved.ts). Only the map's own keys count, and only a string address.
 */
export function movedAnchorTarget(id: string, mapText: string | null | undefined): string | undefined {
	if (!id || !mapText) return undefined;
	let map: unknown;
	try {
		map = JSON.parse(mapText);
	} catch {
		return undefined;
	}
	if (!map || typeof map !== 'object' || !Object.hasOwn(map, id)) return undefined;
	const target = (map as Record<string, unknown>)[id];
	return typeof target === 'string' && target !== '' ? target : undefined;
}

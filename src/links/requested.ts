/**
 * The address a visitor asked for, as the 404 page reads it: the current URL, or the `from`
 * parameter the Russian 404 page passes on to the English one. Both are outside input.
 */

/**
 * `from` as a same-origin address under the site's base, or `undefined`. `/\evil.example/x` and
 * `/%09/evil.example/x` start with `/` but a browser resolves them to another host; giving such a
 * value to `history.replaceState` throws a SecurityError, so the resolved origin is compared.
 */
export function sameOriginFrom(from: string | null, href: string, base: string): string | undefined {
	if (!from) return undefined;
	let url: URL;
	try {
		const here = new URL(href);
		url = new URL(from, here);
		if (url.origin !== here.origin) return undefined;
	} catch {
		return undefined;
	}
	// `/.//evil.example/x` resolves on this origin to the path `//evil.example/x`, which, handed on as
	// an address, means another host again.
	if (!url.pathname.startsWith(base) || url.pathname.startsWith('//')) return undefined;
	return url.pathname + url.search + url.hash;
}

/** A path as a reader would type it: `/%D0%BC…/` shows as `/матрицы/`; a malformed escape stays as it is. */
export function readablePath(pathname: string): string {
	try {
		return decodeURI(pathname);
	} catch {
		return pathname;
	}
}

/**
 * What a page needs to be read offline, found in its own HTML and stylesheets: pure functions, so the
 * page script (src/offline/keep.ts) and the tests agree on them. Only the site's own files count;
 * a link to another page is not an asset of this one.
 */

/** Same-origin stylesheets, scripts, module preloads, fonts and icons a page's HTML references. */
export function assetUrls(html: string, pageUrl: string): string[] {
	const page = new URL(pageUrl);
	const found = new Set<string>();
	// `src=` of scripts, `href=` of stylesheets, preloads and icons; never of `<a>`.
	const tag = /<(script|link)\b[^>]*?\s(?:src|href)="([^"]+)"[^>]*>/gi;
	for (const [whole, name, ref] of html.matchAll(tag)) {
		if (name!.toLowerCase() === 'link' && !/\srel="(?:stylesheet|modulepreload|preload|icon)"/i.test(whole)) continue;
		add(found, ref!, page);
	}
	return [...found];
}

/** The fonts and images a stylesheet pulls in with `url(…)` (KaTeX's fonts), as absolute URLs. */
export function cssUrls(css: string, cssUrl: string): string[] {
	const base = new URL(cssUrl);
	const found = new Set<string>();
	for (const [, , ref] of css.matchAll(/url\((['"]?)([^'")]+)\1\)/g)) if (!ref!.startsWith('data:')) add(found, ref!, base);
	return [...found];
}

function add(found: Set<string>, ref: string, base: URL): void {
	try {
		const url = new URL(ref.replace(/&amp;/g, '&'), base);
		if (url.origin === base.origin) found.add(url.origin + url.pathname);
	} catch {
		// A malformed reference is not an asset.
	}
}

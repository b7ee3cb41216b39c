import { editDistance } from '../graph/closest';
import { parseSitePath } from './urls';

/**
 * The topics closest to an address that does not exist, for the 404 page: a mistyped slug
 * (`matrix-multiplicaton`), a topic filed under another area (`calculus/dot-product`), a bare word
 * (`/gradient/`). Runs in the browser on a short list of slugs and titles.
 */

export interface PageRef {
	slug: string;
	title: string;
}

/**
 * The slug a visitor asked for: the path without the base, the language prefix, `index.html`,
 * slashes at the ends; lower case.
 */
export function requestedSlug(pathname: string, base: string): string {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// A malformed escape: keep the raw path.
	}
	const b = base.replace(/\/?$/, '/');
	if (path.startsWith(b)) path = path.slice(b.length);
	return parseSitePath(path)
		.slug.replace(/(?:index)?\.html?$/, '')
		.replace(/\/+$/, '')
		.toLowerCase();
}

/** How far a page is from the request: 0 is a perfect match; lower is closer. */
export function distance(requested: string, slug: string): number {
	const leaf = requested.split('/').at(-1) ?? '';
	const slugLeaf = slug.split('/').at(-1) ?? '';
	const scores = [
		editDistance(requested, slug) / Math.max(slug.length, 1),
		// The right topic in the wrong area, or an area left out.
		(editDistance(leaf, slugLeaf) + 0.5) / Math.max(slugLeaf.length, 1),
	];
	// A word of the slug typed alone: `/gradient/` → `calculus/gradient`, `calculus/gradient-descent`.
	const words = slug.split(/[/-]/);
	for (const word of leaf.split(/[-_\s.]+/)) {
		if (word.length >= 3 && words.some((w) => w.startsWith(word))) scores.push(0.2 + 0.5 / words.length);
	}
	return Math.min(...scores);
}

/**
 * A request longer than this is not a mistyped slug (the longest is under 60 characters), and
 * comparing it costs its length times every slug's: a 2 MB address would freeze the 404 page.
 */
export const MAX_REQUEST = 200;

/** The `limit` closest pages, closest first; nothing when even the closest is far off. */
export function closestPages(requested: string, pages: readonly PageRef[], limit = 5): PageRef[] {
	if (!requested || requested.length > MAX_REQUEST) return [];
	return pages
		.map((page) => ({ page, score: distance(requested, page.slug) }))
		.filter(({ score }) => score <= 0.45)
		.sort((a, b) => a.score - b.score || a.page.slug.localeCompare(b.page.slug))
		.slice(0, limit)
		.map(({ page }) => page);
}

/** Words of the request for a search box: `/en/calculus/gradiant-descnt/` → `gradiant descnt`. */
export function searchWords(requested: string): string {
	return (requested.split('/').at(-1) ?? '').replace(/[-_.]+/g, ' ').trim();
}

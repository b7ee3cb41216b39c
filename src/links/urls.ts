import type { Lang } from '../schemas/areas';

/**
 * URL helpers shared by the build (integration, head tags) and the tests. A "site path" is a URL
 * path without the deployment's base: `/en/linear-algebra/matrix-multiplication/`. Published URLs
 * are recorded as site paths, so the same ledger holds at a domain root and under `/nn-math/`.
 */

/** `/`, `/nn-math/`: a base path with exactly one slash at each end. */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** The site path of a page: `('en', 'calculus/derivative')` → `/en/calculus/derivative/`; `('ru', '')` → `/`. */
export function sitePath(lang: Lang, slug: string): string {
	return `/${lang === 'en' ? 'en/' : ''}${slug ? `${slug}/` : ''}`;
}

/** A site path under a base: `withBase('/nn-math/', '/en/')` → `/nn-math/en/`. */
export function withBase(base: string, path: string): string {
	return normalizeBase(base) + path.replace(/^\//, '');
}

/** The site path of a URL path served under `base`, or `undefined` when it is outside the base. */
export function withoutBase(base: string, path: string): string | undefined {
	const b = normalizeBase(base);
	if (path === b.slice(0, -1)) return '/';
	return path.startsWith(b) ? `/${path.slice(b.length)}` : undefined;
}

/**
 * The language and slug of a page path: `/en/calculus/derivative/` → `{ lang: 'en', slug: 'calculus/derivative' }`.
 * The one place that splits a path into the two: it takes a site path, a route or collection id
 * (`en/calculus/derivative`, `en`, `index`) or a page file's path without its extension
 * (`en/index`); a last `index` segment is the folder's own page.
 */
export function parseSitePath(path: string): { lang: Lang; slug: string } {
	const clean = path.replace(/^\/+|\/+$/g, '').replace(/(?:^|\/)index$/, '');
	if (clean === 'en' || clean.startsWith('en/')) return { lang: 'en', slug: clean.slice(3) };
	return { lang: 'ru', slug: clean };
}

/**
 * Where a page's preview image is published (a site path): one PNG per page and language,
 * `/og/linear-algebra/matrix-multiplication.png`, `/og/en/index.png` for the English home page.
 */
export function ogImagePath(lang: Lang, slug: string): string {
	return `/og/${lang === 'en' ? 'en/' : ''}${slug || 'index'}.png`;
}

/** A 404 page (site path): `/404/`, `/en/404/`, `/404.html`, `/en/404.html`. */
export function isNotFoundPath(path: string): boolean {
	return /^\/(?:en\/)?404(?:\/|\.html)?$/.test(path);
}

import { withBase } from './urls';

/**
 * Where published URLs went when a page or a heading was renamed. Every URL in
 * `content/ledger.txt` must keep working; when one stops, the ledger test
 * (`tests/dist/ledger.test.ts`) names it and points here.
 *
 * All paths are site paths (no deployment base, trailing slash, both languages spelled out).
 */

/**
 * A renamed or moved page: old path → new path (Astro `redirects`, which write a static redirect
 * page at the old path; the heading anchors of the old URL keep working when the new page has the
 * same ids, because the redirect page carries the `#fragment` over).
 *
 * Example: `'/calculus/gradient-descent/': '/calculus/optimization/gradient-descent/'`.
 * Give both languages: `'/en/calculus/gradient-descent/': '/en/calculus/optimization/gradient-descent/'`.
 */
export const PAGE_REDIRECTS: Record<string, string> = {};

/**
 * A renamed or moved heading: `'<page>#<old id>'` → `'#<new id>'` (same page) or
 * `'<other page>#<id>'` (the section moved to another page).
 *
 * - Same page: the build adds an invisible anchor with the old id right before the heading, so
 *   `…#old-id` scrolls to it without JavaScript. (For a heading reworded in place, pinning the old
 *   id in the Markdown, `## New wording {#old-id}`, is simpler and needs no entry here.)
 * - Another page: the old page gets a small JSON map, and the heading-links script sends a visitor
 *   who arrives with `#old-id` on to the new address.
 *
 * Example: `'/linear-algebra/matrix-multiplication/#formy': '#shapes'`.
 */
export const ANCHOR_ALIASES: Record<string, string> = {
	// The drills widget («Тренажёр») lived here; its problems are now the page's practice section.
	'/neural-networks/backpropagation/#try-it': '#practice',
	'/en/neural-networks/backpropagation/#try-it': '#practice',
};

/**
 * Astro's `redirects` option built from {@link PAGE_REDIRECTS}. Astro puts the old path under the
 * base but not the destination, so the base is added here. `NN_MATH_EXTRA_REDIRECTS` (JSON, same
 * shape) adds redirects for a test build: tests/browser/base-path.test.ts checks one under a sub-path.
 */
export function astroRedirects(base: string, extra = process.env.NN_MATH_EXTRA_REDIRECTS): Record<string, string> {
	const all = { ...PAGE_REDIRECTS, ...(extra ? (JSON.parse(extra) as Record<string, string>) : {}) };
	return Object.fromEntries(Object.entries(all).map(([from, to]) => [from, withBase(base, to)]));
}

export interface PageAliases {
	/** Old id → id of the heading on this page it now lands on. */
	local: Record<string, string>;
	/** Old id → site path with fragment on another page. */
	moved: Record<string, string>;
}

/** The aliases that concern one page (a site path), split into same-page and other-page ones. */
export function aliasesFor(page: string, aliases: Record<string, string> = ANCHOR_ALIASES): PageAliases {
	const result: PageAliases = { local: {}, moved: {} };
	for (const [from, to] of Object.entries(aliases)) {
		const hash = from.indexOf('#');
		if (hash < 0 || from.slice(0, hash) !== page) continue;
		const oldId = from.slice(hash + 1);
		if (to.startsWith('#')) result.local[oldId] = to.slice(1);
		else result.moved[oldId] = to;
	}
	return result;
}

/**
 * Renamed topics as ids, old → final new id, read from {@link PAGE_REDIRECTS}: a topic's page lives
 * at `/<topic id>/`, so a redirect between two such paths is a rename, and a reader's progress mark
 * follows it (src/progress/store.ts `followRenames`). Chains (a → b → c) resolve to the end; a
 * cycle stops where it would repeat.
 */
export function topicRenames(redirects: Record<string, string> = PAGE_REDIRECTS): Record<string, string> {
	const asId = (path: string) => (/^\/(?!en\/)([a-z0-9-]+(?:\/[a-z0-9-]+)+)\/$/.exec(path) ?? [])[1];
	const direct = new Map<string, string>();
	for (const [from, to] of Object.entries(redirects)) {
		const a = asId(from);
		const b = asId(to);
		if (a && b && a !== b) direct.set(a, b);
	}
	const out: Record<string, string> = {};
	for (const start of direct.keys()) {
		const seen = new Set([start]);
		let end = direct.get(start)!;
		while (direct.has(end) && !seen.has(end)) seen.add(end), (end = direct.get(end)!);
		if (end !== start) out[start] = end;
	}
	return out;
}

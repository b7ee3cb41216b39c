import { isNotFoundPath, withoutBase } from './urls';

/**
 * The URL ledger (`content/ledger.txt`): every URL the site has published, pages and heading
 * anchors, in both languages, as site paths. A URL in it must keep resolving forever — to the same
 * page and section, or through a redirect or an anchor alias (src/links/moved.ts). These are the
 * pure parts; tests/dist/ledger.test.ts checks the ledger against the built site.
 */

export const LEDGER_FILE = 'content/ledger.txt';

/** One built HTML page, as the ledger sees it. */
export interface LedgerPage {
	/** Every `id` in the page: where a `#fragment` can land. */
	ids: Set<string>;
	/** The ids of the linkable headings (with link controls): the page's published anchors. */
	anchors: string[];
	/** Anchors that moved to another page: old id → site path with fragment. */
	moved: Record<string, string>;
}

export interface BuiltSite {
	/** Content pages by site path (404 pages and redirect pages excluded). */
	pages: Map<string, LedgerPage>;
	/** Redirect pages: site path → target site path (possibly with a fragment). */
	redirects: Map<string, string>;
}

/** The site path of a built HTML file: `en/calculus/derivative/index.html` → `/en/calculus/derivative/`. */
export function pathOfFile(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Reads the built site from its HTML files (`file` relative to the output folder). */
export function readBuiltSite(files: readonly { file: string; html: string }[], base = '/'): BuiltSite {
	const site: BuiltSite = { pages: new Map(), redirects: new Map() };
	for (const { file, html } of files) {
		const path = pathOfFile(file);
		if (isNotFoundPath(path)) continue;
		const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
		if (refresh) {
			const target = decode(refresh);
			site.redirects.set(path, withoutBase(base, target) ?? target);
			continue;
		}
		const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
		const anchors = [...html.matchAll(/<div class="hl-heading level-h\d"><h\d\b[^>]*?\sid="([^"]+)"/g)].map((m) => decode(m[1]!));
		const json = /<script type="application\/json" id="anchor-moves">([\s\S]*?)<\/script>/.exec(html)?.[1];
		const moved: Record<string, string> = {};
		for (const [id, target] of Object.entries(json ? (JSON.parse(json) as Record<string, string>) : {})) {
			moved[id] = withoutBase(base, target) ?? target;
		}
		site.pages.set(path, { ids, anchors, moved });
	}
	return site;
}

/** Every URL the built site publishes: each page and each of its heading anchors. */
export function publishedUrls(site: BuiltSite): string[] {
	const urls: string[] = [];
	for (const [path, page] of site.pages) {
		urls.push(path);
		for (const id of page.anchors) urls.push(`${path}#${id}`);
	}
	return urls.sort();
}

export type Resolution = { ok: true; to: string } | { ok: false; reason: string };

/** Where a published URL lands now, following redirects and anchor aliases. */
export function resolveUrl(url: string, site: BuiltSite, depth = 0): Resolution {
	if (depth > 10) return { ok: false, reason: 'redirects go round in a loop' };
	const hashAt = url.indexOf('#');
	let path = hashAt < 0 ? url : url.slice(0, hashAt);
	let hash = hashAt < 0 ? '' : url.slice(hashAt + 1);
	for (let hops = 0; site.redirects.has(path); hops++) {
		if (hops > 10) return { ok: false, reason: 'redirects go round in a loop' };
		const target = site.redirects.get(path)!;
		const at = target.indexOf('#');
		path = at < 0 ? target : target.slice(0, at);
		if (!hash && at >= 0) hash = target.slice(at + 1);
	}
	const page = site.pages.get(path);
	if (!page) return { ok: false, reason: path === url.split('#')[0] ? 'no such page and no redirect from it' : `it redirects to ${path}, which does not exist` };
	if (!hash || page.ids.has(hash)) return { ok: true, to: hash ? `${path}#${hash}` : path };
	const moved = page.moved[hash];
	if (moved) return resolveUrl(moved, site, depth + 1);
	return { ok: false, reason: `the page ${path} has no element with id "${hash}"` };
}

/** The URLs in a ledger file: one per line; blank lines and `#` comments are skipped. */
export function parseLedger(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.startsWith('/'));
}

export const LEDGER_HEADER = `# The URL ledger: every URL this site has published (pages and heading anchors, both languages),
# as paths without the deployment's base. Each one must keep working forever: people link to them from
# forums and chats. tests/dist/ledger.test.ts fails when one stops resolving, and when the site publishes
# a URL that is not recorded here.
#
# Record new URLs (adds, never removes):
#   UPDATE_LEDGER=1 npx vitest run --config tests/vitest.config.ts tests/dist/ledger.test.ts
# Renamed a page or a heading? Keep the old URL working instead of deleting its line: src/links/moved.ts.
`;

/** The ledger file's text for a set of URLs: the header, then the URLs sorted, one per line. */
export function formatLedger(urls: Iterable<string>): string {
	return `${LEDGER_HEADER}\n${[...new Set(urls)].sort().join('\n')}\n`;
}

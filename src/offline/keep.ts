/**
 * Saving the pages of a path for offline reading, on request from the path page (the Cache API is
 * shared with the service worker, src/offline/sw.ts): each page with everything it needs
 * (src/offline/assets.ts). The page being read is kept by src/offline/register.ts on every visit.
 */
import { assetUrls, cssUrls } from './assets';
import { OFFLINE_CACHE } from './cache-name';

/** A page's key in the cache: its address without the query, as the service worker looks it up. */
const pageKey = (href: string): string => {
	const url = new URL(href, location.href);
	return url.origin + url.pathname;
};

/**
 * Stores `url` under `key` (fetched unless it is kept already and `fresh` is not asked), and returns its
 * size and, for HTML and CSS, its text (to find what it needs in turn).
 */
async function store(cache: Cache, url: string, key = url, fresh = false): Promise<{ bytes: number; text?: string }> {
	let response = fresh ? undefined : await cache.match(key);
	if (!response) {
		const fetched = await fetch(url, { credentials: 'same-origin' });
		if (!fetched.ok) throw new Error(`${url}: ${fetched.status}`);
		await cache.put(key, fetched.clone());
		response = fetched;
	}
	const body = await response.blob();
	const textual = /text\/(html|css)/.test(response.headers.get('Content-Type') ?? '');
	return { bytes: body.size, ...(textual && { text: await body.text() }) };
}

export interface Saved {
	/** Pages now readable offline. */
	pages: number;
	/** Pages that could not be fetched. */
	failed: number;
	/** What the saved pages take with everything they need, in bytes (what was kept before counts, once). */
	bytes: number;
}

/** Saves the pages at `hrefs` with their stylesheets, scripts and fonts, reporting each page done. */
export async function savePages(hrefs: readonly string[], progress: (done: number) => void = () => {}): Promise<Saved> {
	const result: Saved = { pages: 0, failed: 0, bytes: 0 };
	const cache = await caches.open(OFFLINE_CACHE);
	const seen = new Set<string>();
	for (const href of hrefs) {
		try {
			const page = await store(cache, href, pageKey(href), true);
			result.bytes += page.bytes;
			const queue = assetUrls(page.text ?? '', new URL(href, location.href).href);
			while (queue.length > 0) {
				const url = queue.shift()!;
				if (seen.has(url)) continue;
				seen.add(url);
				const asset = await store(cache, url);
				result.bytes += asset.bytes;
				if (asset.text !== undefined && url.endsWith('.css')) queue.push(...cssUrls(asset.text, url));
			}
			result.pages++;
		} catch {
			result.failed++;
		}
		progress(result.pages + result.failed);
	}
	return result;
}

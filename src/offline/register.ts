/**
 * Every page registers the service worker that keeps it for offline reading (src/offline/sw.ts), then,
 * when the browser is idle, stores the page and the files it loaded. Injected by the `offline()`
 * integration (src/offline/integration.ts); removing that one line from astro.config.mjs removes it all.
 * Small on purpose: every page downloads it (saving a whole path is keep.ts, on the path page only).
 */
import { OFFLINE_CACHE } from './cache-name';

/** Keeps the page being read (under its address without the query, as the worker looks it up) and the files it has loaded. */
async function keepThisPage(): Promise<void> {
	try {
		const cache = await caches.open(OFFLINE_CACHE);
		const page = await fetch(location.pathname);
		if (page.ok) await cache.put(location.origin + location.pathname, page);
		for (const { name } of performance.getEntriesByType('resource')) {
			if (!name.startsWith(location.origin) || (await cache.match(name))) continue;
			const file = await fetch(name).catch(() => undefined);
			if (file?.ok) await cache.put(name, file);
		}
	} catch {
		// No Cache API, quota, or offline: nothing is kept this time.
	}
}

const base = import.meta.env.BASE_URL;

if ('serviceWorker' in navigator && 'caches' in window) {
	navigator.serviceWorker
		.register(`${base}sw.js`, { scope: base })
		.then(() => new Promise((ready) => ('requestIdleCallback' in window ? requestIdleCallback(ready) : setTimeout(ready, 1))))
		.then(keepThisPage)
		.catch(() => {
			// A browser that refuses service workers (private mode, policy) reads online only.
		});
}

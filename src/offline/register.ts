/**
 * Every page registers the service worker that keeps it for offline reading (src/offline/sw.ts), then,
 * when the browser is idle, stores the page and the files it loaded. Injected by the `offline()`
 * integration (src/offline/integration.ts); removing that one line from astro.config.mjs removes it all.
 */
import { keepThisPage } from './keep';

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

/**
 * The service worker that keeps the pages a reader has opened for reading offline (src/offline/).
 * Written without imports: the build turns this file into `sw.js` at the site's root (or its base
 * path) with TypeScript's transpiler, replacing `__BASE__` and `__CACHE__` (src/offline/integration.ts).
 *
 * - Pages (HTML) come from the network first, so a deploy is seen at once; the copy in the cache is
 *   refreshed on every visit and used only when the network fails.
 * - Files under `_astro/` are named by their content hash, so a cached copy can never be stale: they
 *   come from the cache first.
 * - Everything else of the site (the search index, images) is network first, cache as fallback.
 * - A page that was never saved shows a short notice in both languages instead of the browser's error.
 */
/** The part of the worker's global scope used here (the project's types are the window's). */
interface WorkerScope {
	location: Location;
	addEventListener(type: string, listener: (event: any) => void): void;
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
}
const worker = self as unknown as WorkerScope;

const BASE = '__BASE__';
const CACHE = '__CACHE__';

const OFFLINE_PAGE = `<!doctype html><html lang="ru"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Нет сети · Offline</title>
<body style="font:18px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">
<h1>Нет сети</h1><p>Эту страницу вы ещё не открывали, поэтому она не сохранена для чтения офлайн. Открытые раньше страницы доступны.</p>
<h1 lang="en">Offline</h1><p lang="en">You have not opened this page before, so it was not saved for offline reading. Pages you opened are available.</p>
<p><a href="${BASE}">На главную · Home</a></p></body></html>`;

/** A page is stored under its address without the query: `?p=…` or a widget's state is the same page. */
const pageKey = (url: URL) => url.origin + url.pathname;

async function networkFirst(request: Request, key: string, page: boolean): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
		return response;
	} catch {
		const kept = await cache.match(key);
		if (kept) return kept;
		if (page) return new Response(OFFLINE_PAGE, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
		return Response.error();
	}
}

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const kept = await cache.match(request);
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
	return response;
}

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener('fetch', (event) => {
	const request: Request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin || !url.pathname.startsWith(BASE)) return;
	const page = request.mode === 'navigate' || (request.headers.get('Accept') ?? '').includes('text/html');
	if (page) event.respondWith(networkFirst(request, pageKey(url), true));
	else if (url.pathname.startsWith(`${BASE}_astro/`)) event.respondWith(cacheFirst(request));
	else event.respondWith(networkFirst(request, url.href, false));
});

/**
 * What the bundler wraps around every `import()` in the browser code: before a lazily loaded module
 * runs, the files it needs are fetched in parallel (scripts as `modulepreload`, stylesheets as
 * stylesheets, awaited). Vite's own helper does this with code for cases this site does not have
 * (a CSP nonce meta, relative base paths, browsers without `modulepreload`) and weighed 0.9 KiB gzip
 * on every page, since the search box and the widgets import lazily: 3 % of a text page's 30 KiB.
 * The build uses this one instead (the `nn-math:preload-helper` plugin in astro.config.mjs); the same
 * contract: `__vitePreload(load, deps)`, deps as paths under the base, a failed stylesheet raises
 * `vite:preloadError` on window, and throws unless a listener prevents it.
 */
const seen = new Map<string, Promise<unknown> | undefined>();

/** One dependency fetched once per page: a stylesheet is waited for, a script only started. */
function fetchOnce(href: string): Promise<unknown> | undefined {
	// The bundler lists this module among the dependencies of any chunk that imports it: it is loaded.
	if (href === import.meta.url) return undefined;
	if (seen.has(href)) return seen.get(href);
	const css = href.endsWith('.css');
	// Already on the page (a stylesheet linked by the server, a script preloaded earlier): nothing to do.
	const present = [...document.getElementsByTagName('link')].some((l) => l.href === href && (!css || l.rel === 'stylesheet'));
	let done: Promise<unknown> | undefined;
	if (!present) {
		const link = document.createElement('link');
		link.rel = css ? 'stylesheet' : 'modulepreload';
		link.crossOrigin = '';
		link.href = href;
		document.head.append(link);
		if (css)
			done = new Promise((resolve, reject) => {
				link.addEventListener('load', resolve);
				link.addEventListener('error', () => reject(new Error(`Unable to preload CSS for ${href}`)));
			});
	}
	seen.set(href, done);
	return done;
}

export function __vitePreload<T>(load: () => Promise<T>, deps?: string[]): Promise<T> {
	if (!deps?.length) return load();
	const base = new URL(import.meta.env.BASE_URL, location.href);
	return Promise.all(deps.map((dep) => fetchOnce(new URL(dep, base).href))).then(
		() => load(),
		(error: unknown) => {
			const event = new Event('vite:preloadError', { cancelable: true }) as Event & { payload?: unknown };
			event.payload = error;
			window.dispatchEvent(event);
			if (!event.defaultPrevented) throw error;
			return load();
		},
	);
}

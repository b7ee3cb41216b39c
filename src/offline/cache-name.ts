/**
 * The one cache the offline reading uses: the service worker (src/offline/sw.ts, which gets the name
 * written into it at build time) and the page scripts (keep.ts) both store there. Change the version
 * only when the way entries are stored changes; a deploy does not need it (pages are network first,
 * `_astro/` files are content-hashed).
 */
export const OFFLINE_CACHE = 'nn-math-offline-v1';

import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy the built site satisfies, computed from the built HTML: Astro and
 * Starlight inline a few small scripts (the theme switch, the search shortcut, the sidebar state,
 * island hydration, small component scripts), so `script-src` lists each one's hash instead of
 * allowing inline scripts wholesale. The build writes the policy into `_headers`
 * (src/links/outputs/headers.ts, the last post-build step); tests/browser/csp.test.ts serves the site under it.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The `sha256-…` source of every inline executable script in a page (JSON data blocks are not scripts). */
export function inlineScriptHashes(html: string): string[] {
	const hashes: string[] = [];
	for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
		if (/\ssrc\s*=/i.test(attrs)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
		if (!EXECUTABLE_TYPES.has(type)) continue;
		hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
	}
	return hashes;
}

/** Inline event handlers (`onclick="…"`) and `javascript:` URLs, which hashes cannot allow: the site must have none. */
export function inlineHandlers(html: string): string[] {
	return [...html.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=|(href|src)\s*=\s*["']?\s*javascript:/gi)].map((m) => m[0].slice(0, 80));
}

/**
 * What the site needs, and why:
 * - `script-src 'self'` for the bundled scripts and Pagefind, the hashes for the inline ones, and
 *   `'wasm-unsafe-eval'` because Pagefind's search runs as WebAssembly;
 * - `style-src 'unsafe-inline'`: KaTeX and Starlight set `style="…"` attributes (KaTeX sizes every
 *   formula that way) and Astro inlines small stylesheets; style hashes cannot cover attributes;
 * - `img-src data:` for the small SVG icons Starlight's CSS embeds, `font-src data:` for the
 *   smallest KaTeX fonts, which Vite inlines into the stylesheet (files under 4 kB);
 * - `connect-src 'self'` for Pagefind fetching its index; nothing else leaves the site.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
	const hashes = [...new Set(scriptHashes)].sort();
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the policy and safe defaults on every path, a year
 * of immutable caching for the content-hashed files in `_astro/`. `base` is the deployment's base path.
 */
export function headersFile(csp: string, base: string): string {
	return [
		'# Written by the build (src/links/integration.ts). Netlify and Cloudflare Pages read this file;',
		'# for another host, set the same headers in its configuration (README, "Deploying").',
		`${base}*`,
		`  Content-Security-Policy: ${csp}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		`${base}_astro/*`,
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n');
}

/** Reads the policy back from a `_headers` file. */
export function policyFromHeaders(file: string): string | undefined {
	return /^\s+Content-Security-Policy:\s*(.+)$/m.exec(file)?.[1]?.trim();
}

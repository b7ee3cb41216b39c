import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Checks that every internal URL of a built site resolves to a file of that site, as served under
 * its base path: links, scripts, stylesheets, images, island components, preview images in meta
 * tags, `url(…)` in stylesheets, and `#fragments` (the target page must have that id).
 */

export interface BrokenLink {
	/** The file the URL is in, relative to the output folder. */
	in: string;
	url: string;
	reason: string;
}

const ATTRS = /\s(href|src|srcset|content|component-url|renderer-url|before-hydration-url|action)="([^"]*)"/g;

function listFiles(dir: string, ext: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith(ext))
		.map((f) => f.split(sep).join('/'))
		.sort();
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The page URL path a built HTML file is served at, under `base`. */
function servedAt(file: string, base: string): string {
	return base + file.replace(/(^|\/)index\.html$/, '$1');
}

export function checkLinks(outDir: string, options: { base: string; site: string }): { checked: number; broken: BrokenLink[] } {
	const base = options.base.replace(/\/?$/, '/');
	const origin = new URL(options.site).origin;
	const broken: BrokenLink[] = [];
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!idCache.has(file)) {
			const html = readFileSync(join(outDir, file), 'utf8');
			idCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
		}
		return idCache.get(file)!;
	};
	/** The file a URL path is served from, or why there is none. */
	const fileFor = (pathname: string): { file?: string; reason?: string } => {
		if (!pathname.startsWith(base)) return { reason: `outside the base ${base}` };
		let rel = decodeURIComponent(pathname.slice(base.length));
		if (rel === '' || rel.endsWith('/')) rel += 'index.html';
		const full = join(outDir, rel);
		if (existsSync(full) && statSync(full).isDirectory()) {
			return existsSync(join(full, 'index.html')) ? { file: `${rel}/index.html` } : { reason: 'a folder without index.html' };
		}
		return existsSync(full) ? { file: rel } : { reason: 'no such file' };
	};
	let checked = 0;
	const check = (inFile: string, raw: string, pageUrl: URL) => {
		const value = raw.trim();
		if (!value || /^(mailto:|tel:|data:|javascript:|blob:)/i.test(value)) return;
		const url = new URL(value, pageUrl);
		if (url.origin !== pageUrl.origin) return; // another site
		checked++;
		if (url.pathname === pageUrl.pathname && value.startsWith('#')) {
			const page = inFile;
			const id = decodeURIComponent(url.hash.slice(1));
			if (id && !idsOf(page).has(id)) broken.push({ in: inFile, url: value, reason: `no element with id "${id}" on this page` });
			return;
		}
		const { file, reason } = fileFor(url.pathname);
		if (!file) {
			broken.push({ in: inFile, url: value, reason: reason! });
			return;
		}
		const id = decodeURIComponent(url.hash.slice(1));
		if (id && file.endsWith('.html') && !idsOf(file).has(id)) {
			broken.push({ in: inFile, url: value, reason: `${file} has no element with id "${id}"` });
		}
	};

	for (const file of listFiles(outDir, '.html')) {
		const html = readFileSync(join(outDir, file), 'utf8');
		const pageUrl = new URL(servedAt(file, base), origin);
		for (const [, attr, rawValue] of html.matchAll(ATTRS)) {
			const value = decode(rawValue!);
			if (attr === 'srcset') {
				for (const candidate of value.split(',')) check(file, candidate.trim().split(/\s+/)[0] ?? '', pageUrl);
			} else if (attr === 'content') {
				// Only meta values that are URLs of this site (og:image, og:url, twitter:image…).
				if (value.startsWith(origin) || value.startsWith('/')) check(file, value, pageUrl);
			} else {
				check(file, value, pageUrl);
			}
		}
	}
	for (const file of listFiles(outDir, '.css')) {
		const css = readFileSync(join(outDir, file), 'utf8');
		const cssUrl = new URL(base + file, origin);
		for (const [, value] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) check(file, value!, cssUrl);
	}
	return { checked, broken };
}

/** A readable list of broken links for a test failure. */
export function describeBroken(broken: readonly BrokenLink[]): string {
	return broken.map((b) => `  ${b.in}: ${b.url} — ${b.reason}`).join('\n');
}

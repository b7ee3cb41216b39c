import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types for what `dist/` holds; Pagefind's wasm needs the right one to be instantiated. */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
};

/** Types a host compresses on the fly; images, fonts and Pagefind's own gzip files go as they are. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** Gzipped bodies by file and modification time: the bench loads the same pages many times. */
const gzipCache = new Map<string, Buffer>();

/**
 * A page that arrives in two parts, as a large page does over a slow link: everything before the
 * first occurrence of `before`, then, `ms` later, the rest. The browser parses and paints the first
 * part, so what moves when the rest arrives shows as layout shift.
 */
export interface Pause {
	/** Text of the page where the pause starts (the page is sent whole when it does not contain it). */
	before: string;
	/** How long the rest is held back. */
	ms: number;
}

/**
 * The body and its encoding as a host with compression sends it: gzip when the client accepts it and
 * the file is text (or wasm) not already gzipped. Uncompressed, Lighthouse's simulated slow link
 * would charge a 300 KB math page its full size, which no real host sends.
 */
function body(file: string, acceptEncoding: string | undefined): { data: Buffer; encoding?: 'gzip' } {
	const data = readFileSync(file);
	const gzipped = data[0] === 0x1f && data[1] === 0x8b;
	if (gzipped || !COMPRESSED.has(extname(file)) || !/\bgzip\b/.test(acceptEncoding ?? '')) return { data };
	const key = `${file}\0${statSync(file).mtimeMs}`;
	let zipped = gzipCache.get(key);
	if (!zipped) gzipCache.set(key, (zipped = gzipSync(data, { level: 6 })));
	return { data: zipped, encoding: 'gzip' };
}

/**
 * A static server for a built site, as a static host would serve it: `/x/` → `/x/index.html`,
 * unknown paths → `404.html` with status 404. Extra headers (e.g. a Content-Security-Policy) are
 * sent with every response, so browser tests can check the site under them. `base` mounts the
 * site under a sub-path, as GitHub Pages serves a project site (`/nn-math/x/` → `x/index.html`).
 * Text is sent gzip-compressed to clients that accept it, as GitHub Pages and every CDN do.
 */
export async function serveStatic(
	root: string,
	headers: Record<string, string> = {},
	base = '/',
	pause?: Pause,
): Promise<{ url: string; server: Server }> {
	const server = createServer((req, res) => {
		const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		const mount = base.replace(/\/?$/, '/');
		// Outside the base nothing exists: the 404 page answers.
		const path = requested.startsWith(mount) ? `/${requested.slice(mount.length)}` : '/\0outside-base';
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) {
			res.writeHead(403).end();
			return;
		}
		let status = 200;
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			statSync(file);
		} catch {
			file = join(root, '404.html');
			status = 404;
		}
		let sent: ReturnType<typeof body>;
		try {
			sent = body(file, req.headers['accept-encoding']);
		} catch {
			res.writeHead(404, headers).end('Not found');
			return;
		}
		const cut = pause && extname(file) === '.html' && req.method !== 'HEAD' ? readFileSync(file).indexOf(pause.before) : -1;
		if (cut > 0) {
			// Uncompressed, so the first part can be parsed and painted before the rest is sent.
			const data = readFileSync(file);
			res.writeHead(status, { 'content-type': TYPES['.html']!, ...headers });
			res.write(data.subarray(0, cut));
			setTimeout(() => res.end(data.subarray(cut)), pause!.ms);
			return;
		}
		res.writeHead(status, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': sent.data.length,
			...(sent.encoding ? { 'content-encoding': sent.encoding } : {}),
			vary: 'accept-encoding',
			...headers,
		});
		res.end(req.method === 'HEAD' ? undefined : sent.data);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, server };
}

import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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

/**
 * A static server for a built site, as a static host would serve it: `/x/` → `/x/index.html`,
 * unknown paths → `404.html` with status 404. Extra headers (e.g. a Content-Security-Policy) are
 * sent with every response, so browser tests can check the site under them. `base` mounts the
 * site under a sub-path, as GitHub Pages serves a project site (`/nn-math/x/` → `x/index.html`).
 */
export async function serveStatic(
	root: string,
	headers: Record<string, string> = {},
	base = '/',
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
		const stream = createReadStream(file);
		stream.on('error', () => res.headersSent ? res.end() : res.writeHead(404, headers).end('Not found'));
		stream.once('open', () => {
			res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
			stream.pipe(res);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, server };
}

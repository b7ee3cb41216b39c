/**
 * Files under `_astro/` are cached forever by their hashed name (by hosts, and by the offline service
 * worker, src/offline/sw.ts). A post-build step that changes such a file must therefore give it a new
 * name from its new bytes, and rewrite every file that references the old name. The integrations that
 * cut fonts (katex-fonts.ts) and stylesheets (unused-css.ts) share these helpers.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** All files under `dir`, recursively. */
export function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Files that may name an asset: pages, scripts, stylesheets, the sitemap and other text. */
export const REFERENCING = /\.(html|css|js|mjs|json|xml|txt)$/;

/** `KaTeX_Main-Regular.B22Nviop.woff2` + new bytes → `KaTeX_Main-Regular.<8 chars of their hash>.woff2`. */
export function rehashedName(file: string, bytes: Uint8Array): string {
	const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
	const name = basename(file);
	const [stem] = name.split('.');
	return join(dirname(file), `${stem}.${hash}${name.slice(name.lastIndexOf('.'))}`);
}

/** A function that replaces, in a text, every old basename in `renames` by its new one. */
export function renamer(renames: Map<string, string>): (text: string) => string {
	if (renames.size === 0) return (text) => text;
	const pattern = new RegExp([...renames.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
	return (text) => text.replace(pattern, (old) => renames.get(old)!);
}

/** Writes `bytes` as `file`'s successor under its new hashed name, removes `file`, and returns the basenames' rename. */
export function replaceHashed(file: string, bytes: string | Uint8Array): [string, string] {
	const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
	const target = rehashedName(file, data);
	writeFileSync(target, data);
	if (target !== file) rmSync(file);
	return [basename(file), basename(target)];
}

/** Rewrites every referencing file among `files` that names an old basename of `renames`. */
export function rewriteReferences(files: readonly string[], renames: Map<string, string>, read: (file: string) => string = (f) => readFileSync(f, 'utf8')): void {
	const rename = renamer(renames);
	for (const file of files) {
		if (!REFERENCING.test(file)) continue;
		const text = read(file);
		const next = rename(text);
		if (next !== text) writeFileSync(file, next);
	}
}

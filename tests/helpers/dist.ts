import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Helpers for tests over the built site in `dist/`. */

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface BuiltPage {
	/** Path of the HTML file under dist, with forward slashes: `en/linear-algebra/matrix-multiplication/index.html`. */
	file: string;
	/** The URL path it is served at: `/en/linear-algebra/matrix-multiplication/`. */
	path: string;
	html: string;
	tree: Root;
}

let cache: BuiltPage[] | undefined;

/** Every HTML page of the built site, parsed once per test file. */
export function builtPages(): BuiltPage[] {
	if (cache) return cache;
	const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split(sep).join('/'))
		.sort();
	if (files.length === 0) throw new Error(`No HTML in ${DIST}: build the site first (npm run build).`);
	cache = files.map((file) => {
		const html = readFileSync(join(DIST, file), 'utf8');
		return { file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, html, tree: fromHtml(html) };
	});
	return cache;
}

/** The content pages: everything but the 404 pages (`404.html`, `en/404/`, …) and redirect pages. */
export function contentPages(): BuiltPage[] {
	return builtPages().filter((p) => !/(^|\/)404(\/index)?\.html$/.test(p.file) && !p.html.includes('http-equiv="refresh"'));
}

/** Walks every element of a tree; the callback gets the element and its ancestors' tag names. */
export function walk(tree: Root | Element, visit: (node: Element, ancestors: readonly Element[]) => void): void {
	const stack: { node: Root | Element; ancestors: Element[] }[] = [{ node: tree, ancestors: [] }];
	while (stack.length > 0) {
		const { node, ancestors } = stack.pop()!;
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			visit(child, ancestors);
			stack.push({ node: child, ancestors: [...ancestors, child] });
		}
	}
}

/** The classes of an element as a list. */
export function classesOf(node: Element): string[] {
	const c: unknown = node.properties.className;
	if (Array.isArray(c)) return c.map(String);
	return typeof c === 'string' ? c.split(/\s+/) : [];
}

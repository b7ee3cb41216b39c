import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './dist';

/**
 * The scripts of the built site as a graph: which files a script loads statically and lazily, and
 * how many bytes each is once gzipped, as a server sends it. The JavaScript budgets
 * (tests/dist/widget-budget.test.ts, tests/dist/practice-budget.test.ts) measure with it.
 */

const gzipCache = new Map<string, number>();
export function gzipSize(url: string): number {
	let size = gzipCache.get(url);
	if (size === undefined) {
		size = gzipSync(readFileSync(join(DIST, url)), { level: 9 }).length;
		gzipCache.set(url, size);
	}
	return size;
}

/** `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`: static imports, not `import("./x.js")`. */
export const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
export const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

export function imports(url: string, pattern: RegExp): string[] {
	const code = readFileSync(join(DIST, url), 'utf8');
	return [...code.matchAll(pattern)].map((m) => posix.join(posix.dirname(url), m[1]));
}

/** A script and everything it imports statically, transitively. */
export function staticGraph(entries: readonly string[]): Set<string> {
	const seen = new Set<string>();
	const stack = [...entries];
	while (stack.length > 0) {
		const url = stack.pop()!;
		if (seen.has(url)) continue;
		seen.add(url);
		stack.push(...imports(url, STATIC_IMPORT));
	}
	return seen;
}

/** Dynamic imports made by any of `files`; Preact's signals are loaded only for signal props, which no widget uses. */
export const lazyImports = (files: Iterable<string>) =>
	[...new Set([...files].flatMap((f) => imports(f, DYNAMIC_IMPORT)))].filter((f) => !/signals\.module/.test(f));

/** A lazily loaded script with its static imports and, in turn, whatever those can load lazily. */
export function closure(entry: string): Set<string> {
	const all = staticGraph([entry]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const l of lazyImports(all)) if (!all.has(l)) for (const f of staticGraph([l])) if (!all.has(f)) (all.add(f), (grew = true));
	}
	return all;
}

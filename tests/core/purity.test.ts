/**
 * The core ships to browsers: it may import only its own files. A stray import of tfjs (the test
 * oracle) or of a Node built-in would either bloat every page or break it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const coreDir = fileURLToPath(new URL('../../src/core/', import.meta.url));
const sources = readdirSync(coreDir, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.ts'))
	.map((f) => ({ path: relative(coreDir, join(coreDir, f)), text: readFileSync(join(coreDir, f), 'utf8') }));

/** Every module specifier in `import … from '…'`, `export … from '…'`, `import('…')` and `require('…')`. */
function specifiers(text: string): string[] {
	const found: string[] = [];
	for (const m of text.matchAll(/\b(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
	return found;
}

test('the core has source files to check', () => {
	expect(sources.length).toBeGreaterThan(10);
	expect(specifiers(`import x from 'a'; export * from "./b"; const y = await import('c'); require('d')`)).toEqual(['a', './b', 'c', 'd']);
});

test.each(sources.map((s) => [s.path, s] as const))('%s imports only files of the core', (_path, { text }) => {
	for (const specifier of specifiers(text)) {
		expect(specifier, `import of '${specifier}'`).toMatch(/^\.\.?\//);
	}
	expect(text).not.toMatch(/@tensorflow|['"]node:/);
	// Browser-only globals would break the tests and server-side rendering just the same.
	expect(text).not.toMatch(/\b(?:window|document|process|Buffer)\./);
});

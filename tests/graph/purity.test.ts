/**
 * `src/graph` is pure: plain data in, plain data out, tested without Astro. Astro's content APIs
 * belong to the adapter in `src/site/`; an `astro:*` import (or a way back through `src/site`) here
 * would make every graph test need a build again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const graphDir = fileURLToPath(new URL('../../src/graph/', import.meta.url));
const sources = readdirSync(graphDir, { recursive: true, encoding: 'utf8' })
	.filter((f) => /\.(?:ts|tsx|astro)$/.test(f))
	.map((f) => ({ path: f, text: readFileSync(join(graphDir, f), 'utf8') }));

/** Every module specifier in `import … from '…'`, `export … from '…'`, `import('…')`. */
function specifiers(text: string): string[] {
	return [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** Why a specifier is not allowed in src/graph, or `undefined` when it is. */
function forbidden(specifier: string): string | undefined {
	if (specifier.startsWith('astro:')) return 'Astro virtual module';
	if (/(?:^|\/)site(?:\/|$)/.test(specifier)) return 'the Astro adapter in src/site';
	return undefined;
}

describe('src/graph', () => {
	test('has source files to scan, and the scan sees every kind of import', () => {
		expect(sources.length).toBeGreaterThan(8);
		expect(specifiers(`import { a } from 'astro:content'; export * from "../site/site-data"; await import('./x')`)).toEqual([
			'astro:content',
			'../site/site-data',
			'./x',
		]);
		expect(forbidden('astro:content')).toBeDefined();
		expect(forbidden('../site/site-data')).toBeDefined();
		expect(forbidden('../site')).toBeDefined();
		expect(forbidden('astro/zod')).toBeUndefined();
		expect(forbidden('./build-graph')).toBeUndefined();
	});

	test.each(sources.map((s) => [s.path, s.text] as const))('%s imports nothing from astro:* or src/site', (_path, text) => {
		for (const specifier of specifiers(text)) expect(forbidden(specifier), `import of '${specifier}'`).toBeUndefined();
	});
});

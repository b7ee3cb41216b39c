/**
 * The core ships to browsers: it may import only its own files. A stray import of tfjs (the test
 * oracle) or of a Node built-in would either bloat every page or break it. The layers built on it
 * (src/nn, src/probability) may import the core and their own files, never the other way round, and
 * no module of the three takes part in an import cycle (type-only imports included: a cycle of
 * types is still two files that cannot be read one without the other).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
/** Each layer and the folders it may import from. */
const LAYERS: Record<string, readonly string[]> = {
	core: ['core'],
	nn: ['core', 'nn'],
	probability: ['core', 'probability'],
};
const sources = Object.keys(LAYERS).flatMap((layer) =>
	readdirSync(join(srcDir, layer), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.ts'))
		.map((f) => {
			const path = relative(srcDir, join(srcDir, layer, f)).split('\\').join('/');
			return { layer, path, text: readFileSync(join(srcDir, path), 'utf8') };
		}),
);

/** Every module specifier in `import … from '…'`, `export … from '…'`, `import('…')` and `require('…')`. */
function specifiers(text: string): string[] {
	const found: string[] = [];
	for (const m of text.matchAll(/\b(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
	return found;
}

/** The file a relative specifier names, as a path under src ('core/tensor/matrix.ts'). */
const target = (from: string, specifier: string) =>
	relative(srcDir, resolve(srcDir, dirname(from), specifier)).split('\\').join('/') + '.ts';

/** Some cycle in the graph, as the list of files around it, or undefined if there is none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
	const state = new Map<string, 'open' | 'done'>();
	for (const start of graph.keys()) {
		if (state.has(start)) continue;
		// Iterative depth-first search; `path` is the chain of files currently open.
		const path: string[] = [];
		const stack: [file: string, leave: boolean][] = [[start, false]];
		while (stack.length > 0) {
			const [file, leave] = stack.pop()!;
			if (leave) {
				state.set(file, 'done');
				path.pop();
				continue;
			}
			if (state.get(file) === 'done') continue;
			if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
			state.set(file, 'open');
			path.push(file);
			stack.push([file, true]);
			for (const next of graph.get(file) ?? []) if (state.get(next) !== 'done') stack.push([next, false]);
		}
	}
	return undefined;
}

test('the layers have source files to check', () => {
	expect(sources.filter((s) => s.layer === 'core').length).toBeGreaterThan(10);
	expect(sources.filter((s) => s.layer === 'nn').map((s) => s.path)).toContain('nn/mlp.ts');
	expect(sources.filter((s) => s.layer === 'probability').length).toBeGreaterThan(3);
	expect(specifiers(`import x from 'a'; export * from "./b"; const y = await import('c'); require('d')`)).toEqual(['a', './b', 'c', 'd']);
	expect(specifiers(`import type { Value } from './value';`)).toEqual(['./value']);
});

test.each(sources.map((s) => [s.path, s] as const))('%s imports only files of its own layer or the layers below', (_path, { layer, path, text }) => {
	for (const specifier of specifiers(text)) {
		expect(specifier, `import of '${specifier}'`).toMatch(/^\.\.?\//);
		expect(LAYERS[layer], `import of '${specifier}'`).toContain(target(path, specifier).split('/')[0]);
	}
	expect(text).not.toMatch(/@tensorflow|['"]node:/);
	// Browser-only globals would break the tests and server-side rendering just the same.
	expect(text).not.toMatch(/\b(?:window|document|process|Buffer)\./);
});

test('the cycle finder finds a cycle of type imports, and only a real one', () => {
	const graph = new Map([
		['a.ts', ['b.ts']],
		['b.ts', ['c.ts']],
		['c.ts', ['a.ts']],
	]);
	expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
	expect(findCycle(new Map([['a.ts', ['b.ts', 'c.ts']], ['b.ts', ['c.ts']], ['c.ts', []]]))).toBeUndefined();
});

test('no import cycle in the core or the layers on it', () => {
	const graph = new Map(sources.map((s) => [s.path, specifiers(s.text).map((spec) => target(s.path, spec))]));
	for (const [file, targets] of graph) for (const t of targets) expect(graph.has(t), `${file} imports ${t}, which does not exist`).toBe(true);
	expect(findCycle(graph)).toBeUndefined();
});

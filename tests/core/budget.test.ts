/**
 * The core's budget: everything in src/core, bundled and minified together, is at most 4 KB gzip.
 * Measured over every file of the folder (not an index, which nothing imports), so a file added to
 * the core counts the moment it exists. The network (src/nn) and the probability helpers
 * (src/probability) are built on the core and are not part of it.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { expect, test } from 'vitest';

const CORE_BUDGET = 4096;
const coreDir = fileURLToPath(new URL('../../src/core/', import.meta.url));
const coreFiles = readdirSync(coreDir, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
	.map((f) => f.split('\\').join('/'))
	.sort();

/** A generated entry that re-exports every module given (paths relative to src/core), so each export counts. */
const entry = (files: readonly string[]) => files.map((f) => `export * from './${f.replace(/\.ts$/, '')}';`).join('\n');

/** Bytes after bundling, minifying and gzip at level 9, as a server would send the bundle. */
function gzipSize(files: readonly string[]): number {
	const out = buildSync({
		stdin: { contents: entry(files), resolveDir: coreDir, loader: 'ts', sourcefile: 'core-entry.ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		charset: 'utf8',
		write: false,
		logLevel: 'silent',
	});
	return gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
}

test('the measurement covers every module of the core', () => {
	expect(coreFiles).toEqual(expect.arrayContaining(['errors.ts', 'random.ts', 'scalar/value.ts', 'tensor/matrix.ts', 'tensor/conv.ts']));
	expect(coreFiles.length).toBeGreaterThan(10);
	// Dropping a module makes the bundle smaller: each one is really in it.
	const all = gzipSize(coreFiles);
	for (const f of ['tensor/conv.ts', 'scalar/graph.ts']) expect(gzipSize(coreFiles.filter((g) => g !== f)), f).toBeLessThan(all);
});

test(`all of src/core, bundled, minified and gzipped, is at most ${CORE_BUDGET} B`, () => {
	const size = gzipSize(coreFiles);
	console.log(`core: ${size} B gzip (budget ${CORE_BUDGET}), ${coreFiles.length} files`);
	expect(size).toBeLessThanOrEqual(CORE_BUDGET);
});

test('the budget holds the line: the network, added back to the core, would break it', () => {
	expect(gzipSize([...coreFiles, '../nn/mlp.ts'])).toBeGreaterThan(CORE_BUDGET);
});

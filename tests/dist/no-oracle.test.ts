/**
 * tfjs is the core's test oracle and the benchmark's yardstick, a dev dependency that must never
 * reach a reader: one stray `import` in a widget would add hundreds of kilobytes to its page. The
 * core's own imports are checked in tests/core/purity.test.ts; this looks at what was shipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/dist';

/**
 * Texts that survive minification in tfjs's builds (error messages, a backend's registration name),
 * one for its core and one for its CPU backend. The first test proves they are really in tfjs, so a
 * tfjs upgrade that drops one fails here instead of making the check blind.
 */
const MARKERS = {
	'@tensorflow/tfjs-core': ['highest priority backend', 'tfjsflags'],
	'@tensorflow/tfjs-backend-cpu': [' does not support complex64 tensors in the CPU backend'],
} as const;

const require = createRequire(import.meta.url);
const shippedScripts = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((f) => /\.m?js$/.test(f))
	.map((f) => ({ file: f, text: readFileSync(join(DIST, f), 'utf8') }));

describe('the tfjs oracle is not shipped', () => {
	test.each(Object.entries(MARKERS))('the markers of %s are in its own build', (pkg, markers) => {
		const build = readFileSync(require.resolve(pkg), 'utf8');
		for (const marker of markers) expect(build, `${pkg} no longer contains "${marker}": pick another marker`).toContain(marker);
	});

	test('the built site has scripts to look at', () => {
		expect(shippedScripts.length).toBeGreaterThan(5);
	});

	test('no script of the built site contains tfjs', () => {
		const found = shippedScripts.flatMap(({ file, text }) =>
			Object.values(MARKERS)
				.flat()
				.filter((m) => text.includes(m))
				.map((m) => `${file} contains "${m}"`),
		);
		expect(found, 'a widget or page imports @tensorflow/*: import it only from tests/').toEqual([]);
	});
});

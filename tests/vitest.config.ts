import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Three projects, run in this order by one `vitest run` so the summary at the end covers all:
 * - unit: pure functions (graph, math core, markdown plugins), no build needed;
 * - dist: checks over the built site in `dist/` (a global setup builds it once);
 * - browser: real Chromium against the built site served locally.
 * A single file runs with `npm run vitest -- tests/graph/validate.test.ts`.
 */
export default defineConfig({
	root,
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/dist/**', 'tests/browser/**', '**/node_modules/**'],
					sequence: { groupOrder: 0 },
				},
			},
			{
				extends: true,
				test: {
					name: 'dist',
					include: ['tests/dist/**/*.test.ts'],
					globalSetup: ['tests/setup/build-site.ts'],
					testTimeout: 60_000,
					sequence: { groupOrder: 1 },
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/setup/build-site.ts', 'tests/setup/serve-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					sequence: { groupOrder: 2 },
				},
			},
		],
	},
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const forbidden = fileURLToPath(new URL('./setup/not-in-unit.ts', import.meta.url));

/** What a project other than `unit` owns; `unit` excludes all of it. */
const CONTENT = ['tests/content/**/*.test.ts'];
const ORACLE = ['tests/**/oracle/**/*.test.ts'];
const DIST = ['tests/dist/**/*.test.ts', 'tests/integrations/**/*.test.ts'];
const BROWSER = ['tests/browser/**/*.test.ts'];

/**
 * Five projects by cost, run in this order by one `vitest run` (`npm test`) so the summary at the end
 * covers all; each also runs alone: `npm run test:<name>` (README, "Tests").
 * - unit: pure functions (graph, math core, markdown plugins, widgets' state): no build, browser,
 *   Python or tfjs. The aliases below make an import of tfjs or Playwright fail there, and
 *   tests/setup/no-processes.ts makes starting a process fail (tests/setup/unit-is-pure.test.ts);
 * - content: Python with NumPy: the snippets on the pages, and the independent recomputation of
 *   generated practice problems (one Python process per file);
 * - oracle: our core against tfjs (every test under a folder named `oracle/`);
 * - dist: checks over the built site in `dist/` (a global setup builds it once), and the build
 *   integration that must stop a broken build;
 * - browser: real Chromium against the built site served locally, plus small fixture sites.
 * A single file runs with `npm run vitest -- tests/graph/validate.test.ts`.
 */
export default defineConfig({
	root,
	test: {
		// The default report, then each project's wall time (tests/setup/project-times.ts), which .ci/run shows.
		reporters: ['default', './tests/setup/project-times.ts'],
		projects: [
			{
				extends: true,
				resolve: {
					alias: [
						{ find: /^@tensorflow\/tfjs.*$/, replacement: forbidden },
						{ find: /^playwright-core$/, replacement: forbidden },
					],
				},
				test: {
					name: 'unit',
					// Processes (Python, builds) are refused at run time: Node built-ins bypass aliases.
					setupFiles: ['tests/setup/no-processes.ts'],
					include: ['tests/**/*.test.ts'],
					exclude: [...CONTENT, ...ORACLE, ...DIST, ...BROWSER, '**/node_modules/**'],
					sequence: { groupOrder: 0 },
				},
			},
			{
				extends: true,
				test: {
					name: 'content',
					include: CONTENT,
					testTimeout: 120_000,
					sequence: { groupOrder: 1 },
				},
			},
			{
				extends: true,
				test: {
					name: 'oracle',
					include: ORACLE,
					sequence: { groupOrder: 2 },
				},
			},
			{
				extends: true,
				test: {
					name: 'dist',
					include: DIST,
					globalSetup: ['tests/setup/build-site.ts'],
					testTimeout: 60_000,
					sequence: { groupOrder: 3 },
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: BROWSER,
					globalSetup: ['tests/setup/build-site.ts', 'tests/setup/serve-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					fileParallelism: false,
					sequence: { groupOrder: 4 },
				},
			},
		],
	},
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the build's wall time goes for tests/setup/project-times.ts (another module of the same run). */
const TIMES = fileURLToPath(new URL('../.artifacts/build-times.json', import.meta.url));

/** The seconds each site build took since `since` (ms since the epoch): none when it was skipped. */
export function builtTimes(since = 0): number[] {
	if (!existsSync(TIMES) || statSync(TIMES).mtimeMs < since) return [];
	return JSON.parse(readFileSync(TIMES, 'utf8')) as number[];
}

/**
 * Builds the site once for the built-output and browser projects. Both list this setup; the
 * environment flag makes the second call a no-op. `SKIP_BUILD=1` reuses an existing `dist/`
 * (handy when iterating on one test file).
 */
export default function buildSite(): void {
	mkdirSync(dirname(TIMES), { recursive: true });
	if (process.env.NN_MATH_BUILT !== '1') writeFileSync(TIMES, '[]');
	if (process.env.SKIP_BUILD === '1' || process.env.NN_MATH_BUILT === '1') return;
	const root = fileURLToPath(new URL('../..', import.meta.url));
	// Vitest sets NODE_ENV=test, which makes Astro build in a dev-like mode (search shows its
	// "only in production builds" notice): the site under test must be the production build.
	const env = { ...process.env, NODE_ENV: 'production' };
	const started = Date.now();
	const result = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit', env });
	writeFileSync(TIMES, JSON.stringify([...builtTimes(), Math.round((Date.now() - started) / 100) / 10]));
	if (result.status !== 0) throw new Error(`astro build failed (exit code ${result.status}); its output is above.`);
	process.env.NN_MATH_BUILT = '1';
}

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds the site once for the built-output and browser projects. Both list this setup; the
 * environment flag makes the second call a no-op. `SKIP_BUILD=1` reuses an existing `dist/`
 * (handy when iterating on one test file).
 */
export default function buildSite(): void {
	if (process.env.SKIP_BUILD === '1' || process.env.NN_MATH_BUILT === '1') return;
	const root = fileURLToPath(new URL('../..', import.meta.url));
	// Vitest sets NODE_ENV=test, which makes Astro build in a dev-like mode (search shows its
	// "only in production builds" notice): the site under test must be the production build.
	const env = { ...process.env, NODE_ENV: 'production' };
	const result = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit', env });
	if (result.status !== 0) throw new Error(`astro build failed (exit code ${result.status}); its output is above.`);
	process.env.NN_MATH_BUILT = '1';
}

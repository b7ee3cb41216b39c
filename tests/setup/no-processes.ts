/**
 * Setup of the `unit` project: starting a process (Python, `astro build`, a browser) throws, with the
 * way out. Node's built-ins bypass Vite's aliases, so the functions themselves are replaced, and
 * `syncBuiltinESMExports` carries that to `import { spawnSync } from 'node:child_process'`.
 */
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

const STARTERS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;

for (const name of STARTERS) {
	(childProcess as unknown as Record<string, unknown>)[name] = (command: unknown) => {
		throw new Error(
			`A unit test started a process (${name} ${JSON.stringify(command)}). The unit project is pure: move the test to ` +
				'tests/content/ (Python), tests/dist/ or tests/integrations/ (builds) or tests/browser/; tests/vitest.config.ts lists each project.',
		);
	};
}
syncBuiltinESMExports();

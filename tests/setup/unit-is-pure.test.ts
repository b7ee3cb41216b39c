import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

/**
 * The unit project stays pure (tests/vitest.config.ts): importing tfjs or Playwright there fails,
 * and so does starting a process (Python, a build), each with the way out. This file runs in `unit`.
 */
describe('the unit project', () => {
	test.each(['@tensorflow/tfjs', '@tensorflow/tfjs-core', 'playwright-core'])('refuses to import %s', async (name) => {
		await expect(import(/* @vite-ignore */ name)).rejects.toThrow(/unit project is pure/);
	});

	test('refuses to start a process such as Python', async () => {
		expect(() => spawnSync('python3', ['-c', 'print(1)'])).toThrow(/unit project is pure/);
		const cp = await import('node:child_process');
		expect(() => cp.execFileSync('npx', ['astro', 'build'])).toThrow(/unit project is pure/);
	});
});

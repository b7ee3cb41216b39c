import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of the project in a temporary folder (node_modules linked), for builds that are meant to fail. */
function projectCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'nn-math-build-'));
	for (const entry of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public']) {
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

describe('the content-graph integration', () => {
	test('stops `astro build` before any page is built, naming the file, the field and the fix', () => {
		const dir = projectCopy();
		const file = join(dir, 'content/topics/neural-networks/dense-layer.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('topic: linear-algebra/matrix-multiplication', 'topic: linear-algebra/matrix-multiplicaton'));
		const run = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
		const output = run.stdout + run.stderr;
		expect(run.status).not.toBe(0);
		expect(output).toContain('✗ content/topics/neural-networks/dense-layer.yaml');
		expect(output).toMatch(/field:\s+prerequisites\[0\]\.topic/);
		expect(output).toContain('Did you mean `linear-algebra/matrix-multiplication`?');
		expect(output).not.toContain('generating static routes');
	}, 120_000);
});

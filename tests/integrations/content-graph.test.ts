import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild, buildEnv, fixtureProject } from '../helpers/fixture-site';

describe('the content-graph integration', () => {
	test('stops `astro build` before any page is built, naming the file, the field and the fix', () => {
		// A fixture site (dense-layer and what it needs) is enough: the check runs before any page is built.
		const { dir } = fixtureProject(['neural-networks/dense-layer'], 'broken-graph');
		try {
			const file = join(dir, 'content/topics/neural-networks/dense-layer.yaml');
			const yaml = readFileSync(file, 'utf8');
			expect(yaml, 'the fixture must contain the reference this test breaks').toContain('topic: linear-algebra/matrix-multiplication');
			writeFileSync(file, yaml.replace('topic: linear-algebra/matrix-multiplication', 'topic: linear-algebra/matrix-multiplicaton'));
			const { status, output } = astroBuild(dir, buildEnv());
			expect(status).not.toBe(0);
			expect(output).toContain('✗ content/topics/neural-networks/dense-layer.yaml');
			expect(output).toMatch(/field:\s+prerequisites\[0\]\.topic/);
			expect(output).toContain('Did you mean `linear-algebra/matrix-multiplication`?');
			expect(output).not.toContain('generating static routes');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * Every NumPy snippet on the site runs, and every `print(…)  # expected` line in it prints what the
 * comment says. That keeps the numbers in code comments honest: nothing typed by hand goes unchecked.
 * Needs a Python with NumPy (`apt-get install python3-numpy`; .ci/run installs it).
 */

const DOCS = fileURLToPath(new URL('../../content/docs/', import.meta.url));

interface Snippet {
	file: string;
	line: number;
	code: string;
	/** The expected output of each checked print, in order. */
	expected: string[];
}

function snippets(): Snippet[] {
	const files = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
	const found: Snippet[] = [];
	for (const file of files.map((f) => f.split(sep).join('/')).sort()) {
		const text = readFileSync(join(DOCS, file), 'utf8');
		for (const match of text.matchAll(/^```python\n([\s\S]*?)^```/gm)) {
			const code = match[1]!;
			const expected = [...code.matchAll(/^print\(.*\)[ \t]+#[ \t]*(.+)$/gm)].map((m) => m[1]!.trim());
			found.push({ file, line: text.slice(0, match.index).split('\n').length, code, expected });
		}
	}
	return found;
}

/** The first Python that has NumPy, or an explanation of how to get one. */
function findPython(): string {
	for (const candidate of [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean) as string[]) {
		if (spawnSync(candidate, ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0) return candidate;
	}
	throw new Error('No Python with NumPy found: run `apt-get install -y python3-numpy` (or set PYTHON).');
}

/** All numbers in a printed value or a comment: `[0.  0.5 3. ]` and `[0, 0.5, 3]` both give 0, 0.5, 3. */
function numbers(text: string): number[] {
	return [...text.matchAll(/-?\d+(?:\.\d*)?(?:e[-+]?\d+)?/gi)].map((m) => Number(m[0]));
}

const all = snippets();
const python = findPython();

describe('NumPy snippets in the pages', () => {
	test('there are snippets with checked prints', () => {
		expect(all.filter((s) => s.expected.length > 0).length).toBeGreaterThanOrEqual(6);
	});

	// Starting Python and importing NumPy takes seconds on a busy machine: a generous per-snippet timeout.
	test.each(all.map((s) => [`${s.file}:${s.line}`, s] as const))('%s prints what its comments say', { timeout: 60_000 }, (_where, snippet) => {
		const run = spawnSync(python, ['-c', snippet.code], { encoding: 'utf8' });
		expect(run.stderr, 'the snippet raised an error').toBe('');
		expect(run.status).toBe(0);
		const printed = run.stdout.trimEnd().split('\n').filter((l) => l !== '');
		expect(printed.length).toBe(snippet.expected.length);
		snippet.expected.forEach((comment, i) => {
			const want = numbers(comment);
			const got = numbers(printed[i]!);
			expect(got.length, `print #${i + 1}: "${printed[i]}" vs "# ${comment}"`).toBe(want.length);
			got.forEach((g, j) => expect(Math.abs(g - want[j]!), `print #${i + 1}: "${printed[i]}" vs "# ${comment}"`).toBeLessThan(1e-9));
		});
	});
});

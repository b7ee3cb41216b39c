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

/**
 * Runs every snippet in ONE Python process (starting Python and importing NumPy costs seconds on a
 * busy machine, once per snippet it was most of this test's time). Each snippet gets fresh globals,
 * NumPy's print options as they were at start, and its own captured stdout and stderr (warnings
 * included, each shown every time), so a snippet sees what `python -c` would have shown it.
 */
const RUNNER = `
import contextlib, io, json, sys, traceback, warnings
import numpy as np
defaults = np.get_printoptions()
results = []
for s in json.load(sys.stdin):
    np.set_printoptions(**defaults)
    out, err, status = io.StringIO(), io.StringIO(), 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.simplefilter('default')
        try:
            exec(compile(s['code'], s['where'], 'exec'), {'__name__': '__main__'})
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else 1
        except BaseException:
            traceback.print_exc()
            status = 1
    results.append({'stdout': out.getvalue(), 'stderr': err.getvalue(), 'status': status})
json.dump(results, sys.stdout)
`;

interface Run {
	stdout: string;
	stderr: string;
	status: number;
}

function runAll(python: string, list: Snippet[]): Run[] {
	const input = JSON.stringify(list.map((s) => ({ where: `${s.file}:${s.line}`, code: s.code })));
	const run = spawnSync(python, ['-c', RUNNER], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (run.status !== 0) throw new Error(`The snippet runner itself failed (exit ${run.status}):\n${run.stderr}`);
	return JSON.parse(run.stdout) as Run[];
}

const all = snippets();
const runs = runAll(findPython(), all);

describe('NumPy snippets in the pages', () => {
	test('there are snippets with checked prints', () => {
		expect(all.filter((s) => s.expected.length > 0).length).toBeGreaterThanOrEqual(6);
	});

	test('each snippet runs in a clean namespace: a name from an earlier one is undefined', () => {
		const [a, b] = runAll(findPython(), [
			{ file: 'a', line: 1, code: 'leak = 1\nimport numpy as np\nnp.set_printoptions(precision=1)\n', expected: [] },
			{ file: 'b', line: 1, code: 'import numpy as np\nprint(np.array([0.123456]))\nprint(leak)\n', expected: [] },
		]);
		expect(a!.status).toBe(0);
		expect(b!.stdout).toBe('[0.123456]\n');
		expect(b!.stderr).toMatch(/NameError: name 'leak' is not defined/);
		expect(b!.status).toBe(1);
	});

	test.each(all.map((s, i) => [`${s.file}:${s.line}`, s, runs[i]!] as const))('%s prints what its comments say', (_where, snippet, run) => {
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

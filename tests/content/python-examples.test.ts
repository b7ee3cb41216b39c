import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findPython } from '../helpers/python';
import { type CheckedPrint, checkedPrints, codeBlocks, commentProblem } from '../helpers/python-snippets';

/**
 * Every NumPy snippet on the site runs, and every `print(…)  # comment` line in it prints exactly the
 * text its comment shows, as NumPy formats it (`[3. 0. 0.]`, not `[3, 0, 0]`): a reader who runs the
 * snippet sees the comment. The rule for the comments (a note after ` — `, several printed lines as
 * aligned `#` lines, what is not checked) is in tests/helpers/python-snippets.ts, with its tests.
 * PyTorch snippets are fenced ```py and not run; this file checks that the fences say which is which.
 * Needs a Python with NumPy (`apt-get install python3-numpy`; .ci/run installs it; or set PYTHON).
 */

const DOCS = fileURLToPath(new URL('../../content/docs/', import.meta.url));

interface Snippet {
	/** The page, relative to content/docs/. */
	file: string;
	/** 1-based line of the opening fence in the page. */
	line: number;
	code: string;
	prints: CheckedPrint[];
}

const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
	.filter((f) => /\.mdx?$/.test(f))
	.map((f) => f.split(sep).join('/'))
	.sort()
	.map((file) => ({ file, blocks: codeBlocks(readFileSync(join(DOCS, file), 'utf8')) }));

const all: Snippet[] = pages.flatMap(({ file, blocks }) =>
	blocks.filter((b) => b.lang === 'python').map((b) => ({ file, line: b.line, code: b.code, prints: checkedPrints(b.code) })),
);

/**
 * Runs every snippet in ONE Python process (starting Python and importing NumPy costs seconds on a
 * busy machine, once per snippet it was most of this test's time). Each snippet gets fresh globals,
 * NumPy's print options as they were at start, and its own captured stdout and stderr (warnings
 * included, each shown every time), so a snippet sees what `python -c` would have shown it. Its
 * `print` is the built-in one that also notes which line of the snippet called it, so each comment is
 * compared with its own print's output, not with the n-th line of all output.
 */
const RUNNER = `
import builtins, contextlib, io, json, sys, traceback, warnings
import numpy as np
defaults = np.get_printoptions()
results = []
for s in json.load(sys.stdin):
    np.set_printoptions(**defaults)
    out, err, status, prints = io.StringIO(), io.StringIO(), 0, []
    def traced_print(*args, sep=' ', end='\\n', file=None, flush=False, where=s['where']):
        if file is not None and file is not sys.stdout:
            return builtins.print(*args, sep=sep, end=end, file=file, flush=flush)
        text = io.StringIO()
        builtins.print(*args, sep=sep, end=end, file=text)
        caller = sys._getframe(1)
        if caller.f_code.co_filename == where:
            prints.append([caller.f_lineno, text.getvalue()])
        sys.stdout.write(text.getvalue())
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.simplefilter('default')
        try:
            exec(compile(s['code'], s['where'], 'exec'), {'__name__': '__main__', 'print': traced_print})
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else 1
        except BaseException:
            traceback.print_exc()
            status = 1
    results.append({'stdout': out.getvalue(), 'stderr': err.getvalue(), 'status': status, 'prints': prints})
json.dump(results, sys.stdout)
`;

interface Run {
	stdout: string;
	stderr: string;
	status: number;
	/** [line in the snippet, text written] for each call of `print` made by the snippet's own code. */
	prints: [number, string][];
}

function runAll(python: string, list: Pick<Snippet, 'file' | 'line' | 'code'>[]): Run[] {
	const input = JSON.stringify(list.map((s) => ({ where: `${s.file}:${s.line}`, code: s.code })));
	const run = spawnSync(python, ['-c', RUNNER], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (run.status !== 0) throw new Error(`The snippet runner itself failed (exit ${run.status}):\n${run.stderr}`);
	return JSON.parse(run.stdout) as Run[];
}

/** Each checked print's problem, as `✗ page:line: …`. */
function problems(snippet: Snippet, run: Run): string[] {
	return snippet.prints.flatMap((print) => {
		const calls = run.prints.filter(([line]) => line === print.line);
		const output = calls.length ? calls.map(([, text]) => text).join('') : undefined;
		const problem = commentProblem(print, output);
		return problem ? [`✗ ${snippet.file}:${snippet.line + print.line}: ${problem}`] : [];
	});
}

const report = (list: string[]) => (list.length ? `\n${list.join('\n')}\n` : '');

const python = findPython();
const runs = runAll(python, all);

describe('NumPy snippets in the pages', () => {
	test('there are snippets with checked prints', () => {
		expect(all.filter((s) => s.prints.some((p) => p.expected.length > 0)).length).toBeGreaterThanOrEqual(6);
	});

	test('each snippet runs in a clean namespace: a name from an earlier one is undefined', () => {
		const [a, b] = runAll(python, [
			{ file: 'a', line: 1, code: 'leak = 1\nimport numpy as np\nnp.set_printoptions(precision=1)\n' },
			{ file: 'b', line: 1, code: 'import numpy as np\nprint(np.array([0.123456]))\nprint(leak)\n' },
		]);
		expect(a!.status).toBe(0);
		expect(b!.stdout).toBe('[0.123456]\n');
		expect(b!.stderr).toMatch(/NameError: name 'leak' is not defined/);
		expect(b!.status).toBe(1);
	});

	test('each print is matched to its own line: an indented print in between does not shift the comments', () => {
		const code = 'import numpy as np\nfor i in range(2):\n    print(i)\nprint(np.eye(2))  # [[1. 0.]\n                  #  [0. 1.]]\n';
		const snippet = { file: 'c', line: 10, code, prints: checkedPrints(code) };
		const [run] = runAll(python, [snippet]);
		expect(run!.prints).toEqual([
			[3, '0\n'],
			[3, '1\n'],
			[4, '[[1. 0.]\n [0. 1.]]\n'],
		]);
		expect(problems(snippet, run!)).toEqual([]);
		const wrong = { ...snippet, prints: checkedPrints(code.replace('[[1. 0.]', '[[1, 0]')) };
		expect(problems(wrong, run!)).toEqual([expect.stringMatching(/^✗ c:14: the comment says `\[\[1, 0\]` ⏎ ` \[0\. 1\.\]\]`, NumPy prints `\[\[1\. 0\.\]` ⏎ ` \[0\. 1\.\]\]`/)]);
	});

	test.each(all.map((s, i) => [`${s.file}:${s.line}`, s, runs[i]!] as const))('%s prints what its comments say', (_where, snippet, run) => {
		expect(run.stderr, 'the snippet raised an error').toBe('');
		expect(run.status).toBe(0);
		const found = problems(snippet, run);
		expect(found, report(found)).toEqual([]);
	});
});

describe('code fences', () => {
	test('a ```py block is PyTorch (not run) and a ```python block is not', () => {
		const found = pages.flatMap(({ file, blocks }) =>
			blocks.flatMap((b) => {
				const torch = /^\s*(?:import|from)\s+torch\b/m.test(b.code);
				if (b.lang === 'py' && !torch)
					return [`✗ ${file}:${b.line}: a \`\`\`py block is not run, and this one does not import torch. Fence NumPy code as \`\`\`python, so that its prints are checked.`];
				if (b.lang === 'python' && torch)
					return [`✗ ${file}:${b.line}: a \`\`\`python block is run with NumPy only, and this one imports torch. Fence a PyTorch snippet as \`\`\`py (shown, not run).`];
				return [];
			}),
		);
		expect(found, report(found)).toEqual([]);
		expect(pages.some(({ blocks }) => blocks.some((b) => b.lang === 'py')), 'the site shows PyTorch snippets').toBe(true);
	});
});

/**
 * The Python snippets of the pages and the rule for their `print(…)  # …` comments, as plain functions
 * over text: tests/content/python-examples.test.ts runs the snippets and holds every comment to this
 * rule, and tests/content/curriculum.test.ts asks whether a worked example has a checked print.
 *
 * The rule, for authors:
 * - A ```python block is run with NumPy; a ```py block is a PyTorch snippet, shown and not run (the
 *   tests do not install PyTorch), so it must import torch.
 * - A `print(…)` that starts a line is checked, and needs a comment: the comment is the text NumPy
 *   prints, character for character (`[3. 0. 0.]`, not `[3, 0, 0]`), trailing spaces aside. A note may
 *   follow the printed text after ` — ` (either language) or `: ` (English).
 * - When a print gives several lines (a 2-D array), the first goes after the print's `#` and each next
 *   line on a comment line of its own whose `#` stands in the same column; one space after that `#` is
 *   dropped, so the array's own indentation shows:
 *       print(A)  # [[1 2]
 *                 #  [3 4]]
 * - An indented `print` (in a loop or a function) is not checked.
 */

/** Between the printed text and a note: ` — ` in either language, `: ` in English. */
const NOTE_SEPARATORS = [' — ', ': '];

export interface CodeBlock {
	/** `python` (run with NumPy) or `py` (PyTorch, not run). */
	lang: 'python' | 'py';
	/** 1-based line of the opening fence in the page; the code's line n is the page's line `line + n`. */
	line: number;
	code: string;
}

/** Every ```python and ```py block of a Markdown or MDX source, in order. */
export function codeBlocks(text: string): CodeBlock[] {
	return [...text.matchAll(/^```(python|py)\n([\s\S]*?)^```/gm)].map((m) => ({
		lang: m[1] as CodeBlock['lang'],
		line: text.slice(0, m.index).split('\n').length,
		code: m[2]!,
	}));
}

export interface CheckedPrint {
	/** 1-based line of the `print(…)` in the code. */
	line: number;
	/** The print statement, without its comment. */
	statement: string;
	/** The output its comment promises, one entry per printed line (notes included); empty without a comment. */
	expected: string[];
}

/** Each `print(…)` that starts a line, with the lines of output its comment (and the aligned comment lines under it) promise. */
export function checkedPrints(code: string): CheckedPrint[] {
	const lines = code.split('\n');
	const found: CheckedPrint[] = [];
	lines.forEach((text, index) => {
		if (!text.startsWith('print(')) return;
		const comment = /^(print\(.*?\))[ \t]+#(.*)$/.exec(text);
		if (!comment) {
			found.push({ line: index + 1, statement: text.trimEnd(), expected: [] });
			return;
		}
		const column = comment[1]!.length + text.slice(comment[1]!.length).indexOf('#');
		const expected = [comment[2]!.trim()];
		for (let next = index + 1; next < lines.length; next++) {
			const more = lines[next]!;
			if (more.indexOf('#') !== column || more.slice(0, column).trim() !== '') break;
			expected.push(more.slice(column + 1).replace(/^ /, '').trimEnd());
		}
		found.push({ line: index + 1, statement: comment[1]!, expected });
	});
	return found;
}

/** The lines a print wrote, without the final newline and trailing spaces. */
export function printedLines(output: string): string[] {
	return output
		.replace(/\n$/, '')
		.split('\n')
		.map((l) => l.trimEnd());
}

/** Whether a comment line says what was printed: the same text, alone or followed by a note. */
export function saysPrinted(comment: string, printed: string): boolean {
	return comment === printed || NOTE_SEPARATORS.some((s) => comment.startsWith(printed + s));
}

/** A NumPy scalar's repr (`np.float64(0.5)`, `np.True_`): NumPy 2 prints it inside a list or tuple, NumPy 1 prints `0.5`. */
export const NUMPY_SCALAR_REPR = /\bnp\.(?:[a-z]+\d*_?\(|True_|False_)/;

/** The comment lines that would say exactly what was printed, aligned as the rule above wants. */
export function commentFor(statement: string, printed: string[]): string {
	const indent = ' '.repeat(statement.length + 2);
	return printed.map((l, i) => (i === 0 ? `${statement}  # ${l}` : `${indent}# ${l}`)).join('\n');
}

/**
 * What is wrong with a print's comment given what the print wrote, or `undefined` when the comment
 * says it. The answer is a sentence that quotes both texts and ends with the comment to write.
 */
export function commentProblem(print: CheckedPrint, output: string | undefined): string | undefined {
	if (output === undefined) return `\`${print.statement}\` never ran (did the snippet stop early?). Every checked print must print.`;
	const printed = printedLines(output);
	const fix = `Write the comment as NumPy prints it (a note may follow after \` — \`):\n${commentFor(print.statement, printed)}`;
	if (NUMPY_SCALAR_REPR.test(output)) {
		return (
			`\`${print.statement}\` prints \`${printed.join('⏎')}\`: a NumPy scalar's repr, which NumPy 1 (Debian's python3-numpy, used by .ci/run) ` +
			'prints as a plain number. Print the scalars themselves, or convert with `float()` or `.tolist()`.'
		);
	}
	if (print.expected.length === 0) return `\`${print.statement}\` has no comment. ${fix}`;
	const same = printed.length === print.expected.length && printed.every((p, i) => saysPrinted(print.expected[i]!, p));
	if (same) return undefined;
	const lines = (list: string[]) => list.map((l) => `\`${l}\``).join(' ⏎ ');
	return `the comment says ${lines(print.expected)}, NumPy prints ${lines(printed)}. ${fix}`;
}

import { describe, expect, test } from 'vitest';
import { checkedPrints, codeBlocks, commentFor, commentProblem, printedLines, saysPrinted } from './python-snippets';

describe('codeBlocks', () => {
	test('returns ```python and ```py blocks with the line of their fence, and skips other languages', () => {
		const page = ['# Title', '```python', 'print(1)  # 1', '```', '```py', 'import torch', '```', '```js', 'x', '```'].join('\n');
		expect(codeBlocks(page)).toEqual([
			{ lang: 'python', line: 2, code: 'print(1)  # 1\n' },
			{ lang: 'py', line: 5, code: 'import torch\n' },
		]);
	});
});

describe('checkedPrints', () => {
	test('reads the comment of a print that starts a line, and skips an indented one', () => {
		const code = 'x = 1\nprint(x)  # 1 — one\nfor i in range(2):\n    print(i)  # 0\n';
		expect(checkedPrints(code)).toEqual([{ line: 2, statement: 'print(x)', expected: ['1 — one'] }]);
	});
	test('returns a print without a comment with nothing expected', () => {
		expect(checkedPrints('print(x)\n')).toEqual([{ line: 1, statement: 'print(x)', expected: [] }]);
	});
	test('takes the comment lines whose # stands under the print’s # as the next printed lines, one space dropped', () => {
		const code = ['print(A)  # [[1 2]', '          #  [3 4]]', '# a remark, not output', 'print(b)  # 5'].join('\n');
		expect(checkedPrints(code)).toEqual([
			{ line: 1, statement: 'print(A)', expected: ['[[1 2]', ' [3 4]]'] },
			{ line: 4, statement: 'print(b)', expected: ['5'] },
		]);
	});
	test('does not take a code line with a comment in the same column as a next printed line', () => {
		const code = ['print(a)  # 1', 'y = 2     # two'].join('\n');
		expect(checkedPrints(code)[0]!.expected).toEqual(['1']);
	});
});

describe('saysPrinted', () => {
	test('accepts the printed text alone or followed by a note after ` — ` or `: `', () => {
		expect(saysPrinted('[3. 0. 0.]', '[3. 0. 0.]')).toBe(true);
		expect(saysPrinted('[3. 0. 0.] — третья строка', '[3. 0. 0.]')).toBe(true);
		expect(saysPrinted('[3. 0. 0.]: the third row', '[3. 0. 0.]')).toBe(true);
	});
	test('rejects the same numbers written another way', () => {
		expect(saysPrinted('[3, 0, 0]', '[3. 0. 0.]')).toBe(false);
		expect(saysPrinted('[0.5 0.25]', '[0.5  0.25]')).toBe(false);
		expect(saysPrinted('[3. 0. 0.] third row', '[3. 0. 0.]')).toBe(false);
	});
});

describe('printedLines', () => {
	test('splits what a print wrote into lines without the final newline and trailing spaces', () => {
		expect(printedLines('[[1. 0.]  \n [0. 1.]]\n')).toEqual(['[[1. 0.]', ' [0. 1.]]']);
	});
});

describe('commentFor', () => {
	test('writes the first printed line after # and the next ones under it', () => {
		expect(commentFor('print(A)', ['[[1 2]', ' [3 4]]'])).toBe('print(A)  # [[1 2]\n          #  [3 4]]');
	});
});

describe('commentProblem', () => {
	const print = (expected: string[]) => ({ line: 3, statement: 'print(H[2])', expected });

	test('returns undefined when the comment says what was printed', () => {
		expect(commentProblem(print(['[3. 0. 0.] — третья строка']), '[3. 0. 0.]\n')).toBeUndefined();
	});
	test('quotes both texts and the comment to write when they differ', () => {
		expect(commentProblem(print(['[3, 0, 0]']), '[3. 0. 0.]\n')).toBe(
			'the comment says `[3, 0, 0]`, NumPy prints `[3. 0. 0.]`. Write the comment as NumPy prints it (a note may follow after ` — `):\nprint(H[2])  # [3. 0. 0.]',
		);
	});
	test('fails a comment that gives only the first of several printed lines', () => {
		expect(commentProblem(print(['[[1 2]']), '[[1 2]\n [3 4]]\n')).toMatch(/NumPy prints `\[\[1 2\]` ⏎ ` \[3 4\]\]`/);
	});
	test('fails a print without a comment, a print that never ran, and a NumPy scalar repr', () => {
		expect(commentProblem(print([]), '1\n')).toMatch(/^`print\(H\[2\]\)` has no comment\. Write the comment as NumPy prints it/);
		expect(commentProblem(print(['1']), undefined)).toMatch(/never ran/);
		expect(commentProblem(print(['[0.5]']), '[np.float64(0.5)]\n')).toMatch(/NumPy 1 .* prints as a plain number/);
		expect(commentProblem(print(['True']), '(np.True_, 1)\n')).toMatch(/a NumPy scalar's repr/);
	});
});

import { describe, expect, test } from 'vitest';
import { escapeHeadingIds } from '../../src/markdown/escape-heading-ids';

describe('escapeHeadingIds', () => {
	test('escapes the braces of a trailing {#id} on a heading', () => {
		expect(escapeHeadingIds('## Умножение матриц {#matmul}')).toBe('## Умножение матриц \\{#matmul\\}');
	});
	test('leaves other braces and code fences alone', () => {
		const source = ['Text {#not-a-heading}', '```js', '## {#inside-code}', '```', '<X a={1} />'].join('\n');
		expect(escapeHeadingIds(source)).toBe(source);
	});
});

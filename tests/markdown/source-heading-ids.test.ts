import { describe, expect, test } from 'vitest';
import { sourceHeadingIds } from '../../src/markdown/source-heading-ids';

describe('sourceHeadingIds', () => {
	test('reads explicit ids, slugs the rest, numbers repeats, and skips frontmatter and code', () => {
		const source = [
			'---',
			'title: T',
			'# a YAML comment',
			'---',
			'## Идея {#idea}',
			'## Умножение матриц',
			'```python',
			'# not a heading',
			'```',
			'### Идея {#idea}',
			'text # not a heading',
		].join('\n');
		expect(sourceHeadingIds(source)).toEqual(['idea', 'umnozhenie-matrits', 'idea-1']);
	});
});

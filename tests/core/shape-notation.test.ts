import { expect, test } from 'vitest';
import { formatShape } from '../../src/core/shape-notation';

test('shapes are written the way the site writes them, in formulas, errors and widgets alike', () => {
	expect(formatShape([4, 2])).toBe('(4×2)');
	expect(formatShape([16])).toBe('(16)');
	expect(formatShape([4, 16])).toBe('(4×16)');
});

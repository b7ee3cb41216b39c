import { describe, expect, test } from 'vitest';
import { isProblem } from '../../src/numbers/read';
import { shapeOf } from '../../src/numbers/read-shape';

describe('shapes', () => {
	test('read the usual ways of writing a shape', () => {
		for (const s of ['4x16', '4×16', '4 × 16', '(4, 16)', '4 на 16', '4х16', '4 by 16', '4*16', '[4, 16]']) expect(shapeOf(s), s).toEqual([4, 16]);
		expect(shapeOf('32x4x5')).toEqual([32, 4, 5]);
		for (const bad of ['4x', 'x16', '4 16', '4xx16', '4x-1', '4.5x2']) expect(isProblem(shapeOf(bad)), bad).toBe(true);
		expect(shapeOf('  ')).toEqual({ p: 'empty' });
	});
});

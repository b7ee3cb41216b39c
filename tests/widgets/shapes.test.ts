import { describe, expect, test } from 'vitest';
import { MAX_TEXT } from '../../src/numbers/read';
import { toRows } from '../../src/core/tensor/matrix';
import type { Texts } from '../../src/widgets/lib/form';
import { checkShapes, fill, resize, SHAPES_DEFAULTS } from '../../src/widgets/state/shapes';

const ok = (t: Texts) => {
	const r = checkShapes(t);
	if (!('ok' in r)) throw new Error(JSON.stringify(r));
	return r.ok;
};

describe('the shape explorer state', () => {
	test('the square times the dense-layer page’s weights: (4×2)·(2×3) → (4×3), computed by the core', () => {
		const s = ok(SHAPES_DEFAULTS);
		expect(toRows(s.c!)).toEqual([
			[0, 0, 0],
			[2, 2, -2],
			[4, 0, -1],
			[2, -2, 1],
		]);
	});

	test('mismatched inner sizes are a result with the core’s explanation, not a refusal', () => {
		const s = ok({ ...SHAPES_DEFAULTS, p: '3', w: resize(SHAPES_DEFAULTS.w, 3, 3) });
		expect(s.c).toBeUndefined();
		expect(s.err).toEqual({ code: 'matmul-inner', left: [4, 2], right: [3, 3] });
	});

	test('resizing keeps the numbers that fit and fills new cells with small whole numbers', () => {
		expect(resize('1 2\n3 4', 3, 1)).toBe(`1\n3\n${fill(2, 0)}`);
		expect(resize('garbage', 1, 2)).toBe(`${fill(0, 0)} ${fill(0, 1)}`);
		for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) expect([-1, 0, 1]).toContain(fill(i, j));
	});

	test('sizes are whole numbers from 1 to 16, and each matrix must have the shape its sizes say', () => {
		expect(checkShapes({ ...SHAPES_DEFAULTS, q: '-5' })).toEqual({ key: 'q', why: { p: 'int', a: 1, b: 16 } });
		expect(checkShapes({ ...SHAPES_DEFAULTS, m: '50' })).toEqual({ key: 'm', why: { p: 'int', a: 1, b: 16 } });
		expect(checkShapes({ ...SHAPES_DEFAULTS, m: '3' })).toEqual({ key: 'a', why: { p: 'rows', a: 3, b: 4 } });
		expect(checkShapes({ ...SHAPES_DEFAULTS, a: '1 2 3\n1 2 3\n1 2 3\n1 2 3' })).toEqual({ key: 'a', why: { p: 'len', a: 2, b: 3 } });
	});

	test('hostile or absurd texts are refused', () => {
		const big = Array.from({ length: 50 }, () => Array(50).fill('1').join(' ')).join('\n');
		const bad: Texts[] = [
			{ ...SHAPES_DEFAULTS, a: big },
			{ ...SHAPES_DEFAULTS, a: '<script>alert(1)</script>' },
			{ ...SHAPES_DEFAULTS, w: '' },
			{ ...SHAPES_DEFAULTS, n: 'NaN' },
			{ ...SHAPES_DEFAULTS, a: '1e308 0\n0 0\n0 0\n0 0' },
		];
		for (const t of bad) expect('ok' in checkShapes(t), JSON.stringify(t).slice(0, 60)).toBe(false);
	});
});

describe('the largest matrix the shapes widget allows', () => {
	// Issue #13, minor 10: the text cap (MAX_TEXT in src/numbers/read.ts) was 600 characters, smaller
	// than a typed 16×16 matrix of two-digit numbers (16·16·4 − 1 = 1023 characters), which was refused
	// as «too large, at most 16×16». The cap must fit 16·16 entries of up to 9 characters («−999,999»)
	// plus separators; the link layer (url.ts) follows MAX_TEXT.
	test('the text cap fits 16·16 entries of nine characters', () => {
		expect(MAX_TEXT).toBeGreaterThanOrEqual(16 * 16 * 10);
	});
	test('a typed 16×16 matrix of negative two-digit decimals is accepted', () => {
		// «−12,5» is 5 characters: a row is 16·5 + 15 spaces = 95, the matrix 16·95 + 15 newlines = 1535.
		const row = (i: number) => Array.from({ length: 16 }, (_, j) => `−${10 + ((i * 16 + j) % 89)},5`).join(' ');
		const big = Array.from({ length: 16 }, (_, i) => row(i)).join('\n');
		expect(big.length).toBe(1535);
		const r = checkShapes({ ...SHAPES_DEFAULTS, m: '16', n: '16', p: '16', q: '16', a: big, w: big });
		expect(r).toHaveProperty('ok');
	});
});

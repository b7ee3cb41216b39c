import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { centralDifference, forwardDifference } from '../../src/math/finite-difference';

describe('centralDifference', () => {
	test('is exact for a quadratic: the chord across x has the tangent’s slope', () => {
		// f(x) = 3x² − 2x + 1, f′(2) = 10; the O(h²) error term is h²·f‴/6 = 0.
		expect(centralDifference((x) => 3 * x * x - 2 * x + 1, 2, 0.5)).toBeCloseTo(10, 12);
	});

	test('returns (f(x + h) − f(x − h)) / 2h, and its error shrinks like h²', () => {
		expect(centralDifference((x) => x ** 3, 1, 0.1)).toBe((1.1 ** 3 - 0.9 ** 3) / 0.2);
		const error = (h: number) => Math.abs(centralDifference(Math.sin, 1, h) - Math.cos(1));
		// Ten times smaller h, about a hundred times smaller error.
		expect(error(1e-2) / error(1e-3)).toBeGreaterThan(90);
		expect(error(1e-2) / error(1e-3)).toBeLessThan(110);
	});

	test('evaluates f only at x ± h, so it also serves a function of an offset (a nudged weight, a direction)', () => {
		const seen: number[] = [];
		centralDifference((t) => (seen.push(t), t), 0, 1e-5);
		expect(seen).toEqual([1e-5, -1e-5]);
	});
});

describe('forwardDifference', () => {
	test('returns (f(x + h) − f(x)) / h, and its error shrinks like h', () => {
		expect(forwardDifference((x) => x * x, 3, 0.5)).toBe((3.5 * 3.5 - 9) / 0.5);
		const error = (h: number) => Math.abs(forwardDifference(Math.exp, 0, h) - 1);
		expect(error(1e-2) / error(1e-3)).toBeGreaterThan(9);
		expect(error(1e-2) / error(1e-3)).toBeLessThan(11);
	});
});

describe('one of each', () => {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	/** `… / (2 * h)` or `… / 2e-6`: the tell-tale division of a hand-written central difference. */
	const HAND_WRITTEN = /\/\s*\(\s*2\s*\*\s*[A-Za-z_$][\w$]*\s*\)|\/\s*2e-\d/;

	test('the pattern catches a hand-written central difference', () => {
		expect('const d = (f(x + h) - f(x - h)) / (2 * h);').toMatch(HAND_WRITTEN);
		expect('toBeCloseTo((f(1e-6) - f(-1e-6)) / 2e-6, 5)').toMatch(HAND_WRITTEN);
		expect('rebuilt: constant + (n * m) / (2 * std * std)').not.toMatch(HAND_WRITTEN);
	});

	test('no code in src or tests divides by 2h itself: every central difference goes through centralDifference', () => {
		const files = ['src', 'tests'].flatMap((dir) =>
			readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
				.filter((f) => /\.(ts|tsx|astro)$/.test(f))
				.map((f) => `${dir}/${f.split('\\').join('/')}`),
		);
		expect(files).toContain('src/topics/neural-networks/gradient-checking/index.ts');
		const copies = files
			// The practice oracle's Python differences are the independent check of this one, so they stay apart.
			.filter((f) => !['src/math/finite-difference.ts', 'tests/math/finite-difference.test.ts', 'tests/content/practice-oracle.test.ts'].includes(f))
			.filter((f) => HAND_WRITTEN.test(readFileSync(join(root, f), 'utf8')));
		expect(copies).toEqual([]);
	});
});

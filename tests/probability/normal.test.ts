import { describe, expect, test } from 'vitest';
import { erf, normalCdf, normalPdf, withinSigmas } from '../../src/probability/normal';
import { createRng } from '../../src/core/random';
import { FLOAT64, expectClose } from '../core/asserts';

describe('erf', () => {
	// Reference values from Python's math.erf (C library, correctly rounded to double).
	const reference: [number, number][] = [
		[0.1, 0.1124629160182849],
		[0.5, 0.5204998778130465],
		[1, 0.8427007929497149],
		[1.99, 0.995111413199617],
		[2, 0.9953222650189527],
		[2.5, 0.999593047982555],
		[2.9, 0.9999589021219005],
		[3, 0.9999779095030014],
		[3.5, 0.9999992569016276],
		[5, 0.9999999999984626],
		[-1.3, -0.9340079449406524],
	];
	test.each(reference)('erf(%d) matches the C library', (x, expected) => {
		expectClose(erf(x), expected, { rtol: 1e-14, atol: 1e-15 }, `erf(${x})`);
	});

	test('is odd and 0 at 0', () => {
		expect(erf(0)).toBe(0);
		expect(erf(-0.7)).toBe(-erf(0.7));
	});
});

describe('the normal distribution', () => {
	test('the density at the mean is 1/(σ√(2π)) and is symmetric', () => {
		expectClose(normalPdf(0), 1 / Math.sqrt(2 * Math.PI), FLOAT64, 'pdf(0)');
		expectClose(normalPdf(3, 2, 0.5), 1 / (0.5 * Math.sqrt(2 * Math.PI)) * Math.exp(-2), FLOAT64, 'pdf');
		expectClose(normalPdf(1.5, 1, 2), normalPdf(0.5, 1, 2), FLOAT64, 'symmetry');
	});

	test('the 68–95–99.7 rule', () => {
		expectClose([1, 2, 3].map(withinSigmas), [0.6826894921370859, 0.9544997361036416, 0.9973002039367398], FLOAT64, 'shares');
		expectClose(normalCdf(10, 10, 3), 0.5, FLOAT64, 'cdf at the mean');
	});

	test('the cdf agrees with the share of seeded normal draws', () => {
		const rng = createRng(5);
		const draws = Array.from({ length: 20_000 }, () => rng.normal(1, 2));
		const share = draws.filter((x) => x <= 2).length / draws.length;
		expect(Math.abs(share - normalCdf(2, 1, 2))).toBeLessThan(0.01);
	});

	test('refuses a non-positive standard deviation', () => {
		expect(() => normalPdf(0, 0, 0)).toThrow(expect.objectContaining({ details: { code: 'std-not-positive', std: 0 } }));
	});
});

import { describe, expect, test } from 'vitest';
import { crossEntropyOf, crossEntropyTerms, entropy, klDivergence, klTerms } from '../../src/probability/information';
import { crossEntropy } from '../../src/core/tensor/losses';
import { fromRows } from '../../src/core/tensor/matrix';
import { FLOAT64, expectClose } from '../core/asserts';

const p = [0.5, 0.25, 0.25];
const q = [0.25, 0.5, 0.25];

describe('entropy, cross-entropy and KL divergence', () => {
	test('values checked with NumPy', () => {
		expectClose(entropy(p), 1.0397207708399179, FLOAT64, 'H(p)');
		expectClose(entropy(p, 2), 1.5, FLOAT64, 'H(p) in bits');
		expectClose(crossEntropyOf(p, q), 1.2130075659799042, FLOAT64, 'H(p, q)');
		expectClose(klDivergence(p, q), 0.17328679513998632, FLOAT64, 'KL');
	});

	test('H(p, q) = H(p) + KL(p ‖ q), term by term', () => {
		const ce = crossEntropyTerms(p, q);
		const h = crossEntropyTerms(p, p);
		const kl = klTerms(p, q);
		expectClose(ce, h.map((t, i) => t + kl[i]!), FLOAT64, 'terms');
	});

	test('KL is zero for equal distributions, positive otherwise, and not symmetric', () => {
		expect(klDivergence(p, p)).toBe(0);
		const r = [0.7, 0.2, 0.1];
		expect(klDivergence(p, r)).toBeGreaterThan(0);
		expect(Math.abs(klDivergence(p, r) - klDivergence(r, p))).toBeGreaterThan(0.01);
	});

	test('with a one-hot p, cross-entropy is the loss −log q[label] of the core', () => {
		const probs = [0.7, 0.2, 0.1];
		expectClose(crossEntropyOf([0, 1, 0], probs), crossEntropy(fromRows([probs]), [1]), FLOAT64, 'loss');
		expect(entropy([0, 1, 0])).toBe(0);
	});

	test('a zero in q where p is positive costs infinity', () => {
		expect(crossEntropyOf([0.5, 0.5], [1, 0])).toBe(Infinity);
	});

	test('refuses distributions over different outcomes', () => {
		expect(() => klDivergence([1], [0.5, 0.5])).toThrow(expect.objectContaining({ details: { code: 'count-mismatch', left: 'p', leftCount: 1, right: 'q', rightCount: 2 } }));
	});
});

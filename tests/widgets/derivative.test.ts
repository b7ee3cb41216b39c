import { describe, expect, test } from 'vitest';
import type { Texts } from '../../src/widgets/lib/form';
import { checkDerivative, DERIVATIVE_DEFAULTS, FUNCTION_NAMES, valueAndSlope } from '../../src/widgets/state/derivative';

const sig = (x: number) => 1 / (1 + Math.exp(-x));
const EXACT: Record<string, (x: number) => number> = {
	square: (x) => 2 * x,
	cube: (x) => 3 * x * x,
	sin: Math.cos,
	exp: Math.exp,
	ln: (x) => 1 / x,
	sigmoid: (x) => sig(x) * (1 - sig(x)),
	tanh: (x) => 1 - Math.tanh(x) ** 2,
	relu: (x) => (x > 0 ? 1 : 0),
};

const ok = (t: Texts) => {
	const r = checkDerivative(t);
	if (!('ok' in r)) throw new Error(JSON.stringify(r));
	return r.ok;
};

describe('the derivative widget state', () => {
	test('the exact derivative (a backward pass of the core) matches the textbook formula for every function', () => {
		expect(FUNCTION_NAMES).toHaveLength(8);
		for (const name of FUNCTION_NAMES)
			for (const x of [0.3, 1, 2.5]) expect(valueAndSlope(name, x).dy, `${name}′(${x})`).toBeCloseTo(EXACT[name](x), 12);
	});

	test('the secant’s slope closes in on the derivative as h shrinks', () => {
		for (const name of FUNCTION_NAMES.filter((n) => n !== 'relu')) {
			const gaps = ['0', '-1', '-2', '-3'].map((e) => {
				const s = ok({ f: name, x: '0.7', e });
				return Math.abs(s.secant - s.exact);
			});
			for (let i = 1; i < gaps.length; i++) expect(gaps[i], name).toBeLessThan(gaps[i - 1]);
		}
		const s = ok({ f: 'square', x: '1', e: '0' });
		// (f(2) − f(1)) / 1 = 3, while f′(1) = 2.
		expect([s.y, s.yh, s.secant, s.exact]).toEqual([1, 4, 3, 2]);
	});

	test('relu at its kink: the core says 0, the secant from the right says 1', () => {
		const s = ok({ f: 'relu', x: '0', e: '-2' });
		expect(s.exact).toBe(0);
		expect(s.secant).toBeCloseTo(1, 12);
	});

	test('ln needs a positive point; hostile or absurd texts are refused', () => {
		expect(checkDerivative({ ...DERIVATIVE_DEFAULTS, f: 'ln', x: '0' })).toEqual({ key: 'x', why: { p: 'pos' } });
		const bad: Texts[] = [
			{ ...DERIVATIVE_DEFAULTS, f: 'constructor' },
			{ ...DERIVATIVE_DEFAULTS, f: '<img src=x onerror=alert(1)>' },
			{ ...DERIVATIVE_DEFAULTS, x: '' },
			{ ...DERIVATIVE_DEFAULTS, x: '1e308' },
			{ ...DERIVATIVE_DEFAULTS, e: '-9' },
			{ ...DERIVATIVE_DEFAULTS, e: '1' },
			{ ...DERIVATIVE_DEFAULTS, e: 'NaN' },
		];
		for (const t of bad) expect('ok' in checkDerivative(t), JSON.stringify(t)).toBe(false);
	});
});

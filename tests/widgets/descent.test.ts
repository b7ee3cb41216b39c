import { describe, expect, test } from 'vitest';
import { centralDifference } from '../../src/math/finite-difference';
import type { Texts } from '../../src/widgets/lib/form';
import {
	anneal,
	checkDescent,
	DESCENT_DEFAULTS,
	descend,
	lossAt,
	MODE_START,
	PRESETS,
	verdict,
	type Mode,
} from '../../src/widgets/state/descent';

const settings = (t: Texts) => {
	const r = checkDescent({ ...DESCENT_DEFAULTS, ...t });
	if (!('ok' in r)) throw new Error(JSON.stringify(r));
	return r.ok;
};

describe('the gradient-descent widget model', () => {
	test('losses and gradients come from the core’s backward pass', () => {
		expect(lossAt('1d', 3)).toEqual({ f: 9, g: [6, 0] });
		expect(lossAt('2d', 1, 2)).toEqual({ f: 41, g: [2, 40] });
		const h = 1e-6;
		const fd = centralDifference((x) => lossAt('bumpy', x).f, 0.7, h);
		expect(lossAt('bumpy', 0.7).g[0]).toBeCloseTo(fd, 6);
	});

	test('plain descent on x² multiplies x by (1 − 2η) every step', () => {
		const p = descend(settings({ r: '0.3', n: '5' }));
		p.xs.forEach((x, k) => expect(x).toBeCloseTo(-3 * 0.4 ** k, 12));
	});

	test('momentum follows the core’s rule v ← βv + g, x ← x − ηv', () => {
		const p = descend(settings({ r: '0.1', b: '1', n: '3' }));
		let x = -3;
		let v = 0;
		for (let k = 1; k <= 3; k++) {
			v = 0.9 * v + 2 * x;
			x -= 0.1 * v;
			expect(p.xs[k]).toBeCloseTo(x, 12);
		}
	});

	test('the preset learning rates show the four regimes on both bowls', () => {
		for (const mode of ['1d', '2d'] as Mode[]) {
			const seen = PRESETS[mode].map((r) => verdict(descend(settings({ m: mode, ...MODE_START[mode], r }))));
			expect(seen, mode).toEqual(['slow', 'good', 'oscillate', 'diverge']);
		}
	});

	test('a diverging path stops before the numbers overflow', () => {
		const p = descend(settings({ r: '10', n: '100' }));
		expect(p.xs.length).toBeLessThan(101);
		expect(p.fs.every(Number.isFinite)).toBe(true);
	});

	test('on the bumpy curve descent stays in the near valley while annealing finds the deeper one', () => {
		const s = settings({ m: 'bumpy', ...MODE_START.bumpy });
		const gd = descend(s);
		const sa = anneal(s);
		expect(gd.xs.at(-1)).toBeCloseTo(-1.77, 1);
		expect(sa.xs.at(-1)! > 1).toBe(true);
		expect(sa.fs.at(-1)!).toBeLessThan(gd.fs.at(-1)!);
		expect(anneal(s)).toEqual(sa);
		expect(anneal({ ...s, seed: 4 })).not.toEqual(sa);
	});

	test('hostile or absurd settings are refused', () => {
		const bad: Texts[] = [
			{ m: '3d' },
			{ r: '0' },
			{ r: '-1' },
			{ r: '1e308' },
			{ b: 'yes' },
			{ n: '101' },
			{ x: 'NaN' },
			{ y: '1e9' },
			{ s: '<svg/onload=alert(1)>' },
		];
		for (const t of bad) expect('ok' in checkDescent({ ...DESCENT_DEFAULTS, ...t }), JSON.stringify(t)).toBe(false);
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { descend, examples, practice } from '../../../src/topics/calculus/gradient-descent';
import { asVectorFunction } from '../../../src/topics/calculus/functions';
import { byRole, centreOf, figures } from '../../helpers/figure-calculus';

const ru = fmtFor('ru');

describe('calculus/gradient-descent: the module behind the worked examples and the practice', () => {
	test('on a quadratic the distance to the minimum shrinks by the same factor every step', () => {
		// L(w) = ⅓[(w−2)² + (2w−3)² + (3w−7)²] has L'' = 28/3 and its minimum at 29/14, so
		// w_k − 29/14 = (1 − 28η/3)^k · (w_0 − 29/14).
		const wStar = 29 / 14;
		for (const lr of [0.05, 0.2, 0.25]) {
			const rows = descend(asVectorFunction('one-weight-mse'), [0], lr, 10);
			const q = 1 - (28 * lr) / 3;
			rows.forEach((r) => expect(r.at[0]! - wStar).toBeCloseTo(q ** r.k * -wStar, 9));
		}
		// The ravine ⅒x² + 2y²: x shrinks by 1 − 0.45·0.2 = 0.91, y flips by 1 − 0.45·4 = −0.8.
		const ravine = descend(asVectorFunction('ravine'), [2, 1], 0.45, 10);
		expect(ravine[10]!.at[0]).toBeCloseTo(2 * 0.91 ** 10, 12);
		expect(ravine[3]!.at[1]).toBeCloseTo(-0.512, 12);
	});

	test('two steps with η = 0.75 on 2(w − 1)² from −3 overshoot: the factor is 1 − 4·0.75 = −2 per step', () => {
		const kind = practice.find((k) => k.id === 'two-steps')!;
		const p = kind.solve({ a: 2, m: 1, w0: -3, lr: 0.75 }, ru);
		// w₂ − 1 = (−2)²·(−3 − 1) = −16.
		expect(p.answer).toEqual({ kind: 'number', value: -15 });
		expect(p.mistakes).toContainEqual({ value: 9, say: 'one-step' });
	});

	test('one step on 2x² + y² from (4, 4) with η = 0.1: ∇f = (16, 8), so (4 − 1.6, 4 − 0.8)', () => {
		const kind = practice.find((k) => k.id === 'step')!;
		expect(kind.solve({ a: 2, c: 1, x0: 4, y0: 4, lr: 0.1 }, ru).answer).toEqual({ kind: 'vector', value: [2.4, 3.2] });
	});

	test('the worked examples print the page’s rows in Russian notation', () => {
		const slow = examples!.slow!;
		const blocks = slow.blocks(slow.inputs, ru);
		expect((blocks[0] as { tex: string }).tex).toContain('\\eta = 0{,}05, \\qquad w_{0} = 0');
		const rows = (blocks[1] as { rows: string[][] }).rows;
		expect(rows.map((r) => r[0])).toEqual(['0', '1', '2', '3', '5', '10']);
		// w₁ = 0.05·58/3 = 0.9667; L(0) = 62/3; L'(0) = −58/3.
		expect(rows[0]).toEqual(['0', '0', '20{,}6667', '-19{,}3333']);
		expect(rows[1]![1]).toBe('0{,}9667');
		const ravine = examples!.ravine!;
		const rr = (ravine.blocks(ravine.inputs, ru)[1] as { rows: string[][] }).rows;
		expect(rr[1]).toEqual(['1', '(1{,}82;\\ -0{,}8)', '1{,}6112', '(0{,}364;\\ -3{,}2)']);
	});
});

describe('calculus/gradient-descent: the figure of the steps down the ravine', () => {
	test('the dots are the steps θ ← θ − η∇f for f = x²/10 + 2y², computed here by hand', () => {
		const ex = examples!.path!;
		const { start, lr, steps } = ex.inputs as { start: [number, number]; lr: number; steps: number };
		const svg = figures(ex.blocks(ex.inputs, fmtFor('ru')))[0]!.svg;
		const dots = byRole(svg, 'step').map((e) => centreOf(svg, e));
		expect(dots.length).toBe(steps + 1);
		let [x, y] = start;
		for (const [dx, dy] of dots) {
			expect(dx).toBeCloseTo(x, 1);
			expect(dy).toBeCloseTo(y, 1);
			[x, y] = [x - lr * 0.2 * x, y - lr * 4 * y];
		}
	});
});

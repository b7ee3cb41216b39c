import { describe, expect, test } from 'vitest';
import { value } from '../../src/core/scalar/value';
import { matmul } from '../../src/core/tensor/linear';
import { createMatrix, transpose } from '../../src/core/tensor/matrix';
import { checkAnswer } from '../../src/exercises/check-answer';
import { centralDifference } from '../../src/math/finite-difference';
import { valueAndSlope } from '../../src/widgets/state/derivative';
import { checkDrill, DRILL_DEFAULTS, GRAPHS, makeDrill } from '../../src/widgets/state/drills';

describe('generated drills', () => {
	test('the same seed gives the same drill; another seed another one', () => {
		for (const kind of ['shape', 'derivative', 'backprop'] as const) {
			const a = makeDrill(kind, 42);
			const b = makeDrill(kind, 42);
			const pick = (d: typeof a) => JSON.stringify({ ...d, t: undefined });
			expect(pick(a)).toBe(pick(b));
			const others = [1, 2, 3, 4, 5].map((s) => pick(makeDrill(kind, s)));
			expect(new Set(others).size).toBeGreaterThan(1);
		}
	});

	test('shape drills: the answer is the shape the core’s matmul gives, for A·B, A·Bᵀ and Aᵀ·B', () => {
		const forms = new Set<number>();
		for (let seed = 0; seed < 200; seed++) {
			const d = makeDrill('shape', seed);
			if (d.kind !== 'shape') throw new Error();
			forms.add(d.form);
			const [A, B] = [createMatrix(...d.a), createMatrix(...d.b)];
			const c = matmul(d.form === 2 ? transpose(A) : A, d.form === 1 ? transpose(B) : B);
			expect(d.answer).toEqual([c.rows, c.cols]);
			const [l, r] = [d.form === 2 ? [...d.a].reverse() : d.a, d.form === 1 ? [...d.b].reverse() : d.b];
			expect(l[1]).toBe(r[0]);
			expect(d.answer).toEqual([l[0], r[1]]);
			expect(checkAnswer('shape', `${d.answer[0]}x${d.answer[1]}`, `${d.answer[0]}x${d.answer[1]}`)).toBe('correct');
		}
		expect(forms).toEqual(new Set([0, 1, 2]));
	});

	test('derivative drills: the core’s derivative, a point in the domain, a decimal comma accepted', () => {
		for (let seed = 0; seed < 100; seed++) {
			const d = makeDrill('derivative', seed);
			if (d.kind !== 'derivative') throw new Error();
			if (d.f === 'ln') expect(d.x).toBeGreaterThan(0);
			expect(d.answer).toBe(valueAndSlope(d.f, d.x).dy);
			const typed = d.answer.toFixed(2).replace('.', ',');
			expect(checkAnswer('number', typed, String(d.answer), 0.01)).toBe('correct');
		}
	});

	test('backprop drills: the answer agrees with a finite difference of the same graph', () => {
		for (let seed = 0; seed < 60; seed++) {
			const d = makeDrill('backprop', seed);
			if (d.kind !== 'backprop') throw new Error();
			const f = (shift: number) => {
				const vars = Object.fromEntries(Object.entries(d.inputs).map(([k, v]) => [k, value(k === d.target ? v + shift : v, k)]));
				return GRAPHS[d.form](vars).data;
			};
			// relu has a kink at 0, where a one-sided answer is right and the central difference is not.
			if (d.form === 1 && d.inputs.a * d.inputs.b - d.inputs.c === 0) continue;
			expect(d.answer, `seed ${seed}`).toBeCloseTo(centralDifference(f, 0, 1e-6), 5);
		}
	});

	test('hostile links are refused', () => {
		expect(checkDrill(DRILL_DEFAULTS)).toHaveProperty('ok');
		for (const t of [
			{ k: 'eval', s: '1' },
			{ k: 'shape', s: '-1' },
			{ k: 'shape', s: '1e9' },
			{ k: 'shape', s: '<script>' },
		]) {
			expect('ok' in checkDrill(t), JSON.stringify(t)).toBe(false);
		}
	});
});

import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/core/random';
import { fmtFor } from '../../../src/practice/render';
import { det2, examples, inverse2, practice } from '../../../src/topics/linear-algebra/determinant-and-inverse';
import { multiply } from '../../../src/topics/linear-algebra/matrix-multiplication';

const ru = fmtFor('ru');
const kind = (id: string) => practice.find((k) => k.id === id)!;

describe('linear-algebra/determinant-and-inverse: the module behind the pictures and the practice', () => {
	test('the page’s determinants: 3·2 − 1·1 = 5 and 1·4 − 2·2 = 0', () => {
		expect(det2([[3, 1], [1, 2]])).toBe(5);
		expect(det2([[1, 2], [2, 4]])).toBe(0);
		expect(inverse2([[1, 2], [2, 4]])).toBeUndefined();
	});

	test('the inverse undoes the matrix: W·W⁻¹ = W⁻¹·W = I for every drawn matrix', () => {
		for (let seed = 1; seed <= 100; seed++) {
			const { w } = kind('inverse').draw(createRng(seed)) as { w: number[][] };
			const inv = inverse2(w)!;
			for (const p of [multiply(w, inv), multiply(inv, w)]) p.flat().forEach((v, k) => expect(v).toBeCloseTo([1, 0, 0, 1][k]!, 12));
			expect([1, 2]).toContain(Math.abs(det2(w)));
		}
	});

	test('the kinds: a worked determinant and inverse with their known mistakes', () => {
		// det [2 −3; 1 5] = 10 + 3 = 13; with a plus, 10 − 3 = 7.
		const d = kind('det').solve({ w: [[2, -3], [1, 5]] }, ru);
		expect(d.answer).toEqual({ kind: 'number', value: 13 });
		expect(d.mistakes).toEqual([{ value: 7, say: 'plus' }, { value: -13, say: 'order' }]);
		// [3 −1; −1 1]: det 2, inverse ½·[1 1; 1 3].
		const i = kind('inverse').solve({ w: [[3, -1], [-1, 1]] }, ru);
		expect(i.answer).toEqual({ kind: 'matrix', value: [[0.5, 0.5], [0.5, 1.5]] });
		expect(i.mistakes).toContainEqual({ value: [[1, 1], [1, 3]], say: 'undivided' });
		expect(i.steps.at(-1)!.tex).toContain('\\begin{bmatrix} 0{,}5 & 0{,}5 \\\\ 0{,}5 & 1{,}5 \\end{bmatrix}');
	});

	test('the pictures: the square’s area grows 5 times, then collapses to zero', () => {
		const last = (name: string) => {
			const ex = examples![name]!;
			return ex.blocks(ex.inputs, ru).at(-1);
		};
		expect(last('area')).toEqual({ say: 'area', with: { ratio: '5' } });
		expect(last('flat')).toEqual({ say: 'areaZero' });
	});
});

import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/core/random';
import { fmtFor } from '../../../src/practice/render';
import { eigenvalues2, examples, practice } from '../../../src/topics/linear-algebra/eigenvectors-and-svd';
import { images } from '../../../src/topics/linear-algebra/linear-transformations';

const ru = fmtFor('ru');
const eigen = practice.find((k) => k.id === 'eigen')!;
const stretch = practice.find((k) => k.id === 'stretch')!;

describe('linear-algebra/eigenvectors-and-svd: the module behind the pictures and the practice', () => {
	test('eigenvalues from the characteristic equation', () => {
		// The page’s matrix [0,5 1,5; 1,5 0,5]: trace 1, det 0,25 − 2,25 = −2, so λ² − λ − 2 = (λ − 2)(λ + 1).
		expect(eigenvalues2([[0.5, 1.5], [1.5, 0.5]])).toEqual([2, -1]);
		// Triangular: the diagonal.
		expect(eigenvalues2([[3, 7], [0, -1]])).toEqual([3, -1]);
		// A rotation by 90° has none on the real line.
		expect(eigenvalues2([[0, 1], [-1, 0]])).toBeUndefined();
	});

	test('every drawn matrix has whole eigenvalues, each with a vector that W only stretches', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const { w } = eigen.draw(createRng(seed)) as { w: number[][] };
			const ls = eigenvalues2(w)!;
			for (const l of ls) {
				expect(Number.isInteger(l)).toBe(true);
				// A nonzero row v with v(W − λI) = 0: v is orthogonal to a nonzero column of the singular M = W − λI
				// (any v if M = 0); then the core's matmul must give v·W = λv.
				const m = [[w[0]![0]! - l, w[0]![1]!], [w[1]![0]!, w[1]![1]! - l]];
				const col = [0, 1].map((j) => [m[0]![j]!, m[1]![j]!]).find(([x, y]) => x !== 0 || y !== 0);
				const v: [number, number] = col ? [col[1]!, -col[0]!] : [1, 0];
				const [vw] = images([v], w);
				expect(vw![0]).toBeCloseTo(l * v[0], 9);
				expect(vw![1]).toBeCloseTo(l * v[1], 9);
			}
		}
	});

	test('the kind: the larger first, with the other order and the diagonal as known mistakes', () => {
		// [0 2; 2 −3]: trace −3, det −4, λ² + 3λ − 4 = (λ − 1)(λ + 4).
		const p = eigen.solve({ w: [[0, 2], [2, -3]] }, ru);
		expect(p.answer).toEqual({ kind: 'vector', value: [1, -4] });
		expect(p.mistakes).toEqual([
			{ value: [-4, 1], say: 'order' },
			{ value: [0, -3], say: 'diagonal' },
			{ value: [4, -1], say: 'signs' },
		]);
	});

	test('the stretch kind: λ of a given eigenvector, and every drawn v really is one', () => {
		// (2, −2)·[1 3; 3 1] = (2 − 6, 6 − 2) = (−4, 4) = −2·(2, −2); a coordinate of the image, −4, is the known mistake.
		const p = stretch.solve({ w: [[1, 3], [3, 1]], v: [2, -2] }, ru);
		expect(p.answer).toEqual({ kind: 'number', value: -2 });
		expect(p.mistakes).toEqual([{ value: -4, say: 'undivided' }]);
		// Lower triangular [a 0; c d] keeps the line of e₁: (3, 0)·[4 0; 2 −1] = (12, 0), λ = 4.
		expect(stretch.solve({ w: [[4, 0], [2, -1]], v: [3, 0] }, ru).answer.value).toBe(4);
		for (let seed = 1; seed <= 200; seed++) {
			const { w, v } = stretch.draw(createRng(seed)) as { w: number[][]; v: [number, number] };
			const [vw] = images([v], w);
			// Parallel: the 2D cross product of v and vW is zero.
			expect(Math.abs(v[0] * vw![1]! - v[1] * vw![0]!)).toBe(0);
		}
	});

	test('the pictures: v₁ doubled, v₂ reversed, u off its line; the circle’s area tripled', () => {
		const lines = (name: string) => {
			const ex = examples![name]!;
			return ex.blocks(ex.inputs, ru);
		};
		const eigenLines = lines('eigen').slice(2) as { tex: string }[];
		expect(eigenLines.map((b) => b.tex)).toEqual([
			'v_{1} W = \\begin{bmatrix} 1 & 1 \\end{bmatrix} W = \\begin{bmatrix} 2 & 2 \\end{bmatrix} = 2\\,v_{1}',
			'v_{2} W = \\begin{bmatrix} 1 & -1 \\end{bmatrix} W = \\begin{bmatrix} -1 & 1 \\end{bmatrix} = -v_{2}',
			'u W = \\begin{bmatrix} 1 & 0 \\end{bmatrix} W = \\begin{bmatrix} 0{,}5 & 1{,}5 \\end{bmatrix}',
		]);
		expect((lines('eigen')[0] as { caption: unknown }).caption).toEqual({ say: 'planeVectors' });
		const svd = lines('svd');
		// (0,6; 0,8)·W = (1,08 + 1,92; −0,48 + 0,48) = (3; 0): stretched 3 times onto an axis.
		expect((svd[2] as { tex: string }).tex).toContain('= \\begin{bmatrix} 3 & 0 \\end{bmatrix}');
		expect(svd.at(-1)).toEqual({ say: 'area', with: { ratio: '3' } });
	});
});

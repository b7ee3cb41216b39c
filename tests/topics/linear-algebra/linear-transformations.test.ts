import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, images, planeExample, practice, stretchAlong } from '../../../src/topics/linear-algebra/linear-transformations';

const ru = fmtFor('ru');
const image = practice.find((k) => k.id === 'image')!;
const compose = practice.find((k) => k.id === 'compose')!;

describe('linear-algebra/linear-transformations: the module behind the plane pictures and the practice', () => {
	test('x·W adds up the rows of W with the weights x₁, x₂', () => {
		// (2, −1)·[1 3; 4 −2] = 2·(1, 3) − (4, −2) = (−2, 8).
		expect(images([[2, -1]], [[1, 3], [4, -2]])).toEqual([[-2, 8]]);
		expect(stretchAlong([1, 1], [2, 2])).toBe(2);
		expect(stretchAlong([1, -1], [-1, 1])).toBe(-1);
		expect(stretchAlong([1, 0], [0.5, 1.5])).toBeUndefined();
	});

	test('the image kind: the row convention, with W·x as the known mistake', () => {
		const p = image.solve({ w: [[1, 3], [4, -2]], x: [2, -1] }, ru);
		expect(p.answer).toEqual({ kind: 'vector', value: [-2, 8] });
		// W·x = (1·2 + 3·(−1), 4·2 + (−2)·(−1)) = (−1, 10).
		expect(p.mistakes).toEqual([{ value: [-1, 10], say: 'column' }]);
	});

	test('the compose kind: first W₁, then W₂ is W₁W₂; the textbook order W₂W₁ is the known mistake', () => {
		// W₁ = [0 1; 1 0] swaps the coordinates, W₂ = [2 0; 0 3] scales them: (x₁, x₂) → (x₂, x₁) → (2x₂, 3x₁),
		// so the one matrix sends e₁ to (0, 3) and e₂ to (2, 0): [0 3; 2 0]. The other order gives [0 2; 3 0].
		const p = compose.solve({ w1: [[0, 1], [1, 0]], w2: [[2, 0], [0, 3]] }, ru);
		expect(p.answer).toEqual({ kind: 'matrix', value: [[0, 3], [2, 0]] });
		expect(p.mistakes).toEqual([{ value: [[0, 2], [3, 0]], say: 'order' }]);
	});

	test('the shear: e₁ stays, e₂ goes to (1, 1); the picture is captioned and hidden from screen readers', () => {
		const ex = examples!.shear!;
		const blocks = ex.blocks(ex.inputs, ru) as ({ tex: string } | { svg: string; caption: { say: string } })[];
		const fig = blocks[0] as { svg: string; caption: { say: string } };
		expect(fig.caption).toEqual({ say: 'planeShape' });
		expect(fig.svg).toContain('aria-hidden="true"');
		expect(fig.svg).not.toContain('aria-label');
		expect(blocks.slice(1)).toEqual([
			{ tex: 'W = \\begin{bmatrix} 1 & 0 \\\\ 1 & 1 \\end{bmatrix}' },
			{ tex: 'e_1 W = \\begin{bmatrix} 1 & 0 \\end{bmatrix} W = \\begin{bmatrix} 1 & 0 \\end{bmatrix}' },
			{ tex: 'e_2 W = \\begin{bmatrix} 0 & 1 \\end{bmatrix} W = \\begin{bmatrix} 1 & 1 \\end{bmatrix}' },
		]);
	});

	test('the area sentence: |det| by the shoelace formula, a flip for a negative determinant', () => {
		const area = (w: [[number, number], [number, number]]) => {
			const ex = planeExample({ w, area: true });
			return ex.blocks(ex.inputs, ru).at(-1);
		};
		// det [0 1; 1 0] = −1: a mirror; det [2 0; 0 1,25] = 2,5.
		expect(area([[0, 1], [1, 0]])).toEqual({ say: 'areaFlipped', with: { ratio: '1' } });
		expect(area([[2, 0], [0, 1.25]])).toEqual({ say: 'area', with: { ratio: '2,5' } });
		expect(area([[1, 2], [2, 4]])).toEqual({ say: 'areaZero' });
	});
});

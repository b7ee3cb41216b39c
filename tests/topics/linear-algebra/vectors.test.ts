import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { add, combine, examples, practice, scale } from '../../../src/topics/linear-algebra/vectors';

const ru = fmtFor('ru');

describe('linear-algebra/vectors: the module behind the worked example and the practice', () => {
	test('the core’s sum, multiple and combination, coordinate by coordinate by hand', () => {
		expect(add([3, 1], [1, 2])).toEqual([4, 3]);
		expect(scale(-1, [3, 1])).toEqual([-3, -1]);
		// 2·(1, −2, 0) − 3·(2, 1, −1) = (2 − 6, −4 − 3, 0 + 3)
		expect(combine(2, [1, -2, 0], -3, [2, 1, -1])).toEqual([-4, -7, 3]);
	});

	test('a training step w − ηg, and stepping up the gradient as the known mistake', () => {
		const kind = practice.find((k) => k.id === 'step')!;
		// (0.5, −1) − 0.1·(2, −4) = (0.5 − 0.2, −1 + 0.4) = (0.3, −0.6): the page's NumPy example, with g = 10·(0.2, −0.4).
		const p = kind.solve({ w: [0.5, -1], g: [2, -4], lr: 0.1 }, ru);
		expect(p.answer).toEqual({ kind: 'vector', value: [0.3, -0.6], tolerance: 1e-9 });
		expect(p.mistakes).toContainEqual({ value: [0.7, -1.4], say: 'direction' });
		expect(p.steps.at(-1)!.tex).toMatch(/\\begin\{bmatrix\} 0\{,\}3 & -0\{,\}6 \\end\{bmatrix\}$/);
	});

	test('the worked example: a + b = (4, 3) and −a = (−3, −1), drawn and written in Russian notation', () => {
		const ex = examples!.plane!;
		const [figure, sum, multiple] = ex.blocks(ex.inputs, ru) as [{ svg: string; caption: unknown }, { tex: string }, { tex: string }];
		expect(figure.svg).toMatch(/^<svg style="max-width: 280px"/);
		expect(figure.svg).toContain('>−a</text>');
		expect(figure.caption).toEqual({ say: 'pictureMultiple', with: { k: '-a' } });
		expect(sum.tex).toBe('a + b = \\begin{bmatrix} 3 & 1 \\end{bmatrix} + \\begin{bmatrix} 1 & 2 \\end{bmatrix} = \\begin{bmatrix} 4 & 3 \\end{bmatrix}');
		expect(multiple.tex).toBe('-a = -1 \\cdot \\begin{bmatrix} 3 & 1 \\end{bmatrix} = \\begin{bmatrix} -3 & -1 \\end{bmatrix}');
	});
});

import { describe, expect, test } from 'vitest';
import { toRows } from '../../../src/core/tensor/matrix';
import { centralDifference } from '../../../src/math/finite-difference';
import { fmtFor } from '../../../src/practice/render';
import { biasGradient, denseBackprop, examples, practice, weightGrad } from '../../../src/topics/neural-networks/backprop-matrix-form';
import { elements, figures, num, texts } from '../../helpers/figure-network';

const kind = (id: string) => practice.find((k) => k.id === id)!;
const LAYER = { a: [[1, 0, 2], [0, 1, 1], [2, 1, 0], [1, -1, 1]], w: [[-1, -1], [-1, -0.5], [0.5, 1]], b: [1, 0], y: [[1, 2], [2, 1], [2, 0], [1, 2]] };

describe('neural-networks/backprop-matrix-form: the module behind the worked example and the practice', () => {
	test('Aᵀδ and the column sums, worked out by hand', () => {
		// A = [[1, 2], [3, 4]], δ = [[1], [−1]]: Aᵀδ = [[1 − 3], [2 − 4]].
		expect(weightGrad([[1, 2], [3, 4]], [[1], [-1]])).toEqual([[-2], [-2]]);
		expect(biasGradient([[1, 2], [3, -4], [0.5, 0]])).toEqual([4.5, -2]);
	});

	test('the layer: the loss by hand, and each gradient against a finite difference of the loss', () => {
		const r = denseBackprop(LAYER);
		// H − Y = [[0, −1], [−1.5, −0.5], [−2, 0], [0.5, −1.5]]: squares sum to 10, / 8 = 1.25.
		expect(r.loss).toBeCloseTo(1.25, 12);
		const nudged = (t: number, j: number) => (h: number) => denseBackprop({ ...LAYER, w: LAYER.w.map((row, i) => row.map((v, c) => (i === t && c === j ? v + h : v))) }).loss;
		// The MSE of a ReLU layer is piecewise quadratic, so a symmetric difference is exact away from kinks.
		const dW = toRows(r.dW);
		for (const [t, j] of [[0, 0], [2, 1]] as const) expect(dW[t]![j]!).toBeCloseTo(centralDifference(nudged(t, j), 0, 1e-4), 6);
		// The third example is off in both neurons: its row of δ and of ∂L/∂A is zero.
		expect(toRows(r.dZ)[2]).toEqual([0, 0]);
		expect(toRows(r.dA)[2]).toEqual([0, 0, 0]);
		expect(r.db).toEqual([-0.25, -0.75]);
	});

	test('dw: A = [[1, 2], [0, −1], [3, 1]], δ = [[1, 0], [2, −1], [−1, 1]] gives [[−2, 3], [−1, 2]]', () => {
		// (Aᵀδ)₁₁ = 1·1 + 0·2 + 3·(−1) = −2, (Aᵀδ)₁₂ = 0 + 0 + 3 = 3, (Aᵀδ)₂₁ = 2 − 2 − 1 = −1, (Aᵀδ)₂₂ = 0 + 1 + 1 = 2.
		const p = kind('dw').solve({ a: [[1, 2], [0, -1], [3, 1]], delta: [[1, 0], [2, -1], [-1, 1]] }, fmtFor('ru'));
		expect(p.answer).toEqual({ kind: 'matrix', value: [[-2, 3], [-1, 2]] });
		expect(p.steps[1]!.tex).toBe('\\left(A^{\\top}\\delta\\right)_{11} = 1 \\cdot 1 + 0 \\cdot 2 + 3 \\cdot (-1) = -2');
	});

	test('db: the column sums; the row sums and the column means are mistakes', () => {
		const p = kind('db').solve({ delta: [[0.5, -1], [1, 1.5], [-1.5, 0]] }, fmtFor('en'));
		expect(p.answer).toEqual({ kind: 'vector', value: [0, 0.5] });
		expect(p.mistakes!.map((m) => [m.say, m.value])).toEqual([
			['rows', [-0.5, 2.5, -1.5]],
			['mean', [0, 0.5 / 3]],
		]);
	});

	test('shape: ∂L/∂W is n × k and ∂L/∂A is m × n', () => {
		expect(kind('shape').solve({ m: 32, n: 3, k: 8, of: 'W' }, fmtFor('ru')).answer).toEqual({ kind: 'shape', value: [3, 8] });
		const a = kind('shape').solve({ m: 32, n: 3, k: 8, of: 'A' }, fmtFor('ru'));
		expect(a.answer).toEqual({ kind: 'shape', value: [32, 3] });
		expect(a.mistakes).toEqual([{ value: [32, 8], say: 'delta' }, { value: [3, 8], say: 'weights' }]);
	});

	test('the worked examples print the page’s numbers in Russian notation', () => {
		const ru = fmtFor('ru');
		const fw = examples!.forward!;
		const f = fw.blocks(fw.inputs, ru) as { tex: string }[];
		expect(f[2]!.tex).toBe('L = \\frac{1}{8} \\sum_{i,j} (h_{ij} - y_{ij})^2 = 1{,}25');
		const bw = examples!.backward!;
		const b = bw.blocks(bw.inputs, ru) as { tex: string }[];
		expect(b.length).toBe(6);
		expect(b[4]!.tex).toContain('\\begin{bmatrix} -0{,}25 & -0{,}75 \\end{bmatrix}}_{2}');
		expect(b[2]!.tex).toContain('\\begin{bmatrix} 0 & -0{,}25 \\\\ -0{,}375 & -0{,}125 \\\\ 0 & 0 \\\\ 0{,}125 & -0{,}375 \\end{bmatrix}');
	});
});

describe('neural-networks/backprop-matrix-form: the figure of the shapes', () => {
	test('each grid has its matrix’s rows × cols, the factors’ shared sides are equal, and the results have the shapes of W and A', () => {
		// The page's layer: A is 4 × 3 (examples × features), W is 3 × 2 (features × neurons), δ like Z = AW: 4 × 2.
		const [m, n, k] = [4, 3, 2];
		const ex = examples!.shapes!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const svg = figure!.svg;
		const all = elements(svg);
		// The outlined grids in drawing order: Aᵀ, δ, ∂L/∂W, δ, Wᵀ, ∂L/∂A.
		const grids = all.filter((e) => e.tag === 'rect').map((e) => ({ w: num(e, 'width'), h: num(e, 'height') }));
		const unit = grids[1]!.w / k;
		const shapes = grids.map((g) => [g.h / unit, g.w / unit]);
		expect(shapes).toEqual([[n, m], [m, k], [n, k], [m, k], [k, n], [m, n]]);
		// The labels under the grids say the same shapes.
		expect(texts(svg).filter((t) => t.content.includes('×')).map((t) => t.content)).toEqual(shapes.map(([r, c]) => `${r} × ${c}`));
		// The accent sides: the top of Aᵀ equals the left of δ (m), the top of δ equals the left of Wᵀ (k).
		const accent = all.filter((e) => e.tag === 'line' && e.attrs.class!.startsWith('fig-accent')).map((e) => Math.hypot(num(e, 'x2') - num(e, 'x1'), num(e, 'y2') - num(e, 'y1')) / unit);
		expect(accent).toEqual([m, m, k, k]);
		expect(figure!.alt!.with).toEqual({ m: '4', n: '3', k: '2' });
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { attention, examples, mix, scaledScores } from '../../../src/topics/neural-networks/attention';
import { cells, figures, texts } from '../../helpers/figure-network';

const page = { x: [[1, 0], [0, 1], [1, 1]], wq: [[1, 0], [1, 1]], wk: [[1, 1], [0, 1]], wv: [[1, 0], [0, 2]] };

describe('neural-networks/attention: the module behind the worked examples and the practice', () => {
	test('scores q·k/√d by hand', () => {
		// q = (1, 2, 0, −1), k₁ = (2, 1, 1, 1): 2 + 2 + 0 − 1 = 3 → 1.5; k₂ = (0, −1, 2, 2): 0 − 2 + 0 − 2 = −4 → −2.
		const { raw, scaled } = scaledScores([[1, 2, 0, -1]], [[2, 1, 1, 1], [0, -1, 2, 2]]);
		expect(raw).toEqual([[3, -4]]);
		expect(scaled).toEqual([[1.5, -2]]);
	});

	test('two keys: the weights are a logistic of the score difference and the output lies between the values', () => {
		// Scores (1, 0): a₁ = e/(e + 1) = 0.731059, a₂ = 0.268941; output = a₁·(2, 0) + a₂·(0, 4).
		const { weights, output } = mix([[1, 0]], [[2, 0], [0, 4]]);
		const a1 = Math.E / (Math.E + 1);
		expect(weights[0]![0]).toBeCloseTo(0.731059, 6);
		expect(output[0]![0]).toBeCloseTo(2 * a1, 12);
		expect(output[0]![1]).toBeCloseTo(4 * (1 - a1), 12);
		// Equal scores: the plain mean.
		mix([[2, 2]], [[1, 3], [3, -1]]).output[0]!.forEach((v, j) => expect(v).toBeCloseTo([2, 1][j]!, 12));
	});

	test('the page’s three tokens: Q, K, V, scores by hand; the mask leaves the first token only its own value', () => {
		const a = attention(page.x, page.wq, page.wk, page.wv);
		expect(a.q).toEqual([[1, 0], [1, 1], [2, 1]]);
		expect(a.k).toEqual([[1, 1], [0, 1], [1, 2]]);
		expect(a.v).toEqual([[1, 0], [0, 2], [1, 2]]);
		expect(a.raw).toEqual([[1, 0, 1], [2, 1, 3], [3, 1, 4]]);
		// Row 1: scores (1, 0, 1)/√2, so weights e^{0.7071}/(2e^{0.7071} + 1) = 0.4013 for tokens 1 and 3.
		const w = Math.exp(Math.SQRT1_2) / (2 * Math.exp(Math.SQRT1_2) + 1);
		expect(a.weights[0]![0]).toBeCloseTo(w, 12);
		expect(a.output[0]![0]).toBeCloseTo(2 * w, 12);
		const masked = attention(page.x, page.wq, page.wk, page.wv, true);
		expect(masked.scaled[0]!.slice(1)).toEqual([-Infinity, -Infinity]);
		expect(masked.output[0]).toEqual([1, 0]);
		expect(masked.output[2]).toEqual(a.output[2]);
	});

	test('the worked examples print the page’s numbers in Russian notation, steps 4–6 for the mask', () => {
		const fmt = fmtFor('ru');
		const full = examples!.attention!;
		const blocks = full.blocks(full.inputs, fmt);
		const tex = blocks.filter((b) => 'tex' in b).map((b) => (b as { tex: string }).tex);
		expect(tex).toHaveLength(7);
		expect(tex[3]).toContain('0{,}707 & 0 & 0{,}707 \\\\ 1{,}414 & 0{,}707 & 2{,}121');
		expect(tex[5]).toBe('\\textstyle\\sum_j a_{ij} = 1;\\ 1;\\ 1');
		expect(tex[6]).toContain('\\begin{bmatrix} 0{,}802 & 1{,}198 \\\\ 0{,}86 & 1{,}432 \\\\ 0{,}926 & 1{,}389 \\end{bmatrix}}_{3 \\times 2}');
		const causal = examples!.causal!;
		const cb = causal.blocks(causal.inputs, fmt);
		expect(cb[0]).toEqual({ say: 'masked', with: { d: '2' } });
		expect((cb[1] as { tex: string }).tex).toContain('0{,}707 & -\\infty & -\\infty');
		expect((cb.at(-1) as { tex: string }).tex).toContain('\\begin{bmatrix} 1 & 0 \\\\ 0{,}67 & 0{,}66 \\\\ 0{,}926 & 1{,}389 \\end{bmatrix}}_{3 \\times 2}');
	});
});

describe('neural-networks/attention: the weight map', () => {
	/** Attention weights recomputed with plain loops: Q = XW_Q, K = XW_K, softmax(QKᵀ/√d) row by row, −∞ above the diagonal when causal. */
	function weights(causal: boolean): number[][] {
		const x = [[1, 0], [0, 1], [1, 1]];
		const times = (a: number[][], w: number[][]) => a.map((row) => w[0]!.map((_, j) => row.reduce((s, v, k) => s + v * w[k]![j]!, 0)));
		const q = times(x, [[1, 0], [1, 1]]);
		const k = times(x, [[1, 1], [0, 1]]);
		return q.map((qi, i) => {
			const e = k.map((kj, j) => (causal && j > i ? 0 : Math.exp((qi[0]! * kj[0]! + qi[1]! * kj[1]!) / Math.SQRT2)));
			const total = e.reduce((a, b) => a + b, 0);
			return e.map((v) => v / total);
		});
	}
	test.each([['attention', false], ['causal', true]] as const)('%s: each cell is its weight, shaded by it, and every row is written to sum to 1', (name, causal) => {
		const ex = examples![name]!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('ru')));
		const drawn = cells(figure!.svg);
		const want = weights(causal);
		expect(drawn).toHaveLength(9);
		drawn.forEach((c, n) => {
			const [i, j] = [Math.floor(n / 3), n % 3];
			expect(c.v).toBeCloseTo(want[i]![j]!, 10);
			// Row i lies below row i − 1, column j right of column j − 1, and the shade follows the weight.
			expect(c.y).toBeCloseTo(drawn[0]!.y + i * c.h, 6);
			expect(c.x).toBeCloseTo(drawn[0]!.x + j * c.w, 6);
			expect(c.opacity).toBeCloseTo(want[i]![j]! * 0.85, 2);
		});
		expect(texts(figure!.svg).filter((t) => t.content === 'Σ = 1')).toHaveLength(3);
		if (causal) expect(drawn.filter((c, n) => n % 3 > Math.floor(n / 3)).every((c) => c.v === 0)).toBe(true);
	});
});

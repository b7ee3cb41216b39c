import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/core/random';
import { fmtFor } from '../../../src/practice/render';
import { drawMask, dropout, dropoutAverage, examples, practice, sgdStep, withL2 } from '../../../src/topics/neural-networks/regularization';
import { cells, figures } from '../../helpers/figure-network';

const kind = (id: string) => practice.find((k) => k.id === id)!;
const round = (v: number[]) => v.map((x) => Math.round(x * 1e9) / 1e9);

describe('neural-networks/regularization: the module behind the worked examples and the practice', () => {
	test('the L2 step equals "shrink by 1 − ηλ, then step" (worked out by hand: 2 → 0.95·2 − 0.5·0.5 = 1.65)', () => {
		const w = [2, -1, 0.5];
		const g = [0.5, -0.2, 0.1];
		expect(round(withL2(w, g, 0.1))).toEqual([0.7, -0.3, 0.15]);
		expect(round(sgdStep(w, withL2(w, g, 0.1), 0.5))).toEqual([1.65, -0.85, 0.425]);
		expect(round(sgdStep(w, g, 0.5))).toEqual([1.75, -0.9, 0.45]);
	});

	test('inverted dropout keeps the mean: over many masks the average approaches h', () => {
		expect(dropout([1, 2, 3], [1, 0, 1], 0.5)).toEqual([2, 0, 6]);
		expect(round(dropout([1, 2], [1, 1], 0.2))).toEqual([1.25, 2.5]);
		const { mean } = dropoutAverage([1, 2, 0.5], 0.5, 3, 20000);
		mean.forEach((m, i) => expect(Math.abs(m - [1, 2, 0.5][i]!)).toBeLessThan(0.05));
		// About a share p of a long mask is zeros.
		const zeros = drawMask(createRng(1), 10000, 0.3).filter((v) => v === 0).length;
		expect(Math.abs(zeros / 10000 - 0.3)).toBeLessThan(0.02);
	});

	test('decay: w = 2, g = 0.5, λ = 0.1, η = 0.5 gives 2 − 0.5·0.7 = 1.65', () => {
		const p = kind('decay').solve({ w: 2, g: 0.5, lambda: 0.1, lr: 0.5 }, fmtFor('ru'));
		expect(p.answer.value as number).toBeCloseTo(1.65, 12);
		expect(p.steps[1]!.tex).toBe('w - \\eta \\cdot 0{,}7 = 2 - 0{,}5 \\cdot 0{,}7 = 1{,}65');
		// No penalty: 1.75; the penalty's sign flipped: 2 − 0.5·0.3 = 1.85; λw without η: 1.75 − 0.2 = 1.55.
		expect(p.mistakes!.map((m) => [m.say, Math.round((m.value as number) * 1e9) / 1e9])).toEqual([
			['plain', 1.75],
			['sign', 1.85],
			['rate', 1.55],
		]);
	});

	test('mask: h = (1, 2, 3, 4), m = (1, 0, 1, 0), p = 0.8 gives (5, 0, 15, 0)', () => {
		const p = kind('mask').solve({ h: [1, 2, 3, 4], mask: [1, 0, 1, 0], p: 0.8 }, fmtFor('en'));
		expect(round(p.answer.value as number[])).toEqual([5, 0, 15, 0]);
		expect(p.mistakes!.map((m) => [m.say, round(m.value as number[])])).toEqual([
			['unscaled', [1, 0, 3, 0]],
			['byp', [1.25, 0, 3.75, 0]],
			['times', [0.2, 0, 0.6, 0]],
		]);
	});

	test('the worked examples print the page’s numbers in Russian notation', () => {
		const ru = fmtFor('ru');
		const decay = examples!.decay!;
		const lines = decay.blocks(decay.inputs, ru) as { tex: string }[];
		expect(lines[3]!.tex).toContain('\\begin{bmatrix} 1{,}65 & -0{,}85 & 0{,}425 \\end{bmatrix}');
		expect(lines[4]!.tex).toContain('= 0{,}95\\, w - 0{,}5');
		const drop = examples!.dropout!;
		const d = drop.blocks(drop.inputs, ru).filter((b) => 'tex' in b) as { tex: string }[];
		expect(d[0]!.tex).toContain('m = \\begin{bmatrix} 1 & 0 & 0 & 0 & 1 & 0 \\end{bmatrix}');
		expect(d[2]!.tex).toContain('\\begin{bmatrix} 1 & 2{,}01 & 0{,}5 & 3 & 1{,}52 & 0{,}8 \\end{bmatrix}');
	});
});

describe('neural-networks/regularization: the figure of dropout', () => {
	test('rows h, the mask, h·m/(1 − p) and the mean of many masks, on one scale, recomputed from the drawn mask', () => {
		const [h, p] = [[1, 2, 0.5, 3, 1.5, 0.8], 0.5];
		const ex = examples!.dropout!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const drawn = cells(figure!.svg);
		// Four groups of six in drawing order: h, the mask, the rescaled activations, the mean.
		expect(drawn).toHaveLength(24);
		const [hRow, maskRow, keptRow, meanRow] = [0, 1, 2, 3].map((k) => drawn.slice(6 * k, 6 * k + 6));
		const unit = hRow[0]!.h / h[0]!;
		expect(hRow.map((c) => c.h / unit)).toEqual(h.map((v) => expect.closeTo(v, 2)));
		const mask = maskRow!.map((c) => c.v);
		expect(mask.every((m) => m === 0 || m === 1) && mask.includes(0) && mask.includes(1)).toBe(true);
		// Kept cells filled, dropped ones empty.
		maskRow!.forEach((c) => expect(c.opacity > 0).toBe(c.v === 1));
		expect(keptRow!.map((c) => c.h / unit)).toEqual(h.map((v, i) => expect.closeTo((v * mask[i]!) / (1 - p), 2)));
		// Averaged over many masks, every activation comes back to about h.
		meanRow!.forEach((c, i) => expect(Math.abs(c.h / unit - h[i]!)).toBeLessThan(0.1));
		expect(figure!.alt!.with).toEqual({ kept: String(mask.filter((m) => m === 1).length), n: '6' });
	});
});

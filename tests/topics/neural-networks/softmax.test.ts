import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, gradientViaChain, softmaxLoss, softmaxOf } from '../../../src/topics/neural-networks/softmax';
import { cells, figures, texts } from '../../helpers/figure-network';

describe('neural-networks/softmax: the module behind the worked example and the practice', () => {
	test('softmax of (2, 1, −1) from the closed form e^z / Σ e^z', () => {
		const e = Math.E;
		const total = e * e + e + 1 / e; // 7.389 + 2.718 + 0.368 = 10.475
		const p = softmaxOf([2, 1, -1]);
		[e * e, e, 1 / e].forEach((x, j) => expect(p[j]).toBeCloseTo(x / total, 12));
		// Equal logits share the probability equally; a shift of all logits changes nothing.
		softmaxOf([1, 1, 1, 1]).forEach((v) => expect(v).toBeCloseTo(0.25, 12));
		softmaxOf([0, -1, -3]).forEach((v, j) => expect(v).toBeCloseTo(p[j]!, 12));
	});

	test('cross-entropy and its gradient p − y; the chain rule through the Jacobian agrees', () => {
		// Two logits (0, 0): p = (½, ½), L = ln 2, and with label 0 the gradient is (−½, ½).
		const two = softmaxLoss([0, 0], 0);
		expect(two.loss).toBeCloseTo(Math.LN2, 12);
		expect(two.grad[0]).toBeCloseTo(-0.5, 12);
		expect(two.grad[1]).toBeCloseTo(0.5, 12);
		// The page's row: L = log Σ e^z − z_2 = ln(10.4752) − 1 = 1.3490.
		const { loss, grad } = softmaxLoss([2, 1, -1], 1);
		expect(loss).toBeCloseTo(Math.log(Math.E ** 2 + Math.E + 1 / Math.E) - 1, 12);
		expect(loss).toBeCloseTo(1.349, 3);
		const { dp, dz } = gradientViaChain([2, 1, -1], 1);
		expect(dp[1]).toBeCloseTo(-1 / softmaxOf([2, 1, -1])[1]!, 12);
		dz.forEach((v, j) => expect(v).toBeCloseTo(grad[j]!, 12));
	});

	test('the worked example prints the page’s numbers in Russian notation', () => {
		const ex = examples!.steps!;
		// The figure sits among the formulas; the formulas in order.
		const lines = (ex.blocks(ex.inputs, fmtFor('ru')).filter((b) => 'tex' in b) as { tex: string }[]).map((b) => b.tex);
		expect(lines[1]).toBe('e^{z} = \\begin{bmatrix} 7{,}389 & 2{,}718 & 0{,}368 \\end{bmatrix}, \\qquad \\textstyle\\sum_j e^{z_j} = 10{,}475');
		expect(lines[3]).toBe('L = -\\log p_{2} = -\\log 0{,}259 = 1{,}349');
		expect(lines[4]).toContain('= \\begin{bmatrix} 0{,}705 & -0{,}741 & 0{,}035 \\end{bmatrix}');
		expect(lines[5]).toContain('\\begin{bmatrix} 0 & -3{,}854 & 0 \\end{bmatrix}');
	});
});

describe('neural-networks/softmax: the figure of the bars', () => {
	const figure = figures(examples!.steps!.blocks(examples!.steps!.inputs, fmtFor('en')))[0]!;
	test('the probability bars are e^z / Σ e^z, recomputed here, and the logit bars keep their signs', () => {
		const logits = [2, 1, -1];
		const total = logits.reduce((a, z) => a + Math.exp(z), 0);
		const bars = cells(figure.svg);
		const p = bars.filter((b) => b.tone === 'fig-accent');
		const z = bars.filter((b) => b.tone === 'fig-muted');
		expect(p).toHaveLength(3);
		// All probability bars stand on one base line and are drawn 90 units per 1.
		p.forEach((b, j) => {
			expect(b.h / 90).toBeCloseTo(Math.exp(logits[j]!) / total, 2);
			expect(b.y + b.h).toBeCloseTo(p[0]!.y + p[0]!.h, 2);
		});
		// The logits: heights in proportion, the negative one hanging below the base line.
		z.forEach((b, j) => expect(b.h / z[0]!.h).toBeCloseTo(Math.abs(logits[j]!) / 2, 2));
		expect(z[2]!.y).toBeCloseTo(p[0]!.y + p[0]!.h, 2);
		expect(texts(figure.svg).map((t) => t.content)).toEqual(expect.arrayContaining(['0.705', '0.259', '0.035', '−1']));
		expect(figure.alt).toEqual({ say: 'bars-alt', with: { z: '2, 1, −1', p: '0.705, 0.259, 0.035' } });
	});
});

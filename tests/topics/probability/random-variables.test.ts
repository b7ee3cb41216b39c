import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { fromRows } from '../../../src/core/tensor/matrix';
import { softmax } from '../../../src/core/tensor/softmax';
import { cdfAt, distributionOf, examples, softmaxOf } from '../../../src/topics/probability/random-variables';
import { axisScale, elements, figureOf, num, part, pointsOf } from '../../helpers/figure-probability';

describe('probability/random-variables: the table of a random variable', () => {
	test('Binomial(3, 0.8) by hand: 0.2³, 3·0.8·0.2², 3·0.8²·0.2, 0.8³', () => {
		const { xs, p } = distributionOf({ binomial: { n: 3, p: 0.8 } });
		expect(xs).toEqual([0, 1, 2, 3]);
		[0.008, 0.096, 0.384, 0.512].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12));
	});

	test('softmax of logits ln 1, ln 1, ln 2 is 1/4, 1/4, 1/2', () => {
		const { p } = distributionOf({ logits: [0, 0, Math.log(2)] });
		[0.25, 0.25, 0.5].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12));
		// The module's own softmax agrees with the core's, also for large logits.
		const z = [2, 1, 0.1, 800];
		softmaxOf(z).forEach((v, i) => expect(v).toBeCloseTo(softmax(fromRows([z])).data[i]!, 14));
	});

	test('F(k) adds the probabilities up to k inclusive', () => {
		expect(cdfAt([0, 1, 2, 3], [0.1, 0.2, 0.3, 0.4], 1)).toBeCloseTo(0.3, 12);
		expect(cdfAt([0, 1, 2, 3], [0.1, 0.2, 0.3, 0.4], -1)).toBe(0);
		expect(cdfAt([0, 1, 2, 3], [0.1, 0.2, 0.3, 0.4], 3)).toBeCloseTo(1, 12);
	});

	test('the worked examples print the page’s rows in Russian notation', () => {
		const bin = examples!.binomial!;
		const [table] = bin.blocks(bin.inputs, fmtFor('ru')) as { head: unknown[]; rows: string[][] }[];
		expect(table!.head).toEqual(['x', '0', '1', '2', '3', '\\Sigma']);
		expect(table!.rows[0]).toEqual(['p(x)', '0{,}008', '0{,}096', '0{,}384', '0{,}512', '1']);
		expect(table!.rows[1]).toEqual(['F(x) = P(X \\le x)', '0{,}008', '0{,}104', '0{,}488', '1', '']);
		const cls = examples!.classes!;
		const [soft] = cls.blocks(cls.inputs, fmtFor('ru')) as { head: unknown[]; rows: string[][] }[];
		expect(soft!.head).toEqual([{ say: 'class' }, { say: 'cat' }, { say: 'dog' }, { say: 'bird' }, '\\Sigma']);
		// e² : e : e^0.1 normalised, as printed before: 0,659; 0,242; 0,099.
		expect(soft!.rows[1]).toEqual(['p = \\operatorname{softmax}(z)', '0{,}659', '0{,}242', '0{,}099', '1']);
	});
});

describe('probability/random-variables: the figure', () => {
	test('each of the 8 masks has an arrow to its number of ones, and p(x) is written under x', () => {
		const { svg } = figureOf(examples, 'binomial');
		const X = axisScale(svg);
		const masks = elements(part(svg, 'outcomes'), 'text');
		const arrows = elements(part(svg, 'map'), 'path');
		expect(masks.map((m) => m.text).sort()).toEqual(['000', '001', '010', '011', '100', '101', '110', '111']);
		masks.forEach((m, i) => {
			const [[sx], [ex]] = pointsOf(arrows[i]!);
			expect(sx).toBeCloseTo(Number(m.attrs.x), 1);
			expect(ex).toBeCloseTo(X([...m.text].filter((c) => c === '1').length), 1);
		});
		// Binomial(3, 0.8) by counting the masks: 0.8 per kept neuron, 0.2 per dropped one.
		const p = [0, 1, 2, 3].map((k) => masks.filter((m) => [...m.text].filter((c) => c === '1').length === k).length * 0.8 ** k * 0.2 ** (3 - k));
		const written = elements(part(svg, 'probabilities'), 'text');
		expect(written.map((t) => num(t.text))).toEqual(p.map((v) => Number(v.toFixed(3))));
		written.forEach((t, k) => expect(Number(t.attrs.x)).toBeCloseTo(X(k), 0));
	});
});

import { describe, expect, test } from 'vitest';
import { fromRows } from '../../../src/core/tensor/matrix';
import { fmtFor } from '../../../src/practice/render';
import { examples, initStd, practice, reluGain, signalSpread, spread } from '../../../src/topics/neural-networks/weight-initialization';
import { elements, figures, inverse, points, textAt } from '../../helpers/figure-network';

const kind = (id: string) => practice.find((k) => k.id === id)!;

describe('neural-networks/weight-initialization: the module behind the worked example and the practice', () => {
	test('He, Glorot and LeCun deviations for round fans', () => {
		// √(2/8) = 0.5, √(2/(100 + 300)) = √(1/200), √(1/64) = 0.125, all by hand.
		expect(initStd('he', 8)).toBeCloseTo(0.5, 15);
		expect(initStd('glorot', 100, 300)).toBeCloseTo(Math.SQRT1_2 / 10, 15);
		expect(initStd('lecun', 64)).toBeCloseTo(0.125, 15);
	});

	test('the spread is the population standard deviation', () => {
		// Mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, / 4 = 1.25.
		expect(spread(fromRows([[1, 2], [3, 4]]))).toBeCloseTo(Math.sqrt(1.25), 15);
	});

	test('relu without biases is homogeneous: the columns differ exactly by (σ/σ′)^L', () => {
		const a = signalSpread(20, 6, 10, 7, 1);
		const b = signalSpread(20, 6, 10, 7, 0.1);
		for (let l = 0; l <= 6; l++) expect(a[l]! / b[l]!).toBeCloseTo(10 ** l, 6 - l);
		// He keeps the signal of the order of the input; σ√(n/2) is the factor per layer.
		const he = signalSpread(100, 20, 100, 7, initStd('he', 100));
		expect(he[20]! / he[0]!).toBeGreaterThan(0.3);
		expect(he[20]! / he[0]!).toBeLessThan(3);
		expect(reluGain(0.1, 200)).toBeCloseTo(1, 15);
	});

	test('std: ReLU with 50 inputs takes σ = √(2/50) = 0.2; the variance and the fan-out are mistakes', () => {
		const p = kind('std').solve({ activation: 'relu', fanIn: 50, fanOut: 8 }, fmtFor('ru'));
		expect(p.answer.value as number).toBeCloseTo(0.2, 12);
		expect(p.mistakes!.map((m) => m.say)).toEqual(['variance', 'glorot', 'fanout']);
		expect(p.mistakes![0]!.value as number).toBeCloseTo(0.04, 12);
		expect(p.mistakes![2]!.value as number).toBeCloseTo(0.5, 12);
		// tanh, 64 + 64: √(2/128) = 0.125, and LeCun √(1/64) is the same number, so it is not offered as a mistake.
		const q = kind('std').solve({ activation: 'tanh', fanIn: 64, fanOut: 64 }, fmtFor('en'));
		expect(q.answer.value as number).toBeCloseTo(0.125, 12);
		expect(q.mistakes!.map((m) => m.say)).toEqual(['variance', 'he']);
	});

	test('gain: n = 50, σ = 0.1, three layers: 0.1·√25 = 0.5 per layer, 0.125 in all', () => {
		const p = kind('gain').solve({ n: 50, sigma: 0.1, layers: 3 }, fmtFor('ru'));
		expect(p.answer.value as number).toBeCloseTo(0.125, 12);
		expect(p.steps[1]!.tex).toBe('0{,}5^{3} = 0{,}125');
		// Once: 0.5; without the ½: (0.1·√50)³ ≈ 0.354; the variance factor: 0.25³.
		expect(p.mistakes!.map((m) => [m.say, Number((m.value as number).toFixed(6))])).toEqual([
			['once', 0.5],
			['half', 0.353553],
			['variance', 0.015625],
		]);
	});

	test('the worked example prints the page’s numbers in Russian notation', () => {
		const ex = examples!.scales!;
		const table = ex.blocks(ex.inputs, fmtFor('ru')).find((b) => 'rows' in b) as { head: unknown[]; rows: unknown[][] };
		expect(table.head.slice(1)).toEqual(['\\sigma = 1', '\\sigma = 0{,}01', '\\sigma = \\sqrt{1/n}', '\\sigma = \\sqrt{2/n}']);
		expect(table.rows[0]).toEqual([{ say: 'input' }, '0{,}994', '0{,}994', '0{,}994', '0{,}994']);
		expect(table.rows.at(-1)).toEqual(['20', '2{,}28 \\cdot 10^{17}', '2{,}28 \\cdot 10^{-23}', '2{,}28 \\cdot 10^{-3}', '2{,}335']);
	});
});

describe('neural-networks/weight-initialization: the figure of the spread', () => {
	test('each line leaves 1 at the rate one relu layer gives, σ·√(n/2) per layer, read back on the log scale', () => {
		const ex = examples!.scales!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const svg = figure!.svg;
		// x from the ticks 5 and 10; y (log₁₀ of the spread) from the ticks 10¹⁰ and 10⁻¹⁰.
		const X = inverse(textAt(svg, '5', 'middle').x, 5, textAt(svg, '10', 'middle').x, 10);
		const Y = inverse(textAt(svg, '10¹⁰', 'end').y, 10, textAt(svg, '10⁻¹⁰', 'end').y, -10);
		const lines = elements(svg).filter((e) => e.tag === 'polyline').map(points);
		expect(lines).toHaveLength(4);
		// σ = 1, 0.01, √(1/100), √(2/100) on 100 inputs; the spread starts at about 1 (a standard normal batch).
		const sigmas = [1, 0.01, Math.sqrt(1 / 100), Math.sqrt(2 / 100)];
		lines.forEach((line, k) => {
			expect(line.map(([px]) => Math.round(X(px)))).toEqual(Array.from({ length: 21 }, (_, i) => i));
			expect(Math.abs(Y(line[0]![1]))).toBeLessThan(0.1);
			const perLayer = (Y(line[20]![1]) - Y(line[0]![1])) / 20;
			// The spread of relu(h·W) is the root mean square times a constant; over 20 layers the rate is log₁₀(σ√50), give or take.
			expect(perLayer).toBeCloseTo(Math.log10(sigmas[k]! * Math.sqrt(50)), 1);
		});
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { binaryCrossEntropy, crossEntropyParts, examples, mseParts } from '../../../src/topics/neural-networks/loss-functions';
import { elements, figures, num, plotScales, points } from '../../helpers/figure-network';

describe('neural-networks/loss-functions: the module behind the worked examples and the practice', () => {
	test('MSE and its gradient on the page’s batch, worked out by hand', () => {
		// ŷ − y = (−0.5, −1, 0, 0.5): squares 0.25 + 1 + 0 + 0.25 = 1.5, mean 0.375; gradient (ŷ − y)·2/4.
		const { squares, loss, grad } = mseParts([[2.5], [0], [2], [1.5]], [[3], [1], [2], [1]]);
		expect(squares).toEqual([0.25, 1, 0, 0.25]);
		expect(loss).toBeCloseTo(0.375, 12);
		expect(grad.flat()).toEqual([-0.25, -0.5, 0, 0.25]);
	});

	test('cross-entropy: the mean of −ln of the correct class’s probability', () => {
		// −(ln 0.7 + ln 0.8 + ln 0.3)/3 = −ln(0.168)/3 = 1.78379/3.
		const { picked, loss } = crossEntropyParts([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]], [0, 1, 0]);
		expect(picked).toEqual([0.7, 0.8, 0.3]);
		expect(loss).toBeCloseTo(-Math.log(0.168) / 3, 12);
		expect(loss).toBeCloseTo(0.5946, 4);
	});

	test('binary cross-entropy picks −ln p for y = 1 and −ln(1 − p) for y = 0', () => {
		// ln 2 = 0.693147…, ln 4 = 1.386294…
		expect(binaryCrossEntropy(0.5, 1)).toBeCloseTo(0.693147, 6);
		expect(binaryCrossEntropy(0.25, 1)).toBeCloseTo(1.386294, 6);
		expect(binaryCrossEntropy(0.75, 0)).toBeCloseTo(1.386294, 6);
		expect(binaryCrossEntropy(0.75, 1)).toBeCloseTo(0.287682, 6);
	});

	test('the worked examples print the page’s numbers in Russian notation', () => {
		const fmt = fmtFor('ru');
		const mse = examples!.mse!;
		const lines = mse.blocks(mse.inputs, fmt) as { tex: string }[];
		expect(lines[1]!.tex).toBe('\\mathrm{MSE} = \\frac{1}{4} \\left( 0{,}25 + 1 + 0 + 0{,}25 \\right) = 0{,}375');
		expect(lines[2]!.tex).toContain('\\begin{bmatrix} -0{,}25 \\\\ -0{,}5 \\\\ 0 \\\\ 0{,}25 \\end{bmatrix}}_{4 \\times 1}');
		const ce = examples!['cross-entropy']!;
		const ceLines = ce.blocks(ce.inputs, fmt) as { tex: string }[];
		expect(ceLines[0]!.tex).toContain('y = (0;\\; 1;\\; 0)');
		expect(ceLines[1]!.tex).toContain('\\frac{0{,}357 + 0{,}223 + 1{,}204}{3} = 0{,}595');
		expect((ce.blocks(ce.inputs, fmtFor('en'))[0] as { tex: string }).tex).toContain('y = (0, 1, 0)');
	});
});

describe('neural-networks/loss-functions: the figure of the two losses', () => {
	test('the solid curve is −log p, the dashed one (1 − p)², and the dots sit at the examples’ p on −log p', () => {
		const ce = examples!['cross-entropy']!;
		const [figure] = figures(ce.blocks(ce.inputs, fmtFor('en')));
		const svg = figure!.svg;
		const { X, Y } = plotScales(svg, [0.5, 1], [1, 3]);
		const lines = elements(svg).filter((e) => e.tag === 'polyline');
		const log = lines.find((e) => e.attrs.class!.includes('fig-accent'))!;
		const square = lines.find((e) => e.attrs['stroke-dasharray'])!;
		for (const [px, py] of points(log)) expect(Y(py)).toBeCloseTo(-Math.log(X(px)), 1);
		for (const [px, py] of points(square)) expect(Y(py)).toBeCloseTo((1 - X(px)) ** 2, 1);
		// The probability of the correct class in each row: 0.7, 0.8 and 0.3.
		const dots = elements(svg).filter((e) => e.tag === 'circle');
		expect(dots.map((d) => X(num(d, 'cx')))).toEqual([0.7, 0.8, 0.3].map((v) => expect.closeTo(v, 2)));
		for (const d of dots) expect(Y(num(d, 'cy'))).toBeCloseTo(-Math.log(X(num(d, 'cx'))), 1);
		expect(figure!.alt!.with).toEqual({ p: '0.7, 0.8, 0.3' });
	});
});

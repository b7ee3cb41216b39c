import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { conv1dKernelGradient, conv1dSteps, conv2dRows, examples, outputSide } from '../../../src/topics/neural-networks/convolution';
import { cells, elements, figures, num, texts } from '../../helpers/figure-network';

describe('neural-networks/convolution: the module behind the worked examples and the practice', () => {
	test('the page’s 1-D convolution, window by window by hand', () => {
		// Padded x = (0, 1, 2, −1, 0, 3, 1, 0), windows start at 0, 2, 4; w = (1, 0, −1) takes first minus last.
		const { padded, windows, y } = conv1dSteps([1, 2, -1, 0, 3, 1], [1, 0, -1], { stride: 2, padding: 1 });
		expect(padded).toEqual([0, 1, 2, -1, 0, 3, 1, 0]);
		expect(windows).toEqual([[0, 1, 2], [2, -1, 0], [0, 3, 1]]);
		expect(y).toEqual([0 - 2, 2 - 0, 0 - 1]);
		// With ∂L/∂y all ones the kernel's gradient is the sum of the windows: (2, 3, 3).
		expect(conv1dKernelGradient([1, 2, -1, 0, 3, 1], [1, 0, -1], [1, 1, 1], { stride: 2, padding: 1 })).toEqual([2, 3, 3]);
	});

	test('output sizes follow ⌊(n + 2p − k)/s⌋ + 1', () => {
		expect(outputSide(28, 3, { stride: 1, padding: 1 })).toBe(28); // "same" padding
		expect(outputSide(32, 5, { stride: 1, padding: 0 })).toBe(28);
		expect(outputSide(7, 3, { stride: 2, padding: 0 })).toBe(3);
		expect(outputSide(8, 3, { stride: 2, padding: 1 })).toBe(4); // (8 + 2 − 3)/2 = 3.5 → 3, + 1
		expect(outputSide(5, 7, { stride: 3, padding: 1 })).toBe(1);
	});

	test('a 2-D edge detector fires only where the window covers the edge', () => {
		const image = [[0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1]];
		expect(conv2dRows(image, [[1, -1], [1, -1]])).toEqual([[0, -2, 0], [0, -2, 0], [0, -2, 0]]);
	});

	test('the worked examples print the page’s numbers', () => {
		const fmt = fmtFor('ru');
		const one = examples!.conv1d!;
		const lines = (one.blocks(one.inputs, fmt).filter((b) => 'tex' in b) as { tex: string }[]).map((b) => b.tex);
		expect(lines[1]).toBe('x_{\\text{pad}} = \\begin{bmatrix} \\color{gray}{0} & 1 & 2 & -1 & 0 & 3 & 1 & \\color{gray}{0} \\end{bmatrix}');
		expect(lines[2]).toBe('y_{0} = 0 \\cdot 1 + 1 \\cdot 0 + 2 \\cdot (-1) = -2');
		expect(lines[5]).toContain('\\right\\rfloor + 1 = 3');
		expect(lines[6]).toMatch(/= \\begin\{bmatrix\} 2 & 3 & 3 \\end\{bmatrix\}$/);
		const two = examples!.conv2d!;
		expect((two.blocks(two.inputs, fmt)[0] as { tex: string }).tex).toContain('_{3 \\times 3} \\qquad (s = 1,\\ p = 0)');
	});
});

describe('neural-networks/convolution: the figure of the window', () => {
	test('the input row is the padded input, the outlined window is output 1’s, and each output sits under its window with its value', () => {
		const x = [1, 2, -1, 0, 3, 1];
		const w = [1, 0, -1];
		const padded = [0, ...x, 0];
		// y_o = Σ_t x_pad[2o + t] · w_t, recomputed with a loop.
		const y = [0, 1, 2].map((o) => w.reduce((s, wt, t) => s + padded[2 * o + t]! * wt, 0));
		const ex = examples!.conv1d!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const all = elements(figure!.svg);
		const inputBoxes = all.filter((e) => e.tag === 'rect' && e.attrs['stroke-width'] === '1' && num(e, 'y') === num(all.find((b) => b.tag === 'rect')!, 'y'));
		expect(inputBoxes).toHaveLength(padded.length);
		const size = num(inputBoxes[0]!, 'width');
		const rowTexts = texts(figure!.svg).filter((t) => num(t, 'y') === num(inputBoxes[0]!, 'y') + size / 2 && t.content !== 'x');
		expect(rowTexts.map((t) => Number(t.content.replace('−', '-')))).toEqual(padded);
		// The outlined window: three cells starting at cell 2·1.
		const window = all.find((e) => e.tag === 'rect' && e.attrs['stroke-width'] === '3')!;
		expect(num(window, 'x')).toBe(num(inputBoxes[2]!, 'x'));
		expect(num(window, 'width')).toBe(3 * size);
		const outputs = cells(figure!.svg);
		expect(outputs.map((c) => c.v)).toEqual(y);
		outputs.forEach((c, o) => expect(c.x + c.w / 2).toBe(num(inputBoxes[2 * o]!, 'x') + 1.5 * size));
		expect(outputs.map((c) => c.opacity > 0)).toEqual([false, true, false]);
		expect(figure!.alt!.with).toEqual({ o: '1', y: '2', w: '1, 0, −1', n: '8' });
	});
});

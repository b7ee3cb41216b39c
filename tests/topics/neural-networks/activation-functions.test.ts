import { describe, expect, test } from 'vitest';
import { centralDifference } from '../../../src/math/finite-difference';
import { fmtFor } from '../../../src/practice/render';
import { activate, backwardFromOutput, examples, practice } from '../../../src/topics/neural-networks/activation-functions';
import { elements, figures, inverse, num, points, textAt } from '../../helpers/figure-network';

describe('neural-networks/activation-functions: the module behind the worked examples and the practice', () => {
	test('relu and its derivative [x > 0], with 0 at the kink', () => {
		expect(activate('relu', [-2, 0, 0.5, 3])).toEqual({ y: [0, 0, 0.5, 3], dy: [0, 0, 1, 1] });
	});

	test('σ and tanh against the closed forms, their derivatives against central differences', () => {
		const xs = [-2, -0.5, 0.5, 1.5, 3];
		const sigma = (x: number) => 1 / (1 + Math.exp(-x));
		const { y, dy } = activate('sigmoid', xs);
		xs.forEach((x, i) => {
			expect(y[i]).toBeCloseTo(sigma(x), 12);
			expect(dy[i]).toBeCloseTo(centralDifference(sigma, x, 1e-5), 8);
		});
		const t = activate('tanh', [0, 1]);
		expect(t.y[1]).toBeCloseTo(0.761594, 6);
		expect(t.dy).toEqual([1, 1 - Math.tanh(1) ** 2]);
	});

	test('the backward pass through the output: 2 · 0,2 · 0,8 = 0,32 for σ; −1 · (1 − 0,25) = −0,75 for tanh', () => {
		expect(backwardFromOutput('sigmoid', 0.2, 2)).toBeCloseTo(0.32, 12);
		expect(backwardFromOutput('tanh', -0.5, -1)).toBeCloseTo(-0.75, 12);
		const kind = practice.find((k) => k.id === 'backward')!;
		const p = kind.solve({ fn: 'tanh', y: -0.5, g: -1 }, fmtFor('ru'));
		expect(p.answer).toEqual({ kind: 'number', value: -0.75, tolerance: 1e-9 });
		expect(p.steps.at(-1)!.tex).toMatch(/= -0\{,\}75$/);
		// 1 − a² = 0,75 alone; the value −1 · (−0,5) = 0,5; 1 − a without the square: −1 · 1,5 = −1,5.
		expect(p.mistakes).toEqual([
			{ value: 0.75, say: 'noupstream' },
			{ value: 0.5, say: 'value' },
			{ value: -1.5, say: 'nosquare' },
		]);
	});

	test('the worked examples: a row of points, a row of values, a row of derivatives, in Russian notation', () => {
		const fmt = fmtFor('ru');
		const relu = examples!.relu!;
		expect(relu.blocks(relu.inputs, fmt).filter((b) => !('svg' in b))).toEqual([
			{
				head: ['x', '-2', '-0{,}5', '0{,}5', '1{,}5', '3'],
				rows: [
					['\\operatorname{relu}(x)', '0', '0', '0{,}5', '1{,}5', '3'],
					["\\operatorname{relu}'(x)", '0', '0', '1', '1', '1'],
				],
			},
		]);
		const sigmoid = examples!.sigmoid!;
		const [table] = sigmoid.blocks(sigmoid.inputs, fmt).filter((b) => 'rows' in b) as { rows: string[][] }[];
		// σ(x) = 1/(1 + e^(−x)): 0,1192 0,3775 0,6225 0,8176 0,9526; σ' = σ(1 − σ): 0,1050 0,2350 0,2350 0,1491 0,0452.
		expect(table!.rows[0]).toEqual(['\\sigma(x)', '0{,}119', '0{,}378', '0{,}622', '0{,}818', '0{,}953']);
		expect(table!.rows[1]).toEqual(["\\sigma'(x)", '0{,}105', '0{,}235', '0{,}235', '0{,}149', '0{,}045']);
	});
});

describe('neural-networks/activation-functions: the figures of the curves', () => {
	const sigma = (x: number) => 1 / (1 + Math.exp(-x));
	const cases = [
		['relu', (x: number) => Math.max(0, x), (x: number) => (x > 0 ? 1 : 0)],
		['sigmoid', sigma, (x: number) => sigma(x) * (1 - sigma(x))],
	] as const;
	test.each(cases)('%s: the solid curve is f, the dashed one f′, both recomputed here, read back through the axis ticks', (name, f, df) => {
		const ex = examples![name]!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const svg = figure!.svg;
		// Values from drawing units: x from the ticks −2 and 2, y from the x axis (0) and the tick 1.
		const [left, right] = [textAt(svg, '−2'), textAt(svg, '2')];
		const X = inverse(left.x, -2, right.x, 2);
		const Y = inverse(left.y - 16, 0, textAt(svg, '1').y, 1);
		const lines = elements(svg).filter((e) => e.tag === 'polyline');
		const solid = lines.filter((e) => !e.attrs['stroke-dasharray']);
		const dashed = lines.filter((e) => e.attrs['stroke-dasharray']);
		expect(solid).toHaveLength(1);
		expect(dashed.length).toBeGreaterThan(0);
		for (const [px, py] of points(solid[0]!)) expect(Y(py)).toBeCloseTo(f(X(px)), 1);
		// (relu′ jumps at 0: its two pieces end a hair either side, where the rounded position cannot tell the side.)
		for (const [px, py] of dashed.flatMap(points)) if (Math.abs(X(px)) > 0.05) expect(Y(py)).toBeCloseTo(df(X(px)), 1);
		// The table's five points lie on the curve.
		const dots = elements(svg).filter((e) => e.tag === 'circle');
		expect(dots.map((d) => Math.round(X(num(d, 'cx')) * 10) / 10)).toEqual([-2, -0.5, 0.5, 1.5, 3]);
		for (const d of dots) expect(Y(num(d, 'cy'))).toBeCloseTo(f(X(num(d, 'cx'))), 1);
	});
});

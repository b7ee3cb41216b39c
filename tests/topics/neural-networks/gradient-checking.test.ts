import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { checkTable, examples, practice, relativeError, stepScan } from '../../../src/topics/neural-networks/gradient-checking';
import { scientific } from '../../../src/topics/neural-networks/shared';
import { fromRows } from '../../../src/core/tensor/matrix';
import { Mlp } from '../../../src/nn/mlp';
import { elements, figures, num } from '../../helpers/figure-network';
import { centralDifference } from '../../../src/math/finite-difference';

const net = { sizes: [2, 3, 2], seed: 3, x: [[0.5, -1], [1, 2], [-1.5, 0.5]], labels: [0, 1, 1] };
const kind = (id: string) => practice.find((k) => k.id === id)!;

describe('neural-networks/gradient-checking: the module behind the worked examples and the practice', () => {
	test('the relative error is |g − ĝ| / max(|g|, |ĝ|), whatever the order and the sign', () => {
		// 0.2 / 4 = 0.05 by hand; swapping the two must not change it; a sign bug gives 2.
		expect(relativeError(4, 3.8)).toBeCloseTo(0.05, 12);
		expect(relativeError(3.8, 4)).toBeCloseTo(0.05, 12);
		expect(relativeError(-0.5, 0.5)).toBe(2);
		expect(relativeError(0, 0)).toBe(0);
	});

	test('the core’s backpropagation agrees with central differences to about 10⁻¹⁰', () => {
		const rows = checkTable(net, [{ layer: 1, kind: 'W', row: 1, col: 1 }, { layer: 2, kind: 'b', index: 1 }], 1e-5);
		for (const r of rows) expect(r.error).toBeLessThan(1e-9);
		// Softmax + cross-entropy: the bias gradients of the output layer sum to zero over the classes,
		// so ∂L/∂b₁ = −∂L/∂b₂: an identity the table's numbers must satisfy.
		const [b1, b2] = checkTable(net, [{ layer: 2, kind: 'b', index: 1 }, { layer: 2, kind: 'b', index: 2 }], 1e-5);
		expect(b1!.backprop + b2!.backprop).toBeCloseTo(0, 12);
	});

	test('shrinking h tenfold: the forward error falls tenfold, the central one a hundredfold, until rounding', () => {
		const { rows } = stepScan(net, { layer: 1, kind: 'W', row: 1, col: 1 }, [0.01, 0.001, 1e-12]);
		expect(rows[0]!.forward / rows[1]!.forward).toBeGreaterThan(8);
		expect(rows[0]!.forward / rows[1]!.forward).toBeLessThan(12);
		expect(rows[0]!.central / rows[1]!.central).toBeGreaterThan(80);
		expect(rows[2]!.central).toBeGreaterThan(rows[1]!.central);
	});

	test('scientific notation as on the pages: 10⁻³ alone, a mantissa otherwise, plain numbers near 1', () => {
		const ru = fmtFor('ru');
		expect(scientific(0.001, ru)).toBe('10^{-3}');
		expect(scientific(2.52e-6, ru)).toBe('2{,}52 \\cdot 10^{-6}');
		expect(scientific(0.024, ru)).toBe('0{,}024');
		expect(scientific(-1e-4, ru)).toBe('-10^{-4}');
		expect(scientific(0, ru)).toBe('0');
	});

	test('central: f(x) = 2x³ at 1 with h = 0.5 gives (2·1.5³ − 2·0.5³)/1 = 6.5, the slope 6 plus a·h² = 0.5', () => {
		const p = kind('central').solve({ a: 2, x0: 1, h: 0.5 }, fmtFor('ru'));
		expect(p.answer).toMatchObject({ kind: 'number', value: 6.5 });
		expect(p.mistakes!.map((m) => [m.say, m.value])).toEqual([
			['half', 13],
			['forward', 9.5], // (2·3.375 − 2)/0.5
			['exact', 6],
		]);
		expect(p.steps[2]!.tex).toBe('\\frac{6{,}75 - 0{,}25}{2 \\cdot 0{,}5} = 6{,}5');
	});

	test('relative: g = 4, ĝ = 3.8 gives 0.05; the absolute difference and dividing by the smaller are mistakes', () => {
		const p = kind('relative').solve({ g: 4, numeric: 3.8 }, fmtFor('en'));
		expect(p.answer.kind).toBe('number');
		expect(p.answer.value as number).toBeCloseTo(0.05, 12);
		expect(p.mistakes!.map((m) => m.say)).toEqual(['absolute', 'smaller']);
		expect(p.mistakes![1]!.value).toBeCloseTo(0.2 / 3.8, 12);
	});

	test('the worked examples print the page’s numbers in Russian notation', () => {
		const ru = fmtFor('ru');
		const table = examples!.table!;
		const rows = (table.blocks(table.inputs, ru)[0] as { rows: string[][] }).rows;
		expect(rows[0]).toEqual(['w^{(1)}_{11}', '0{,}2246217', '0{,}2246217', '2{,}75 \\cdot 10^{-11}']);
		expect(rows[4]!.slice(0, 2)).toEqual(['b^{(2)}_{1}', '-0{,}13092945']);
		const scan = examples!.steps!;
		const blocks = scan.blocks(scan.inputs, ru);
		expect(blocks[0]).toEqual({ tex: '\\frac{\\partial L}{\\partial w^{(1)}_{11}} = 0{,}2246217' });
		const scanRows = (blocks.find((b) => 'rows' in b) as { rows: string[][] }).rows;
		expect(scanRows[1]).toEqual(['0{,}01', '2{,}52 \\cdot 10^{-3}', '2{,}04 \\cdot 10^{-6}']);
		expect(scanRows.length).toBe(10);
	});
});

describe('neural-networks/gradient-checking: the figure of the secants', () => {
	// The page's network, built here without the module: the loss with w⁽¹⁾₁₁ moved by d.
	const net = new Mlp({ sizes: [2, 3, 2], seed: 3 });
	const x = fromRows([[0.5, -1], [1, 2], [-1.5, 0.5]]);
	const L = (d: number) => {
		const w = net.layers[0]!.weights.data;
		const original = w[0]!;
		w[0] = original + d;
		const loss = net.loss(x, [0, 1, 1]);
		w[0] = original;
		return loss;
	};
	const h = 0.3;
	const tangent = centralDifference(L, 0, 1e-6);
	const central = centralDifference(L, 0, h);
	const forward = (L(h) - L(0)) / h;

	test('the three lines have the tangent’s, the central and the forward slopes, in proportion, and pass through the curve’s points', () => {
		const scan = examples!.steps!;
		const [figure] = figures(scan.blocks(scan.inputs, fmtFor('ru')));
		const all = elements(figure!.svg);
		const slope = (e: (typeof all)[number]) => (num(e, 'y2') - num(e, 'y1')) / (num(e, 'x2') - num(e, 'x1'));
		const lines = all.filter((e) => e.tag === 'line' && Number(e.attrs['stroke-width']) >= 2);
		const tangentLine = lines.find((e) => e.attrs['stroke-dasharray'])!;
		const forwardLine = lines.find((e) => e.attrs.class!.includes('fig-muted'))!;
		const centralLine = lines.find((e) => e.attrs.class!.includes('fig-accent'))!;
		// Drawing units scale both axes, so ratios of slopes are ratios of the true slopes.
		expect(slope(tangentLine) / slope(centralLine)).toBeCloseTo(tangent / central, 2);
		expect(slope(forwardLine) / slope(centralLine)).toBeCloseTo(forward / central, 2);
		// The points above w − h, w, w + h: equally spaced, and their heights in the loss's proportions.
		const [below, at, above] = all.filter((e) => e.tag === 'circle').map((e) => [num(e, 'cx'), num(e, 'cy')] as const);
		expect(above![0] - at![0]).toBeCloseTo(at![0] - below![0], 1);
		expect((above![1] - at![1]) / (at![1] - below![1])).toBeCloseTo((L(h) - L(0)) / (L(0) - L(-h)), 2);
		// The central secant goes through the outer two points.
		const yOn = (e: (typeof all)[number], px: number) => num(e, 'y1') + slope(e) * (px - num(e, 'x1'));
		expect(yOn(centralLine, below![0])).toBeCloseTo(below![1], 0);
		expect(yOn(centralLine, above![0])).toBeCloseTo(above![1], 0);
		expect(figure!.alt!.with).toEqual({ h: '0,3' });
	});
});

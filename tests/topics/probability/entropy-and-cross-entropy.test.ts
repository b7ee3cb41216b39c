import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, practice } from '../../../src/topics/probability/entropy-and-cross-entropy';
import { elements, figureOf, part } from '../../helpers/figure-probability';

const bits = practice[0]!;
const valueOf = (inputs: { cross: boolean; p: number[]; q: number[] }) => (bits.solve(inputs, fmtFor('en')).answer as { value: number }).value;

describe('probability/entropy-and-cross-entropy', () => {
	test('entropy in bits: ½·1 + ¼·2 + ⅛·3 + ⅛·3 = 1.75; uniform over four is 2; a fair coin is 1', () => {
		expect(valueOf({ cross: false, p: [0.5, 0.25, 0.125, 0.125], q: [] })).toBeCloseTo(1.75, 12);
		expect(valueOf({ cross: false, p: [0.25, 0.25, 0.25, 0.25], q: [] })).toBeCloseTo(2, 12);
		expect(valueOf({ cross: false, p: [0, 0.5, 0, 0.5], q: [] })).toBeCloseTo(1, 12);
	});

	test('cross-entropy in bits: p = (0.1, 0.2, 0.3, 0.4) against q = (⅛, ⅛, ¼, ½): 0.3 + 0.6 + 0.6 + 0.4 = 1.9', () => {
		const p = bits.solve({ cross: true, p: [0.1, 0.2, 0.3, 0.4], q: [0.125, 0.125, 0.25, 0.5] }, fmtFor('en'));
		expect((p.answer as { value: number }).value).toBeCloseTo(1.9, 12);
		// The natural-log answer is 1.9·ln 2.
		expect(p.mistakes![0]!.value as number).toBeCloseTo(1.9 * Math.log(2), 12);
	});

	test('the examples: H(p) = 1.0397 nats = 1.5 bits, H(p, q) = 1.0896, KL = 0.0499; a one-hot label gives −ln 0.7', () => {
		const ex = examples!.table!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		expect(ru[1]).toEqual({ tex: 'H(p) = 1{,}0397, \\quad H(p, q) = 1{,}0896, \\quad D_{\\mathrm{KL}}(p \\,\\|\\, q) = 0{,}0499' });
		expect((ru[0] as { rows: string[][] }).rows[4]).toEqual(['p \\ln \\frac{p}{q}', '0{,}112', '-0{,}118', '0{,}056', '0{,}0499']);
		const one = examples!.label!;
		const label = one.blocks(one.inputs, fmtFor('ru'));
		expect(label[3]).toEqual({ tex: 'H(p, q) = -\\ln q_{1} = -\\ln 0{,}7 = 0{,}3567' });
		expect(-Math.log(0.7)).toBeCloseTo(0.3567, 4);
	});
});

describe('probability/entropy-and-cross-entropy: the figure', () => {
	test('the bars are p and q, and the entropies written are −Σ p ln p and −Σ p ln q', () => {
		const { svg } = figureOf(examples, 'table');
		const [p, q] = [[0.5, 0.25, 0.25], [0.4, 0.4, 0.2]];
		const heights = (name: string) => elements(part(svg, name), 'rect').map((r) => Number(r.attrs.height));
		const [hp, hq] = [heights('p'), heights('q')];
		p.forEach((v, i) => expect(hp[i]! / hp[0]!).toBeCloseTo(v / p[0]!, 3));
		q.forEach((v, i) => expect(hq[i]! / hp[0]!).toBeCloseTo(v / p[0]!, 3));
		const H = -p.reduce((s, v) => s + v * Math.log(v), 0);
		const CE = -p.reduce((s, v, i) => s + v * Math.log(q[i]!), 0);
		const texts = elements(svg, 'text').map((t) => t.text);
		expect(texts).toContain(`H(p) = ${String(Number(H.toFixed(3))).replace('.', ',')}`);
		expect(texts).toContain(`H(p, q) = ${String(Number(CE.toFixed(3))).replace('.', ',')}`);
	});
});

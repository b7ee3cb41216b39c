import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, practice } from '../../../src/topics/probability/bayes-rule';
import { elements, figureOf, part } from '../../helpers/figure-probability';

describe('probability/bayes-rule', () => {
	test('the posterior kind: prior 0.2, hit 0.9, false alarm 0.1 → 0.18 / (0.18 + 0.08) = 9/13', () => {
		const p = practice[0]!.solve({ prior: 0.2, hit: 0.9, falseAlarm: 0.1 }, fmtFor('en'));
		expect((p.answer as { value: number }).value).toBeCloseTo(9 / 13, 12);
		expect(p.mistakes!.map((m) => m.say)).toEqual(['inverted', 'undivided', 'evidence']);
		expect(p.mistakes![2]!.value).toBeCloseTo(0.26, 12);
	});

	test('the alarm example: 0.0095 / (0.0095 + 0.0495) ≈ 0.161, printed in Russian notation', () => {
		const ex = examples!.alarm!;
		const ru = ex.blocks(ex.inputs, fmtFor('ru'));
		const table = ru[0] as { rows: unknown[][] };
		expect(table.rows[0]).toEqual([{ say: 'defect', with: { h: 'H_1' } }, '0{,}01', '0{,}95', '0{,}0095', '0{,}161']);
		expect(table.rows[2]).toEqual([{ say: 'total' }, '1', '', '0{,}059', '1']);
		expect(ru[2]).toEqual({ tex: 'P(H_1 \\mid E) = \\frac{0{,}0095}{0{,}059} \\approx 0{,}161' });
		const net = examples!.network!;
		// 0.009 / (0.009 + 0.099) = 1/12 ≈ 0.083.
		expect(net.blocks(net.inputs, fmtFor('ru'))[2]).toEqual({ tex: 'P(H_1 \\mid E) = \\frac{0{,}009}{0{,}108} \\approx 0{,}083' });
	});
});

describe('probability/bayes-rule: counts', () => {
	test('9 defects and 20 good parts raised alarms: P(H | E) = 9/29, not the recall 9/10', () => {
		const counts = practice.find((k) => k.id === 'counts')!;
		const p = counts.solve({ counts: [[9, 1], [20, 70]] }, fmtFor('en'));
		expect((p.answer as { value: number }).value).toBeCloseTo(9 / 29, 12);
		expect(p.mistakes!.map((m) => m.value as number)).toEqual([expect.closeTo(0.9, 12), expect.closeTo(0.09, 12), expect.closeTo(0.1, 12)]);
	});
});

describe('probability/bayes-rule: the figure', () => {
	test('the filled areas are prior × likelihood, and the posterior is the first over both', () => {
		const { svg, caption } = figureOf(examples, 'alarm');
		const area = (i: number) => {
			const [whole, filled] = elements(part(svg, `column-${i}`), 'rect').map((r) => Number(r.attrs.width) * Number(r.attrs.height));
			return { whole: whole!, filled: filled! };
		};
		const square = area(1).whole + area(2).whole;
		expect(area(1).whole / square).toBeCloseTo(0.01, 4);
		expect(area(1).filled / square).toBeCloseTo(0.01 * 0.95, 4);
		expect(area(2).filled / square).toBeCloseTo(0.99 * 0.05, 4);
		const posterior = (0.01 * 0.95) / (0.01 * 0.95 + 0.99 * 0.05);
		expect(area(1).filled / (area(1).filled + area(2).filled)).toBeCloseTo(posterior, 3);
		expect(elements(svg, 'text').map((t) => t.text)).toContain(`P(H₁ | E) ≈ ${posterior.toFixed(3).replace('.', ',')}`);
		expect(caption.with).toMatchObject({ j1: '0{,}0095', j2: '0{,}0495', e: '0{,}059', post: '0{,}161' });
		// One figure per page: the second table has none.
		expect(examples!.network!.blocks(examples!.network!.inputs, fmtFor('ru')).some((b) => 'svg' in b)).toBe(false);
	});
});

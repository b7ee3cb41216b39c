import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { examples, practice } from '../../../src/topics/probability/bayes-rule';

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

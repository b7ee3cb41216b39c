import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { bowlRun, examples, practice, scalarRun } from '../../../src/topics/neural-networks/optimizers';
import { elements, figures, inverse, num, points } from '../../helpers/figure-network';

const kind = (id: string) => practice.find((k) => k.id === id)!;

describe('neural-networks/optimizers: the module behind the worked example and the practice', () => {
	test('SGD on the bowl multiplies each coordinate by 1 − ηc every step', () => {
		// θ₂ after n steps is (1 − 0.021·100)ⁿ = (−1.1)ⁿ; θ₁ is 0.979ⁿ, so f = ½(0.979²ⁿ + 100·1.21ⁿ).
		const { values, afterFirst } = bowlRun({ kind: 'sgd', learningRate: 0.021 }, [1, 1], [1, 100], [0, 1, 10]);
		expect(afterFirst[0]).toBeCloseTo(0.979, 12);
		expect(afterFirst[1]).toBeCloseTo(-1.1, 12);
		expect(values.get(10)).toBeCloseTo(0.5 * (0.979 ** 20 + 100 * 1.21 ** 10), 9);
		expect(values.get(0)).toBe(50.5);
	});

	test('Adam’s first step moves every coordinate by η, whatever the gradient', () => {
		const { afterFirst } = bowlRun({ kind: 'adam', learningRate: 0.05 }, [1, 1], [1, 100], [1]);
		expect(afterFirst[0]).toBeCloseTo(0.95, 7);
		expect(afterFirst[1]).toBeCloseTo(0.95, 7);
	});

	test('two momentum steps by hand: θ₀ = 1, g = 2 then −1, η = 0.1, μ = 0.9', () => {
		// v₁ = 2, θ₁ = 1 − 0.2 = 0.8; v₂ = 0.9·2 − 1 = 0.8, θ₂ = 0.8 − 0.08 = 0.72.
		const run = scalarRun({ kind: 'momentum', learningRate: 0.1, momentum: 0.9 }, 1, [2, -1]);
		expect(run[0]).toBeCloseTo(0.8, 12);
		expect(run[1]).toBeCloseTo(0.72, 12);
		const p = kind('momentum').solve({ theta: 1, g1: 2, g2: -1, lr: 0.1, mu: 0.9 }, fmtFor('ru'));
		expect(p.answer.value as number).toBeCloseTo(0.72, 12);
		expect(p.steps.at(-1)!.tex).toBe('\\theta_2 = 0{,}8 - 0{,}1 \\cdot 0{,}8 = 0{,}72');
		// Plain SGD: 1 − 0.1·(2 − 1) = 0.9; without μ: 0.8 − 0.1·1 = 0.7; the wrong sign: 1 + 0.2 + 0.08 = 1.28.
		expect(p.mistakes!.map((m) => [m.say, Math.round((m.value as number) * 1e9) / 1e9])).toEqual([
			['sgd', 0.9],
			['nomu', 0.7],
			['sign', 1.28],
		]);
	});

	test('Adam’s first step on a number: θ = 0.5, g = −3, η = 0.1 gives 0.6; without the bias correction about 0.816', () => {
		const p = kind('adam').solve({ theta: 0.5, g: -3, lr: 0.1 }, fmtFor('en'));
		expect(p.answer.value as number).toBeCloseTo(0.6, 8);
		const uncorrected = p.mistakes!.find((m) => m.say === 'uncorrected')!.value as number;
		// 0.1·(−3) / √(0.001·9) = −0.3 / 0.0949 = −3.162, so θ = 0.5 + 0.3162.
		expect(uncorrected).toBeCloseTo(0.5 + 0.1 * Math.sqrt(10), 9);
		expect(p.mistakes!.find((m) => m.say === 'sgd')!.value).toBeCloseTo(0.8, 12);
	});

	test('the worked example prints the page’s numbers in Russian notation', () => {
		const ex = examples!.race!;
		const blocks = ex.blocks(ex.inputs, fmtFor('ru'));
		expect(blocks[0]).toEqual({ tex: '\\theta = \\begin{bmatrix} 1 & 1 \\end{bmatrix}, \\qquad \\nabla f(\\theta) = \\begin{bmatrix} 1 & 100 \\end{bmatrix}' });
		const first = (blocks[1] as { rows: unknown[][] }).rows;
		expect(first[0]).toEqual([{ say: 'sgd', with: { rate: '0{,}019' } }, '\\begin{bmatrix} 0{,}981 & -0{,}9 \\end{bmatrix}']);
		expect(first[3]![1]).toBe('\\begin{bmatrix} 0{,}95 & 0{,}95 \\end{bmatrix}');
		const table = (blocks.filter((b) => 'rows' in b)[1] as { rows: string[][] }).rows;
		expect(table.at(-1)).toEqual(['200', '2{,}33 \\cdot 10^{-4}', '1{,}8 \\cdot 10^{18}', '3{,}54 \\cdot 10^{-8}', '4{,}09 \\cdot 10^{-8}']);
	});
});

describe('neural-networks/optimizers: the figure of the paths', () => {
	/** Ten steps on ½(θ₁² + 100θ₂²) from (1, 1), written out here: SGD, momentum v ← μv + g, Adam with bias correction. */
	function paths() {
		const grad = ([a, b]: number[]) => [a!, 100 * b!];
		const sgd = [[1, 1]];
		const momentum = [[1, 1]];
		const adam = [[1, 1]];
		let v = [0, 0];
		let [m, s] = [[0, 0], [0, 0]];
		for (let t = 1; t <= 10; t++) {
			const g1 = grad(sgd.at(-1)!);
			sgd.push(sgd.at(-1)!.map((x, i) => x - 0.019 * g1[i]!));
			const g2 = grad(momentum.at(-1)!);
			v = v.map((vi, i) => 0.9 * vi + g2[i]!);
			momentum.push(momentum.at(-1)!.map((x, i) => x - 0.019 * v[i]!));
			const g3 = grad(adam.at(-1)!);
			m = m.map((mi, i) => 0.9 * mi + 0.1 * g3[i]!);
			s = s.map((si, i) => 0.999 * si + 0.001 * g3[i]! ** 2);
			adam.push(adam.at(-1)!.map((x, i) => x - (0.05 * (m[i]! / (1 - 0.9 ** t))) / (Math.sqrt(s[i]! / (1 - 0.999 ** t)) + 1e-8)));
		}
		return { sgd, momentum, adam };
	}
	test('the three paths are SGD (η = 0.019), momentum and Adam, recomputed here; the diverging run is left out', () => {
		const ex = examples!.race!;
		const [figure] = figures(ex.blocks(ex.inputs, fmtFor('en')));
		const all = elements(figure!.svg);
		// The start (1, 1) and the minimum (0, 0) are the two dots: they give the scales back.
		const [start, centre] = all.filter((e) => e.tag === 'circle').map((e) => [num(e, 'cx'), num(e, 'cy')] as const);
		const X = inverse(centre![0], 0, start![0], 1);
		const Y = inverse(centre![1], 0, start![1], 1);
		const lines = all.filter((e) => e.tag === 'polyline');
		expect(lines).toHaveLength(3);
		const want = paths();
		const byTone = { sgd: 'fig-muted', momentum: 'fig-ink', adam: 'fig-accent' } as const;
		for (const [name, tone] of Object.entries(byTone) as [keyof typeof want, string][]) {
			const line = lines.find((e) => e.attrs.class!.startsWith(tone))!;
			const drawn = points(line).map(([px, py]) => [X(px), Y(py)]);
			expect(drawn).toHaveLength(11);
			drawn.forEach(([a, b], k) => {
				expect(a).toBeCloseTo(want[name][k]![0]!, 2);
				expect(b).toBeCloseTo(want[name][k]![1]!, 2);
			});
		}
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { cosine, dot, examples, length, practice } from '../../../src/topics/linear-algebra/dot-product';
import { figureOf, readPlane } from '../../helpers/figure-linear-algebra';

const ru = fmtFor('ru');

describe('linear-algebra/dot-product: the module behind the worked example and the practice', () => {
	test('the core’s product, the lengths and the cosine, worked out by hand', () => {
		expect(dot([2, 1], [1, 3])).toBe(5);
		expect(dot([1, -2, 3], [4, 0, -1])).toBe(1); // 4 + 0 − 3
		expect(length([3, -4])).toBe(5);
		// (3, 4) and (4, 3): 24 / 25; perpendicular vectors give 0; opposite ones −1.
		expect(cosine([3, 4], [4, 3])).toBeCloseTo(0.96, 12);
		expect(cosine([0, 2], [5, 0])).toBe(0);
		expect(cosine([6, 8], [-3, -4])).toBeCloseTo(-1, 12);
		expect(() => dot([1, 2], [1, 2, 3])).toThrow(/equal lengths/);
	});

	test('the cosine problem: the undivided product is a known mistake', () => {
		const kind = practice.find((k) => k.id === 'cosine')!;
		const p = kind.solve({ x: [3, 4], w: [0, 5] }, ru);
		expect(p.answer.kind === 'number' && p.answer.value).toBeCloseTo(0.8, 12); // 20 / (5·5)
		expect(p.mistakes).toContainEqual({ value: 20, say: 'undivided' });
	});

	test('the worked example: 5, the lengths √5 and √10, and cos θ ≈ 0,707 (45°)', () => {
		const ex = examples!.angle!;
		const lines = (ex.blocks(ex.inputs, ru) as { tex: string }[]).map((b) => b.tex);
		expect(lines[1]).toBe('\\begin{aligned} x \\cdot w &= 2 \\cdot 1 + 1 \\cdot 3 \\\\ &= 2 + 3 = 5 \\end{aligned}');
		expect(lines[2]).toBe('\\lVert x \\rVert = \\sqrt{2^2 + 1^2} = \\sqrt{5} \\approx 2{,}236');
		expect(lines[3]).toMatch(/\\sqrt\{10\} \\approx 3\{,\}162$/);
		expect(lines[4]).toMatch(/\\approx 0\{,\}707$/);
	});
});

describe('linear-algebra/dot-product: the figure of the projection', () => {
	test('x, w and the shadow p of x on the line of w: p is along w, of length x·w/‖w‖, and x − p is perpendicular to w', () => {
		const ex = examples!.angle!;
		const { x, w } = ex.inputs as { x: number[]; w: number[] };
		const fig = figureOf(ex.blocks(ex.inputs, ru));
		const { tips } = readPlane(fig.svg);
		// Arrows in the order drawn: w, x, p, and the dashed drop from x that ends at p.
		const [tw, tx, tp, drop] = tips;
		const close = (u: readonly number[], v: readonly number[]) => u.forEach((t, i) => expect(t).toBeCloseTo(v[i]!, 1));
		close(tw!, w);
		close(tx!, x);
		// By hand: x·w = 2·1 + 1·3 = 5, ‖w‖ = √10, so |p| = 5/√10 and p = (5/10)·w = (0.5, 1.5).
		const xw = x[0]! * w[0]! + x[1]! * w[1]!;
		const nw = Math.hypot(w[0]!, w[1]!);
		expect(Math.hypot(tp![0], tp![1])).toBeCloseTo(xw / nw, 1);
		expect(tp![0] * w[1]! - tp![1] * w[0]!).toBeCloseTo(0, 1);
		close(tp!, [0.5, 1.5]);
		// The dashed drop from x ends at p, and x − p is perpendicular to w.
		close(drop!, tp!);
		expect(fig.svg).toContain('>p</text>');
		expect((x[0]! - tp![0]) * w[0]! + (x[1]! - tp![1]) * w[1]!).toBeCloseTo(0, 1);
		expect(fig.caption).toEqual({ say: 'projectionFigure', with: { xw: '5', nw: ru(Math.sqrt(10)), p: ru(5 / Math.sqrt(10)) } });
		expect(fig.alt!.with).toEqual({ x: '(2; 1)', w: '(1; 3)', p: '(0,5; 1,5)', len: ru(5 / Math.sqrt(10)).replace('{,}', ',') });
	});
});

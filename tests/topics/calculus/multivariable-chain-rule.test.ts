import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { batchGradient, examples, twoPaths } from '../../../src/topics/calculus/multivariable-chain-rule';
import { elements, figures } from '../../helpers/figure-calculus';

describe('calculus/multivariable-chain-rule: the module behind the practice', () => {
	test('two paths: the core’s sum agrees with the expanded polynomial', () => {
		// The page’s graph: L = (xy)(x + y) = x²y + xy²; ∂L/∂x = 2xy + y² = 21, ∂L/∂y = x² + 2xy = 16 at (2, 3).
		expect(twoPaths(1, 1, 2, 3)).toEqual({ u: 6, v: 5, L: 30, dx: 21, dy: 16 });
		// L = xy(x − 3y) = x²y − 3xy²: ∂L/∂x = 2xy − 3y² = 18 − 27 = −9 at (3, 3); the path via u alone gives v·y = −18.
		const r = twoPaths(1, -3, 3, 3);
		expect(r.dx).toBe(-9);
		expect(r.v * 3).toBe(-18);
	});

	test('a weight shared by a batch: the gradient is the sum of the examples’ contributions', () => {
		// The page’s NumPy: x = (1, 2, 3), y = (2, 3, 7), w = 1: contributions −2/3, −4/3, −8; sum −10.
		const r = batchGradient(1, [1, 2, 3], [2, 3, 7]);
		expect(r.grad).toBeCloseTo(-10, 12);
		expect(r.contributions[2]).toBeCloseTo(-8, 12);
		expect(r.contributions[0]).toBeCloseTo(-2 / 3, 12);
		// Two examples: ((2·(−6)·(−3)) + (2·5·3))/2 = (36 + 30)/2 = 33.
		expect(batchGradient(1, [-3, 3], [3, -2]).grad).toBeCloseTo(33, 12);
	});
});

describe('calculus/multivariable-chain-rule: the worked example', () => {
	test('the page’s graph at (2, 3): x gets 15 + 6 = 21 along its two paths, y gets 10 + 6 = 16, each shown as a running sum', () => {
		const ex = examples!.paths!;
		const tex = ex.blocks(ex.inputs, fmtFor('ru')).map((b) => ('tex' in b ? b.tex : '')).join(' ');
		// ∂L/∂u = v = 5 and ∂L/∂v = u = 6; x: v·y = 15 through u, then + 6 through v.
		expect(tex).toContain('\\Rightarrow\\; 21');
		expect(tex).toContain('\\Rightarrow\\; 16');
		expect(tex).toContain('\\bar{x} = 21');
	});
});

describe('calculus/multivariable-chain-rule: the figure of the two-path graph', () => {
	const ex = examples!.figure!;
	const blocks = ex.blocks(ex.inputs, fmtFor('en'));
	const svg = figures(blocks)[0]!.svg;

	test('each edge carries its local derivative for L = (x·y)(x + y) at x = 2, y = 3', () => {
		const [x, y] = [2, 3];
		const [u, v] = [x * y, x + y];
		const local = Object.fromEntries(elements(svg).filter((e) => e.attrs['data-role'] === 'local').map((e) => [e.attrs['data-edge'], Number(e.content)]));
		expect(local).toEqual({ 'x-u': y, 'y-u': x, 'x-v': 1, 'y-v': 1, 'u-L': v, 'v-L': u });
	});

	test('the caption adds the products along the two paths: 5·3 + 6·1 = 21', () => {
		const sum = (blocks[0] as { caption: { with: Record<string, string> } }).caption.with.sum!;
		expect(sum).toBe('\\frac{\\partial L}{\\partial x} = 5 \\cdot 3 + 6 \\cdot 1 = 21');
	});
});

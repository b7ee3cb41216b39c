import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { directionalRate, examples, quadraticGradient } from '../../../src/topics/calculus/gradient';
import { byRole, elements, figures, pointsOf, scalesOf } from '../../helpers/figure-calculus';

describe('calculus/gradient: the module behind the worked example and the practice', () => {
	test('the core’s gradient of x² − 3xy + 3y² + 4x at (−2, 1), worked by hand', () => {
		// ∂f/∂x = 2x − 3y + 4 = −4 − 3 + 4 = −3; ∂f/∂y = −3x + 6y = 6 + 6 = 12.
		expect(quadraticGradient({ a: 1, b: -3, c: 3, d: 4 }, -2, 1)).toEqual([-3, 12]);
	});

	test('the rate along a unit vector is the dot product, largest along the gradient itself', () => {
		expect(directionalRate([3, -4], [0.8, -0.6])).toBeCloseTo(4.8, 12);
		// Perpendicular to the gradient the rate is zero; along ∇f/‖∇f‖ it is ‖∇f‖ = 5.
		expect(directionalRate([3, -4], [0.8, 0.6])).toBeCloseTo(0, 12);
		expect(directionalRate([3, -4], [0.6, -0.8])).toBeCloseTo(5, 12);
	});

	test('the worked example: ∇f = (2; 6) at (1; 1), and the rate 6 along (0,6; 0,8) both ways', () => {
		const bowl = examples!.bowl!;
		const blocks = bowl.blocks(bowl.inputs, fmtFor('ru'));
		expect(blocks[0]).toEqual({ tex: 'f(x, y) = x^2 + 3y^2, \\qquad p = (x;\\ y) = (1;\\ 1), \\qquad f(p) = 4' });
		expect(blocks[2]).toEqual({ tex: '\\nabla f(p) = \\bigl(2;\\ 6\\bigr)' });
		expect(blocks[3]).toEqual({ say: 'along' });
		expect(blocks[4]).toEqual({ tex: '\\nabla f \\cdot u = 2 \\cdot 0{,}6 + 6 \\cdot 0{,}8 = 6, \\quad u = (0{,}6;\\ 0{,}8)' });
		expect(blocks[5]).toEqual({ tex: '\\frac{f(p + h u) - f(p - h u)}{2h} \\approx 6' });
	});
});

describe('calculus/gradient: the figure of the gradient on contour lines', () => {
	const ex = examples!.arrows!;
	const { at } = ex.inputs as { at: [number, number] };
	const svg = figures(ex.blocks(ex.inputs, fmtFor('ru')))[0]!.svg;
	const s = scalesOf(svg);
	/** An arrow's start and tip in values, from its path. */
	const ends = (role: string) => {
		const [x1, y1, x2, y2] = byRole(svg, role)[0]!.attrs.d!.match(/^M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)/)!.slice(1).map(Number);
		return [s.x(x1!), s.y(y1!), s.x(x2!), s.y(y2!)] as const;
	};

	test('the gradient arrow starts at the point and points along (2x, 6y)', () => {
		const [x1, y1, x2, y2] = ends('gradient');
		expect(x1).toBeCloseTo(at[0], 1);
		expect(y1).toBeCloseTo(at[1], 1);
		const [gx, gy] = [2 * at[0], 6 * at[1]];
		const angle = Math.atan2(y2 - y1, x2 - x1) - Math.atan2(gy, gx);
		expect(Math.abs(angle)).toBeLessThan(0.05);
	});

	test('the contour through the point is drawn, and the gradient is perpendicular to it there', () => {
		const level = at[0] ** 2 + 3 * at[1] ** 2;
		const line = elements(svg).find((e) => Number(e.attrs['data-level']) === level)!;
		const pts = pointsOf(line).map(([x, y]) => [s.x(x), s.y(y)] as const);
		// The two drawn points of the contour nearest the point give its direction there.
		const near = [...pts].sort((a, b) => Math.hypot(a[0] - at[0], a[1] - at[1]) - Math.hypot(b[0] - at[0], b[1] - at[1])).slice(0, 2);
		const [tx, ty] = [near[1]![0] - near[0]![0], near[1]![1] - near[0]![1]];
		const [x1, y1, x2, y2] = ends('gradient');
		const cos = (tx * (x2 - x1) + ty * (y2 - y1)) / (Math.hypot(tx, ty) * Math.hypot(x2 - x1, y2 - y1));
		expect(Math.abs(cos)).toBeLessThan(0.1);
	});
});

import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/practice/render';
import { directionalRate, examples, quadraticGradient } from '../../../src/topics/calculus/gradient';

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

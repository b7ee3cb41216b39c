/** Strings of the gradient-descent widget (`src/widgets/GradientDescent.tsx`), in English; Russian, the model, in `../descent.ts`. */
import type { DescentUi } from '../descent';

const en: DescentUi = {
	label: 'Gradient descent',
	intro: 'A descent step: x ← x − η·∇f(x).',
	fields: { m: 'Loss', r: 'Learning rate η', b: 'Momentum (β = 0.9)', n: 'Steps', x: 'Start x₀', y: 'Start y₀', s: 'Annealing seed' },
	modes: { '1d': '1-D: f(x) = x²', '2d': '2-D: f(x, y) = x² + 10y²', bumpy: 'Bumpy: descent against annealing' },
	presets: ['tiny', 'good', 'oscillating', 'too large'],
	presetsLabel: 'Ready-made η:',
	verdicts: {
		diverge: 'Diverges: the step is so large that each one overshoots the minimum further, and the loss grows.',
		oscillate: 'Oscillates: every step overshoots the minimum, though it gets closer.',
		slow: 'Slow: the step is small and the minimum is still far.',
		good: 'Converges: the loss is almost zero.',
	},
	result: (n, at, f) => `After ${n} steps: ${at}, f = ${f}.`,
	gd: 'Gradient descent',
	sa: 'Simulated annealing',
	compare:
		'Descent follows the gradient down and stays in the nearest valley; annealing jumps at random, sometimes uphill, and can reach a deeper one. With millions of weights random jumps are hopeless, so networks use descent; annealing suits small problems with no gradient.',
	plot: 'The loss and the path',
	contours: 'Contour lines of f(x, y) = x² + 10y² and the descent path',
};
export default en;

/** Strings of the drills widget (`src/widgets/Drills.tsx`), in English; Russian, the model, in `../drills.ts`. */
import type { DrillsUi } from '../drills';
import { MAX_TEXT } from '../../../numbers/read';

const en: DrillsUi = {
	label: 'Drills: exercises from the site’s core',
	intro: 'The core builds each exercise from the seed in the link.',
	fields: { k: 'Kind', s: 'Seed', a: 'Your answer' },
	kinds: { shape: 'Shape of a product', derivative: 'Derivative at a point', backprop: 'Backprop by hand' },
	shapeQ: (expr, a, b) => `What is the shape of ${expr} if A is ${a} and B is ${b}? Answer like 3x5.`,
	derivQ: (f, x) => `Find f′(${x}) for f(x) = ${f} to within 0.01.`,
	backQ: (formula, values, target) => `L = ${formula}, where ${values}. Find ∂L/∂${target}.`,
	check: 'Check',
	next: 'New exercise',
	hint: 'Hint',
	solution: 'Solution',
	shapeHint: 'A transpose swaps the sizes; the inner ones must match, the outer ones give the answer.',
	derivHint: (fd) => `The derivative of this function: f′(x) = ${fd}.`,
	backHint: 'Walk back from L: ∂L/∂L = 1, multiply by the local derivative at each node; a variable’s contributions add up.',
	backSolution: 'All gradients after the backward pass:',
	verdicts: {
		correct: 'Correct!',
		wrong: 'Not quite: try again or open the hint.',
		unreadable: 'Cannot read the answer: write a number (0.5) or a shape (3x5).',
		long: `The answer is too long: at most ${MAX_TEXT} characters here.`,
	},
};
export default en;

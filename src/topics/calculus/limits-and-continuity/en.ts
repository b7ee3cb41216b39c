import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		cancel: {
			name: 'A “0/0” limit',
			question: 'Find the limit ${{limit}}$.',
			hints: ['Substituting gives $\\frac{0}{0}$, so the numerator divides by the denominator exactly.', 'Factor the numerator, cancel the common factor, and only then substitute $x$.'],
			steps: {
				zero: 'Substituting makes both the numerator and the denominator zero: an indeterminate form, not an answer:',
				factor: 'Since the numerator vanishes at this point, it divides by the denominator:',
				cancel: 'Near the point (but not at it) the denominator is not zero, so it cancels. Now substitute $x$:',
			},
			mistakes: {
				zero: '$\\frac{0}{0}$ is not zero but an indeterminate form: substituting says nothing about the limit. Cancel the common factor.',
				sign: 'The sign is flipped: check the factoring by multiplying the brackets back out.',
			},
		},
		continuity: {
			name: 'Continuity at a point',
			question: 'The function is given piecewise: ${{f}}$. What happens at ${{x0}}$: is it continuous, is there a removable discontinuity, or a jump?',
			hints: [
				'Compute three numbers: the limit from the left, the limit from the right and the value $f(x_0)$. Each piece is a line, so its limit is just its value at $x_0$.',
				'All three equal: continuous. The limits equal but the value different: a removable discontinuity. The left and right limits differ: a jump.',
			],
			steps: {
				left: 'The limit from the left comes from the first piece:',
				right: 'The limit from the right, from the third piece:',
				value: 'The value at the point itself:',
				continuous: 'Both limits equal the value: the function is continuous:',
				removable: 'The limits agree but the value at the point is different: a removable discontinuity, fixed by redefining one point.',
				jump: 'The limits from the left and from the right differ: a jump, like the step function’s:',
			},
			mistakes: {
				limitsOnly: 'The left and right limits are indeed equal, but for continuity they must also equal the value $f(x_0)$.',
				oneSide: 'The value $f(x_0)$ matches the limit from one side only. Compare it with the limit from the other side too.',
				notRemovable: 'A removable discontinuity is when the left and right limits are equal. Here they differ, and no value at a single point can fix that.',
			},
			choices: {
				continuous: ['continuous'],
				removable: ['removable discontinuity', 'removable'],
				jump: ['jump', 'jump discontinuity'],
			},
		},
	},
	example: {
		'hole': 'The graph of $\\frac{e^h - 1}{h}$: at $h = 0$ it has no value (a hole), yet from both sides its values approach ${{limit}}$: ${{values}}$.',
		'hole-alt': 'The rising curve $\\frac{e^h - 1}{h}$ with an open circle at $h = 0$ at height ${{limit}}$ and marked values ${{values}}$ on either side of it.',
	},
};
export default text;

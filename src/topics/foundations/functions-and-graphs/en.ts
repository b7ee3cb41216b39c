import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		compose: {
			name: 'Composition',
			question: 'Given ${{f}}$ and ${{g}}$, find $f(g(x_0))$ at ${{x0}}$.',
			hints: ['A composition is evaluated from the inside out: first $g(x_0)$, then $f$ of the result.', 'As in code: in the call f(g(x)), g runs first.'],
			steps: {
				inner: 'The inner function first:',
				outer: 'Then the outer one, applied to that number:',
			},
			mistakes: {
				order: 'That is $g(f(x_0))$: the functions are applied in the opposite order. In $f(g(x))$, $g$ goes first.',
				inner: 'That is only $g(x_0)$; the outer function $f$ still has to be applied to it.',
			},
		},
		kink: {
			name: 'Kink of a neuron',
			question: 'At which $x$ does the graph of ${{f}}$ bend?',
			hints: ['ReLU bends where its argument is zero.', 'Solve $wx + b = 0$ for $x$.'],
			steps: {
				zero: 'The kink is where the argument of ReLU becomes zero:',
				solve: 'Move the bias across and divide by the weight:',
				right: 'The weight is positive, so left of the kink the neuron outputs zero, and right of it a rising line.',
				left: 'The weight is negative, so right of the kink the neuron outputs zero, and left of it a line rising to the left.',
			},
			mistakes: {
				sign: 'The sign got lost: $wx + b = 0$ gives $x = -b/w$, not $b/w$.',
				divide: 'The bias was moved across but not divided by the weight: $x = -b/w$.',
			},
		},
	},
	example: {
		legend: 'Blue line: ${{c1}}$; orange dashes: ${{c2}}$; green line: ${{c3}}$. The table lists the values at the marked points.',
	},
};
export default text;

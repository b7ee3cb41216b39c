import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		neuron: {
			name: 'Weighted sum',
			question: 'A neuron has inputs ${{x}}$, weights ${{w}}$ and bias ${{b}}$. Compute ${{z}}$.',
			hints: ['Write the sum out: one term $w_i x_i$ for each $i$ from 1 to 3.', 'The bias is added once, after the sum.'],
			steps: {
				expand: 'Unfold the $\\Sigma$: one product per index:',
				add: 'Multiply and add up:',
			},
			mistakes: {
				bias: 'The sum is right, but the bias $b$ is missing; it is added after the sum.',
				sums: 'The sums were multiplied, but the products of the pairs must be added: $\\sum_i w_i x_i \\ne \\sum_i w_i \\cdot \\sum_i x_i$.',
			},
		},
		mse: {
			name: 'Mean squared error',
			question: 'The network answers ${{yhat}}$, the right answers are ${{y}}$. Compute the loss ${{loss}}$.',
			hints: ['First the differences $\\hat y_i - y_i$, then their squares.', 'Divide the sum of squares by the number of examples $m$.'],
			steps: {
				diff: 'The difference for each example:',
				square: 'The squared differences and their sum:',
				mean: 'Divide by the number of examples:',
			},
			mistakes: {
				mean: 'That is the sum of squares; it still has to be divided by $m$: the factor $\\frac{1}{m}$ makes the sum a mean.',
				square: 'The differences were averaged without squaring, so positive and negative errors cancel out.',
			},
		},
	},
	example: {
		termsFigure: 'The sum step by step, as a loop computes it: each bar starts where the sum of the terms before it stopped and rises by its term (or falls, when the term is negative). The last bar, from zero, is the whole result $z = {{z}}$.',
		termsFigureAlt: 'Bars for the terms {{terms}}, one after another: each starts at the height of the sum of those before it. The last bar, from zero up to {{z}}, is the result.',
	},
};
export default text;

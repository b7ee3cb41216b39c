import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		cdf: {
			name: 'Distribution function',
			question: 'A random variable $X$ is given by the table ${{table}}$. Find ${{event}}$.',
			hints: [
				'The event "$X \\le k$" is made of the values $0, 1, \\ldots, k$, and $k$ itself is included.',
				'The values are outcomes that cannot happen together, so their probabilities add.',
			],
			steps: {
				which: 'The values that fit are {{values}}.',
				add: 'They cannot come up together, so their probabilities add:',
			},
			mistakes: {
				strict: 'That is $P(X < k)$: the value $k$ got lost, and the inequality includes it.',
				above: 'That is the probability of the other values, $P(X > k) = 1 - F(k)$. You need the values from 0 up to $k$ inclusive.',
			},
		},
	},
	example: {
		outcomesCaption: 'A random variable is a rule that assigns a number to every outcome. At the top, every mask of three neurons (1 = kept); an arrow leads to the number kept. Under the numbers, their probabilities $p(x)$ for $X \\sim \\text{Binomial}({{n}},\\ {{theta}})$: ${{p}}$.',
		outcomesAlt: 'At the top, {{masks}} masks of {{n}} zeros and ones, each with an arrow down to its number of ones on an axis from 0 to {{n}}; masks with the same number of ones lead to the same number. Under the axis, the probabilities of those numbers: {{p}}.',
		class: 'Class',
		cat: 'cat',
		dog: 'dog',
		bird: 'bird',
	},
};
export default text;

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
		class: 'Class',
		cat: 'cat',
		dog: 'dog',
		bird: 'bird',
	},
};
export default text;

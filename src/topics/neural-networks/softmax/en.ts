import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		probs: {
			name: 'Softmax probabilities',
			question: 'The last layer of a network gave the logits ${{z}}$. Find the probabilities $p = \\operatorname{softmax}(z)$ to three decimal places.',
			hints: ['Raise $e$ to the power of each logit.', 'Divide each exponential by their sum: the probabilities then add up to 1.'],
			steps: {
				exp: 'The exponentials of the logits, all positive:',
				sum: 'Their sum:',
				divide: 'Divide each exponential by the sum:',
			},
			mistakes: {
				unnormalized: 'Those are the exponentials $e^{z_j}$. To get probabilities, divide them by their sum.',
			},
		},
		grad: {
			name: 'Gradient with respect to the logits',
			question:
				'The network’s logits are ${{z}}$, the correct class is class {{k}}, and the loss is cross-entropy after softmax, ${{L}}$. Find the gradient ${{d}}$ to three decimal places.',
			hints: ['For softmax followed by cross-entropy the gradient with respect to the logits is $p - y$.', 'Here $y$ is one-hot: a one at the correct class, zeros elsewhere.'],
			steps: {
				softmax: 'First the probabilities:',
				onehot: 'The correct class as a one-hot vector:',
				subtract: 'The gradient is the predicted distribution minus the true one:',
			},
			mistakes: {
				noLabel: 'Those are the probabilities $p$ themselves. Subtract the one-hot vector $y$: the correct class’s component becomes negative.',
			},
		},
	},
	example: {
		bars: 'Left: the logits $z$; right: the probabilities $p = \\operatorname{softmax}(z)$, all positive, summing to $1$, in the same order. The negative logit gets a small probability, but not zero.',
		'bars-alt': 'Two bar charts. Left, the logits {{z}} (a negative one goes down from zero). Right, the probabilities {{p}}: every bar above zero, the tallest for the class with the largest logit.',
	},
};
export default text;

import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		mse: {
			name: 'MSE of a batch',
			question: 'On a batch of four examples the network answered ${{yHat}}$; the correct answers are ${{y}}$. Find the mean squared error $\\mathrm{MSE}$.',
			hints: ['Start with the differences $\\hat{y}_k - y_k$ for each example.', 'Square the differences, add them up and divide by the number of examples.'],
			steps: {
				diff: 'The differences between the network’s answers and the correct ones:',
				square: 'Their squares; the sign no longer matters:',
				mean: 'The mean over the batch:',
			},
			mistakes: {
				sum: 'That is the sum of the squares. The MSE is their mean: divide by the number of examples.',
				abs: 'That is the mean of the absolute differences (the MAE). The MSE squares the differences.',
			},
		},
		'mse-grad': {
			name: 'Gradient of the MSE',
			question: 'The network’s answers on a batch are ${{yHat}}$, the correct answers ${{y}}$, and the loss is the MSE. Find ${{d}}$: how sensitive the loss is to that answer (answers are numbered from 1).',
			hints: [
				'Only one term of the sum depends on $\\hat{y}_i$: $(\\hat{y}_i - y_i)^2$.',
				'The derivative of the square brings a factor of 2, and the mean keeps its factor $1/N$.',
			],
			steps: {
				formula: 'Differentiate the mean of squares with respect to one answer; the other terms do not depend on it:',
				substitute: 'Put in the numbers:',
			},
			mistakes: {
				noMean: 'The factor $1/N$ is missing: the MSE is a mean over the batch, so its derivative is divided by the number of examples too.',
				noTwo: 'The 2 from the derivative of the square is missing: $\\left((\\hat{y} - y)^2\\right)\' = 2(\\hat{y} - y)$.',
			},
		},
		bce: {
			name: 'Binary cross-entropy',
			question:
				'A sigmoid at the network’s output gave the probability of class 1 ${{p}}$, and the true label is ${{y}}$. Find the binary cross-entropy ${{L}}$ (natural logarithm) to three decimal places.',
			hints: ['With $y = 1$ only $-\\ln p$ remains; with $y = 0$ only $-\\ln(1 - p)$.', 'The logarithm is natural; $-\\ln$ of a number below one is positive.'],
			steps: {
				one: 'The label is $y = 1$, so the second term vanishes:',
				zero: 'The label is $y = 0$, so the first term vanishes and the probability of class 0 is what counts:',
				value: 'Compute the logarithm:',
			},
			mistakes: {
				otherClass: 'That is the penalty of the other class. With $y = 1$ take $-\\ln p$, with $y = 0$ take $-\\ln(1 - p)$.',
				log10: 'That looks like the decimal logarithm. Cross-entropy uses the natural one, $\\ln$.',
			},
		},
	},
	example: {
		curves: 'One example\'s loss against the probability $p$ of its correct class: the cross-entropy $-\\log p$ (solid) and the squared error $(1 - p)^2$ (dashed). The dots are the three examples above. When the network is confidently wrong ($p \\to 0$), the cross-entropy grows without bound while the squared error stays at most $1$.',
		'curves-alt': 'Two curves over p from 0 to 1. The curve −log p shoots up near p = 0 and comes down to zero at p = 1; the dashed parabola (1 − p)² starts at 1 and also comes down to zero. The probabilities of the correct class in the three examples are marked on −log p: {{p}}.',
	},
};
export default text;

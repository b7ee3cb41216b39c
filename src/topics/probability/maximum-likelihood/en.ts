import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		coin: {
			name: 'Estimating a probability',
			question:
				'Yes/no answers are written as 1 and 0: ${{data}}$ (${{n}}$ in all). The model is one number $\\theta$, the probability of a 1, and the answers are independent. Find the maximum likelihood estimate $\\hat\\theta$.',
			hints: [
				'The likelihood is $L(\\theta) = \\theta^k (1 - \\theta)^{n - k}$, where $k$ is the number of ones.',
				'Set the derivative of $\\log L = k \\log\\theta + (n - k)\\log(1 - \\theta)$ to zero.',
			],
			steps: {
				count: 'Count the ones and the zeros:',
				likelihood: 'The likelihood and the condition for its maximum (the derivative of its logarithm is zero):',
				estimate: 'So the estimate is the share of ones:',
			},
			mistakes: {
				zeros: 'That is the share of zeros. $\\theta$ is the probability of a 1, so you need the share of ones.',
				count: 'That is the number of ones, $k$. The estimate is a probability, a share: divide $k$ by $n$.',
			},
		},
		sigma2: {
			name: 'Estimating a variance',
			question:
				'Take the numbers ${{data}}$ as independent draws from a normal distribution with mean $\\mu$ and variance $\\sigma^2$. Find the maximum likelihood estimate $\\hat\\sigma^2$.',
			hints: [
				'The maximum likelihood estimate of $\\mu$ is the mean $\\bar x$.',
				'For $\\sigma^2$ it is the mean squared deviation from $\\bar x$: the sum of squares is divided by $n$.',
			],
			steps: {
				mean: 'First the estimate of the mean:',
				variance: 'Then the mean squared deviation, dividing by $n$:',
			},
			mistakes: {
				bessel: 'Here the sum of squares is divided by $n - 1$. That gives the unbiased estimate, but the maximum of the likelihood divides by $n$.',
				sigma: 'That is $\\hat\\sigma$, the square root. The question asks for the variance $\\hat\\sigma^2$.',
			},
		},
	},
	example: {
		curveCaption: 'The likelihood $L(\\theta)$ for ${{k}}$ ones out of ${{n}}$ at every $\\theta$ from $0$ to $1$; the dots are the values in the table. The peak is at $\\hat\\theta = {{best}}$, where $L = {{top}}$: the share of ones in the data.',
		curveAlt: 'The likelihood curve for {{k}} ones out of {{n}}: from zero at θ = 0 it rises to a peak at θ = {{best}} and falls back to zero at θ = 1. Dots mark it at θ = {{thetas}}; a dashed line leads up to the peak.',
		example: 'Example',
		label: 'Correct class',
		cat: 'cat',
		dog: 'dog',
		bird: 'bird',
	},
};
export default text;

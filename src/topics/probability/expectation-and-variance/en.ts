import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		variance: {
			name: 'Variance',
			question: 'A random variable $X$ is given by the table ${{table}}$. Find its variance $\\operatorname{Var}[X]$.',
			hints: [
				'The expectation first: $\\mathrm{E}[X] = \\sum_x x\\, p(x)$.',
				'The variance is the expected squared deviation: $\\sum_x (x - \\mathrm{E}[X])^2\\, p(x)$. Or, equally, $\\mathrm{E}[X^2] - (\\mathrm{E}[X])^2$.',
			],
			steps: {
				mean: 'The expectation is the sum of the values weighted by their probabilities:',
				deviations: 'The squared deviations from the expectation, weighted by the same probabilities:',
			},
			mistakes: {
				noMean: 'That is $\\mathrm{E}[X^2]$. To get the variance, subtract the squared expectation $(\\mathrm{E}[X])^2$ from it.',
				std: 'That is the standard deviation $\\sigma$, the square root of the variance. The question asks for the variance itself.',
				mean: 'That is the expectation $\\mathrm{E}[X]$, the centre of the distribution. The variance measures the spread around it.',
			},
		},
	},
};
export default text;

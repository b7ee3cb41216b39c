import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		variance: {
			name: 'Variance',
			question: 'A random variable $X$ is given by the table ${{table}}$. Find its variance $\\operatorname{Var}[X]$.',
			hints: [
				'The expectation first: $\\mathbb{E}[X] = \\sum_x x\\, p(x)$.',
				'The variance is the expected squared deviation: $\\sum_x (x - \\mathbb{E}[X])^2\\, p(x)$. Or, equally, $\\mathbb{E}[X^2] - (\\mathbb{E}[X])^2$.',
			],
			steps: {
				mean: 'The expectation is the sum of the values weighted by their probabilities:',
				deviations: 'The squared deviations from the expectation, weighted by the same probabilities:',
			},
			mistakes: {
				noMean: 'That is $\\mathbb{E}[X^2]$. To get the variance, subtract the squared expectation $(\\mathbb{E}[X])^2$ from it.',
				std: 'That is the standard deviation $\\sigma$, the square root of the variance. The question asks for the variance itself.',
				mean: 'That is the expectation $\\mathbb{E}[X]$, the centre of the distribution. The variance measures the spread around it.',
			},
		},
		dropout: {
			name: 'Dropout noise',
			question:
				'A neuron outputs ${{a}}$. Inverted dropout keeps it with probability ${{keep}}$ and then divides the output by $p_{\\text{keep}}$, or else sets it to zero. Find the variance of the output, $\\operatorname{Var}[Y]$.',
			hints: [
				'$Y$ takes two values: $a / p_{\\text{keep}}$ with probability $p_{\\text{keep}}$, and $0$ with probability $1 - p_{\\text{keep}}$.',
				'The expectation must stay $a$: that is why it divides by $p_{\\text{keep}}$. The variance is the weighted squared deviations from it.',
			],
			steps: {
				values: 'The output’s two values and their probabilities:',
				mean: 'The expectation is exactly the output without dropout:',
				variance: 'The squared deviations, weighted by the probabilities:',
			},
			mistakes: {
				noMean: 'That is $\\mathbb{E}[Y^2]$. Subtract the squared expectation, $a^2$, from it.',
				unscaled: 'That is the variance of plain dropout, without dividing by $p_{\\text{keep}}$. Inverted dropout scales the kept output by $1/p_{\\text{keep}}$, and the spread grows.',
				mean: 'That is the expectation $\\mathbb{E}[Y] = a$. The question asks for the spread around it.',
			},
		},
	},
	example: {
		balanceCaption: 'The bars are the probabilities $p(x)$. Laid on a ruler as weights, they balance at $\\mathbb{E}[{{name}}] = {{mean}}$. The bracket above is $\\mathbb{E}[{{name}}] \\pm \\sigma$, from ${{lo}}$ to ${{hi}}$: the typical distance from the expectation, $\\sigma \\approx {{sd}}$.',
		balanceAlt: 'Probability bars over the values {{values}}. Under the axis, a triangle at {{mean}} where the bars balance: the expectation. Above the bars, a bracket from {{lo}} to {{hi}}: the expectation plus or minus the standard deviation {{sd}}.',
	},
};
export default text;

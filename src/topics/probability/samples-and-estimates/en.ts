import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		se: {
			name: 'Standard error',
			question:
				'The loss on single examples is spread with standard deviation ${{sigma}}$. A batch is ${{n}}$ random examples. How far does the batch’s mean loss typically land from the mean over all the data? Find the standard error of the mean.',
			hints: ['The standard error of a mean of $m$ examples is $\\sigma / \\sqrt{m}$.', 'Divide by the square root of the batch size, not by the size: four times the examples halve the spread.'],
			steps: {
				root: 'The square root of the batch size:',
				divide: 'Divide the standard deviation by it:',
			},
			mistakes: {
				noRoot: 'Here $\\sigma$ is divided by $m$. The spread of a mean shrinks more slowly, as $1/\\sqrt{m}$.',
				variance: 'That is the variance of the mean, $\\sigma^2 / m$. The standard error is its square root, $\\sigma / \\sqrt{m}$.',
				undivided: 'That is the spread of one example. A batch mean spreads less: divide by $\\sqrt{m}$.',
			},
		},
	},
	example: {
		spreadCaption: 'The means of ${{repeats}}$ samples of each size (dots) around the true $\\mu = {{mu}}$ with $\\sigma = {{sigma}}$. The bracket is $\\mu \\pm \\sigma/\\sqrt{n}$: ${{se}}$. Each time $n$ grows $10$ times, the spread of the means shrinks about $\\sqrt{10} \\approx 3.2$ times.',
		spreadAlt: 'Three rows for samples of size {{sizes}}. Each has {{repeats}} dots for the means and a bracket around μ = {{mu}}, plus or minus {{se}} respectively. The larger the sample, the narrower the bracket and the closer the dots to the dashed line at μ.',
		n: 'Sample size',
		means: 'Means of several samples $\\bar x$',
		s: 'σ estimated from the first $s$',
		se: 'Standard error $\\sigma / \\sqrt{n}$',
		what: 'What is measured',
		accuracy: 'Accuracy',
		mean: 'Mean of all {{models}} models on the test set',
		best: 'The best model on that same test set',
		fresh: 'The same “best” model on fresh data',
	},
};
export default text;

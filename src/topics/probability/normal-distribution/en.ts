import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		share: {
			name: 'Share within σ',
			question: '$X$ is normally distributed with mean ${{mu}}$ and standard deviation ${{sigma}}$. Find ${{event}}$.',
			hints: [
				'Turn the bounds into standard deviations from the mean: $z = (x - \\mu) / \\sigma$.',
				'About $0.683$, $0.954$ and $0.997$ of all values lie within $1\\sigma$, $2\\sigma$ and $3\\sigma$; the bell is symmetric, so the two tails outside are equal.',
			],
			steps: {
				z: 'The bound lies this many standard deviations from the mean:',
				rule: 'The share within that many $\\sigma$ (the 68–95–99.7 rule, more precisely from the formula):',
				outside: 'Outside is the rest:',
				above: 'The bell is symmetric, so the right tail is half of the rest:',
			},
			mistakes: {
				tails: 'That is the share outside the interval, $1 - P$. The question asks for the share inside.',
				inside: 'That is the share inside $\\mu \\pm k\\sigma$. The question asks for what is left outside.',
				bothTails: 'That is both tails together. The question asks for the right one only: by symmetry, half of it.',
			},
		},
	},
	example: {
		bandsCaption: 'The density for $\\mu = {{mu}}$, $\\sigma = {{sigma}}$. From ${{lo1}}$ to ${{hi1}}$ ($\\mu \\pm \\sigma$) lies ${{one}}$ of the area under the bell, and from ${{lo2}}$ to ${{hi2}}$ ($\\mu \\pm 2\\sigma$) lies ${{two}}$: the shares in the table.',
		bandsAlt: 'The bell of the normal density with mean {{mu}} and σ = {{sigma}}. The area under it from {{lo1}} to {{hi1}} is shaded darker, {{one}} of the whole; from {{lo2}} to {{hi2}} lighter, {{two}}.',
		k: 'Within how many σ',
		formula: 'From the formula',
		sample: 'In ${{n}}$ random draws',
	},
};
export default text;

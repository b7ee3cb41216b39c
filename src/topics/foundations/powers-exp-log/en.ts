import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		logrules: {
			name: 'Logarithm rules',
			question: 'Given ${{ln2}}$ and ${{ln3}}$, find ${{x}}$ (to two decimals).',
			hints: [
				'Write the number as a product of powers of 2 and 3 (a denominator gives negative powers).',
				'$\\ln(ab) = \\ln a + \\ln b$, $\\ln \\frac{a}{b} = \\ln a - \\ln b$, $\\ln a^k = k \\ln a$.',
			],
			steps: {
				factor: 'Factor into powers of two and three:',
				rules: 'The logarithm of a product is the sum of the logarithms, and a power comes out as a factor:',
				value: 'Put in the known values:',
			},
			mistakes: {
				product: 'The logarithms were multiplied; they should be added: $\\ln(ab) = \\ln a + \\ln b$.',
				power: 'The exponents got lost: $\\ln a^k = k \\ln a$, the factor $k$ stays.',
				quotient: 'The logarithm of the denominator was added; it should be subtracted: $\\ln \\frac{a}{b} = \\ln a - \\ln b$.',
			},
		},
		powers: {
			name: 'Powers',
			question: 'Find $n$ if ${{expr}}$.',
			hints: ['Write $4$ and $8$ as powers of two.', 'Multiplying adds exponents, dividing subtracts them, and $(a^m)^k = a^{mk}$.'],
			steps: {
				base: 'Bring everything to base 2:',
				rules: 'The exponents of the numerator add up, the exponent of the denominator is subtracted:',
				answer: 'Work out the exponent:',
			},
			mistakes: {
				base: 'The exponents were added as they stand, but $4$ and $8$ have another base: $4^b = 2^{2b}$, $8^c = 2^{3c}$.',
				quotient: 'The exponent of the denominator was added; dividing subtracts it: $a^m / a^k = a^{m-k}$.',
			},
		},
	},
	example: {
		legend: 'Blue line: ${{c1}}$; orange dashes: ${{c2}}$; green line: ${{c3}}$. The table lists the values at the marked points.',
	},
};
export default text;

import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		scores: {
			name: 'Attention scores',
			question: 'A query ${{q}}$, two keys ${{k1}}$ and ${{k2}}$, dimension $d = 4$. Find the scaled scores ${{s}}$ for both keys.',
			hints: ['A dot product is the sum of the products of matching coordinates.', 'Divide each dot product by $\\sqrt{4} = 2$.'],
			steps: {
				dot: 'The dot products of the query with each key:',
				scale: 'Divide by the square root of the dimension:',
			},
			mistakes: {
				unscaled: 'Those are the dot products without the scale. Divide them by $\\sqrt{d}$.',
				byD: 'That is divided by $d$, but the scale is $\\sqrt{d}$: with $d = 4$ it is 2, not 4.',
			},
		},
		output: {
			name: 'Attention output',
			question:
				'With two keys a query got the scaled scores ${{s}}$; the values of those keys are ${{v1}}$ and ${{v2}}$. Find the attention output, the sum of the values weighted by $\\operatorname{softmax}(s)$, to two decimal places.',
			hints: ['The weights are $a_j = e^{s_j} / (e^{s_1} + e^{s_2})$; they add up to 1. Keep three decimals in them.', 'The output is $a_1 v_1 + a_2 v_2$, coordinate by coordinate.'],
			steps: {
				weights: 'The attention weights are the softmax of the scores:',
				sum: 'Mix the values with these weights:',
			},
			mistakes: {
				noSoftmax: 'The scores were used as weights without softmax. Turn them into probabilities first: $e^{s_j}$ divided by the sum.',
				swapped: 'The weights are swapped: the larger weight goes to the value of the key with the larger score.',
				mean: 'That is the plain mean of the values. The scores differ, so the weights differ too: softmax gives them.',
			},
		},
	},
	example: {
		queries: 'Step 1. The queries: the inputs times $W_Q$.',
		keys: 'Step 2. The keys and the values the same way.',
		scores: 'Step 3. The scores: the dot product of every query with every key.',
		scale: 'Step 4. Divide by $\\sqrt{d}$, here $d = {{d}}$.',
		masked: 'Step 4. Divide by $\\sqrt{d}$ ($d = {{d}}$) and replace the scores above the diagonal, the future tokens, with $-\\infty$.',
		weights: 'Step 5. Softmax row by row gives the attention weights; each row adds up to 1.',
		output: 'Step 6. Each token’s output is a weighted sum of the values.',
		map: 'The attention weights $A$: a row per query, a column per key; the darker the cell, the larger the weight. Every row sums to $1$: the shares in which a token mixes the values.',
		'map-alt': 'A 3 by 3 grid of shaded cells: rows are the queries q₁, q₂, q₃, columns the keys k₁, k₂, k₃, each cell holding its weight to two decimals, darker for a larger weight. Each row\'s sum is written to its right: Σ = 1.',
		'map-causal': 'The weights with the mask: zeros above the diagonal, since $e^{-\\infty} = 0$. The first token looks only at itself, and still every row sums to $1$.',
		'map-causal-alt': 'A 3 by 3 grid of weights with the mask: the cells above the diagonal are empty, holding zeros; the first query puts its whole weight 1 on the first key. Each row\'s sum is written to its right: Σ = 1.',
	},
};
export default text;

import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		kept: {
			name: 'Independent events',
			question:
				'A layer has ${{n}}$ neurons, and dropout keeps each of them with probability ${{keep}}$, independently of the others. The event $A$ is "every neuron kept". Find ${{event}}$.',
			hints: [
				'Neurons are dropped independently, so the probability of "the first kept, and the second, and …" is a product.',
				'$\\bar{A}$ is "at least one dropped": everything except $A$, so $P(\\bar{A}) = 1 - P(A)$.',
			],
			steps: {
				product: 'All $n$ neurons stay independently, so the probabilities multiply:',
				complement: 'At least one dropped is the complement:',
			},
			mistakes: {
				added: 'You added the probabilities of "the first dropped", "the second dropped", …. These can happen together, so the sum counts such masks more than once (it can even exceed 1). Go through the complement instead.',
				addedKept: 'You added the neurons’ probabilities; for "the first and the second and …" of independent events they multiply.',
				noComplement: 'That is $P(A)$, the probability that every neuron stays. The question asks for the complement: subtract it from one.',
				complement: 'That is $1 - P(A)$, the probability that at least one is dropped. The question asks for $P(A)$ itself.',
			},
		},
		union: {
			name: 'At least one of two',
			question:
				'During training an image is flipped with probability ${{a}}$ (event $A$) and, independently, cropped with probability ${{b}}$ (event $B$). What is the probability that the image is changed in at least one of these ways, that is, $P(A ∪ B)$?',
			hints: [
				'The sum $P(A) + P(B)$ counts the images that got both twice.',
				'For independent events $P(A ∩ B) = P(A)\\,P(B)$. Or go through the complement: $1 - (1 - P(A))(1 - P(B))$.',
			],
			steps: {
				both: 'Both at once: independent events multiply:',
				union: 'Add, and subtract the overlap that was counted twice:',
			},
			mistakes: {
				twice: 'That is $P(A) + P(B)$: the images both flipped and cropped are counted twice. Subtract $P(A ∩ B)$.',
				and: 'That is $P(A ∩ B)$, the probability that both were applied. The question is about at least one.',
			},
		},
	},
	example: {
		splitCaption: 'The whole probability, $1$, is shared among the {{masks}} masks: each gets a piece as long as its probability. The piece \'all kept\' is $P(A) = {{all}}$, everything else is $P(\\overline{A}) = 1 - {{all}} = {{rest}}$.',
		splitAlt: 'A strip of length 1 cut into {{masks}} pieces by the probabilities of the masks of {{n}} neurons, each kept with probability {{keep}}. The longest piece, mask 111, is highlighted: {{all}}. A bracket over the other pieces: {{rest}}.',
		mask: 'Mask (1 = kept)',
		product: 'Product',
		prob: 'Probability',
		drawn: 'Masks drawn',
		share: 'Share of “all kept” masks',
	},
};
export default text;

import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		decay: {
			name: 'A step with the L2 penalty',
			question: 'The weight is ${{w}}$ and the gradient of the loss with respect to it is ${{g}}$. The penalty ${{penalty}}$ with ${{lambda}}$ is added to the loss. Take one SGD step with ${{lr}}$: what does $w$ become?',
			hints: ['The derivative of the penalty $\\frac{\\lambda}{2} w^2$ is $\\lambda w$; add it to the gradient.', 'The step goes against the full gradient: $w - \\eta\\,(g + \\lambda w)$.'],
			steps: {
				gradient: 'The full gradient is the gradient of the loss plus the derivative of the penalty:',
				step: 'The SGD step against the full gradient:',
				shrink: 'The same as shrinking the weight by the factor ${{factor}}$ and then taking the usual step, which is why the L2 penalty in SGD is called weight decay.',
			},
			mistakes: {
				plain: 'This is the step without the penalty. The penalty adds $\\lambda w$ to the gradient, which pulls the weight towards zero.',
				sign: 'The derivative of the penalty was subtracted instead of added. The penalty $\\frac{\\lambda}{2} w^2$ grows with $|w|$, its gradient is $+\\lambda w$, and a step against it makes $|w|$ smaller.',
				rate: 'The term $\\lambda w$ was not multiplied by the learning rate $\\eta$. The learning rate multiplies the whole gradient: $\\eta\\,(g + \\lambda w)$.',
			},
		},
		mask: {
			name: 'Dropout with its scaling',
			question: 'The activations ${{h}}$ go through dropout with the drop probability ${{p}}$, and the mask ${{m}}$ came out (0 means the neuron is off). What leaves the layer during training, with the scaling $1/(1 - p)$?',
			hints: ['Multiply the activations by the mask element by element: the dropped ones become zeros.', 'Divide the rest by the keep probability $1 - p$ so that the mean stays the same.'],
			steps: {
				multiply: 'The mask zeroes the dropped neurons:',
				scale: 'A share $1 - p$ of the neurons is kept, so the survivors are scaled up by $1/(1 - p)$:',
				result: 'The layer’s output during training:',
			},
			mistakes: {
				unscaled: 'The mask is applied but the scaling $1/(1 - p)$ is missing: during training the mean output would be $1 - p$ times what it is at evaluation, where dropout is off.',
				byp: 'Divided by $p$ instead of $1 - p$. $p$ is the probability of dropping a neuron; the share kept is $1 - p$.',
				times: 'The activations were multiplied by $1 - p$, but they must be divided by it: the surviving neurons stand in for the dropped ones, so they grow.',
			},
		},
	},
	example: {
		dropout: 'Top to bottom: the activations $h$; the mask $m$ (filled: the neuron is kept; crossed: dropped); the kept activations divided by $1 - p$, twice as tall as before; the mean over {{samples}} masks, nearly $h$ again. All bars on one scale.',
		'dropout-alt': 'Four rows of {{n}} bars. The first: the activations h. The second: the mask, {{kept}} cells filled and the rest crossed out. The third: after dropout, no bars for the dropped neurons and bars twice as tall as in the first row for the kept ones. The fourth: the mean over many masks, bars almost as in the first row.',
	},
};
export default text;

import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		output: {
			name: 'Output of a neuron',
			question: 'A ReLU neuron receives the input ${{x}}$; its weights are ${{w}}$ and its bias ${{b}}$. What is its output $a = \\operatorname{relu}(w \\cdot x + b)$?',
			hints: [
				'First the weighted sum: multiply each input by its weight, add the products and add the bias.',
				'ReLU keeps a positive number as it is and replaces a negative one by zero: $\\operatorname{relu}(z) = \\max(0, z)$.',
			],
			steps: {
				sum: 'The weighted sum of the inputs plus the bias:',
				positive: 'The sum is positive, so ReLU lets it through unchanged:',
				negative: 'The sum is not above zero, so ReLU outputs zero: the neuron is silent.',
			},
			mistakes: {
				norelu: 'That is the sum $z$ before the activation. ReLU still has to be applied: a negative number becomes zero.',
				nobias: 'The bias $b$ seems to be missing: it is added to the weighted sum before ReLU.',
			},
		},
		boundary: {
			name: 'Threshold of a neuron',
			question:
				'A neuron has two inputs, weights ${{w}}$ and bias ${{b}}$. The second input is fixed at ${{x2}}$. For which $x_1$ is the sum $z = w_1 x_1 + w_2 x_2 + b$ zero, so that the neuron sits exactly on the boundary between silent and active?',
			hints: [
				'Write the equation $w_1 x_1 + w_2 x_2 + b = 0$ with the numbers in and move everything except $w_1 x_1$ to the right-hand side.',
				'A term that crosses the equals sign changes its sign; finally divide by $w_1$.',
			],
			steps: {
				equation: 'The numbers in the boundary equation $w \\cdot x + b = 0$:',
				collect: 'Move the known terms to the right, changing their signs:',
				divide: 'Divide by the weight $w_1$:',
			},
			mistakes: {
				sign: 'The sign is flipped: a term that moves across the equals sign changes its sign.',
				nobias: 'The bias $b$ is missing, and it is exactly what shifts the threshold.',
				undivided: 'That is $w_1 x_1$, not $x_1$: divide by the weight $w_1$.',
			},
		},
	},
	example: {
		figure: 'The same neuron as a picture: each input is multiplied by the weight on its edge, the node $\\Sigma$ adds the products and the bias $b$ into the sum $z$, and ${{fn}}$ turns it into the output $a$.',
		'figure-alt': 'A diagram of the neuron: {{n}} inputs with their values are joined by edges labelled with the weights to a sum node Σ; the bias b comes into it from above. Under the sum node: z = {{z}}. An arrow leads to the activation box and from it to the output a = {{a}}.',
	},
};
export default text;

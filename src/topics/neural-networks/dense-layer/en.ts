import type { Text } from '../../../practice/types';
import { shapeCheckWords } from '../../linear-algebra/matrix-multiplication/en';

const text: Text = {
	practice: {
		output: {
			name: 'Output of a layer',
			question: 'A ReLU layer of three neurons receives one example ${{x}}$. The weights, one column per neuron, are ${{w}}$, the biases ${{b}}$. Find the layer’s output $h = \\operatorname{relu}(x W + b)$: three numbers.',
			hints: [
				'Neuron $j$ is column $j$ of $W$: multiply $x$ by that column and add $b_j$.',
				'ReLU applies to each of the three numbers separately: negative ones become zero.',
			],
			steps: {
				columns: 'Each neuron: the input times its column of weights plus its bias.',
				sum: 'The same in matrix form, the product and the bias:',
				relu: 'ReLU on every number:',
			},
			mistakes: {
				norelu: 'That is $x W + b$ before the activation. ReLU still has to be applied: negative numbers become zeros.',
				nobias: 'The biases $b$ seem to be missing: each neuron has its own, added before ReLU.',
			},
		},
		params: {
			name: 'Number of parameters',
			question: 'A layer receives a batch $A$ of shape ${{a}}$ (one example per row). It has ${{k}}$ neurons. How many trainable parameters does the layer have, weights and biases together?',
			hints: ['Each neuron receives every feature of an example and has a weight for each one.', 'There is one bias per neuron. The batch size does not change the number of parameters.'],
			steps: {
				weights: 'Weights: one column per neuron, one weight per feature in each column.',
				biases: 'Biases: one per neuron.',
				total: 'In total:',
			},
			mistakes: {
				nobias: 'Those are only the weights. Each neuron also has a bias.',
				biasperinput: 'There are as many biases as neurons, not as inputs.',
				batch: 'The number of examples in the batch is not the number of features: the same layer handles a batch of any size.',
			},
		},
		weights: {
			name: 'Shape of the weights',
			question: 'A layer receives a batch $A$ of shape ${{a}}$ (one example per row) and has ${{k}}$ neurons. What is the shape of the weight matrix $W$ in the notation $A W + b$ used on this site?',
			hints: ['For the product $A W$ to exist, $W$ must have as many rows as $A$ has columns.', 'A column of $W$ holds the weights of one neuron, so there are as many columns as neurons.'],
			steps: {
				rows: 'The product $A W$ must give one row per example and one column per neuron:',
				shape: 'So $W$ has a row per feature and a column per neuron:',
			},
			mistakes: {
				transposed: 'That is the shape of PyTorch’s weight attribute, which stores one row per neuron, i.e. $W^\\mathsf{T}$. The notation $A W$ needs the other shape.',
				output: 'That is the shape of the layer’s output $A W + b$, not of the weights.',
				input: 'That is the shape of the input $A$ itself. The weights do not depend on the batch size.',
			},
		},
	},
	example: {
		...shapeCheckWords,
		layer: 'A layer of {{k}} neurons on {{n}} inputs: every input is joined to every neuron, each edge with its own weight. All the weights make the matrix $W$ of shape ${{n}} \\times {{k}}$: a row per input, a column per neuron. In colour: the first neuron\'s edges and its column.',
		'layer-alt': 'On the left, {{n}} inputs x are joined by arrows to all {{k}} neurons h, the arrows into the first neuron in colour. On the right, the weight table W of size {{n}} × {{k}}: rows labelled by the inputs, columns by the neurons, the first column outlined in colour.',
	},
};
export default text;

import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		std: {
			name: 'The scale of initial weights',
			question: 'A layer has ${{nin}}$ inputs and ${{nout}}$ outputs, followed by ${{act}}$. Which standard deviation $\\sigma$ should its initial weights have (He for ReLU, Glorot for tanh)? Give it to the nearest thousandth.',
			hints: ['For ReLU, He initialization: $\\operatorname{Var}(w) = 2 / n_{\\text{in}}$. For tanh, Glorot: $\\operatorname{Var}(w) = 2 / (n_{\\text{in}} + n_{\\text{out}})$.', 'The formulas give the variance; the standard deviation is its square root.'],
			steps: {
				he: 'For ReLU take He initialization; the variance is doubled because ReLU zeroes half of the values:',
				glorot: 'For tanh take Glorot initialization, a compromise between the numbers of inputs and outputs:',
				root: 'The standard deviation is the square root of the variance:',
			},
			mistakes: {
				variance: 'This is the variance $\\sigma^2$. The standard deviation is its square root.',
				glorot: 'This is the Glorot scale, meant for tanh and the sigmoid. ReLU needs He initialization: $\\sqrt{2 / n_{\\text{in}}}$.',
				he: 'This is the He scale for ReLU. For tanh use Glorot initialization: $\\sqrt{2 / (n_{\\text{in}} + n_{\\text{out}})}$.',
				fanout: 'The number of outputs went into He’s formula. The forward signal is a sum over the inputs, so the denominator is $n_{\\text{in}}$.',
				lecun: 'This is $\\sqrt{1 / n_{\\text{in}}}$, LeCun initialization, inputs only. The question asks for the compromise $\\sqrt{2 / (n_{\\text{in}} + n_{\\text{out}})}$.',
			},
		},
		gain: {
			name: 'The signal in a deep network',
			question: 'A network of ${{L}}$ ReLU layers without biases has ${{n}}$ inputs in every layer, and its weights have the standard deviation ${{sigma}}$. By what factor does the typical size of the activations (the root mean square) change over all the layers?',
			hints: ['One layer multiplies the mean square of the signal by $n \\sigma^2$, and ReLU keeps half of it.', 'So each layer multiplies the size of the signal by $\\sigma \\sqrt{n / 2}$; over $L$ layers the factor is raised to the power $L$.'],
			steps: {
				layer: 'The factor of one layer:',
				power: 'Every layer multiplies the signal by it once more:',
				grows: 'The factor is above one: the signal grows with every layer and blows up in a deep network.',
				shrinks: 'The factor is below one: the signal fades with every layer. Only $\\sigma = \\sqrt{2/n}$ keeps its size.',
			},
			mistakes: {
				once: 'This is the factor of a single layer. There are $L$ layers and each multiplies the signal by it again: raise it to the power $L$.',
				half: 'The 2 is missing: ReLU zeroes half of the values, so a layer’s factor is $\\sigma \\sqrt{n/2}$, not $\\sigma \\sqrt{n}$.',
				variance: 'This is the factor for the mean square (the variance). The size of the signal is its root: $\\sigma \\sqrt{n/2}$ per layer.',
			},
		},
	},
	example: {
		layer: 'Layer',
		input: 'input',
		spread: 'The spread of the activations after each layer on a log scale: each mark up the side is $10^{10}$ times the one below, the horizontal axis is a spread of $1$. With $\\sigma = 1$ the signal grows, with $\\sigma = 0.01$ it vanishes, with $\\sqrt{1/n}$ it slowly fades, and only $\\sqrt{2/n}$ stays near one.',
		'spread-alt': 'A log-scale plot: the layer from 0 to {{depth}} across, the spread of the activations up the side. Four nearly straight lines from one point: σ = 1 climbs steeply, σ = 0.01 falls steeply, √(1/n) slopes gently down, √(2/n) runs along the horizontal axis at 1.',
	},
};
export default text;

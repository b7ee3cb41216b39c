import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		momentum: {
			name: 'Two momentum steps',
			question: 'The parameter is ${{theta}}$, the velocity starts at zero, ${{lr}}$, ${{mu}}$. The gradient is ${{g1}}$ on the first step and ${{g2}}$ on the second. Take two momentum steps (${{rule}}$) and find $\\theta_2$.',
			hints: ['On the first step the velocity is zero, so $v_1 = g_1$ and the step is the same as SGD’s.', 'On the second step the velocity is the previous one times $\\mu$ plus the new gradient.'],
			steps: {
				first: 'The first step: the velocity equals the gradient.',
				velocity: 'The new velocity is the decayed old one plus the new gradient:',
				second: 'The second step goes against the velocity:',
			},
			mistakes: {
				sgd: 'These are two plain SGD steps, $\\theta_0 - \\eta(g_1 + g_2)$. With momentum the second step follows the velocity $v_2 = \\mu g_1 + g_2$, which counts the first gradient once more.',
				nomu: 'The second velocity was summed without the factor $\\mu$: $v_2 = \\mu v_1 + g_2$, the old velocity decays.',
				sign: 'The steps went along the velocity instead of against it. The parameter moves by $-\\eta v$.',
			},
		},
		adam: {
			name: 'Adam’s first step',
			question: 'The parameter is ${{theta}}$ and the gradient is ${{g}}$. Take Adam’s first step ($t = 1$, $m$ and $v$ start at zero) with ${{lr}}$, ${{betas}}$, ${{eps}}$. What does $\\theta$ become?',
			hints: ['After the first step $m = (1 - \\beta_1)\\, g$ and $v = (1 - \\beta_2)\\, g^2$.', 'At $t = 1$ the bias correction divides $m$ by $1 - \\beta_1$ and $v$ by $1 - \\beta_2$, which leaves $g$ and $g^2$.'],
			steps: {
				moments: 'The running means after the first step:',
				correct: 'The bias correction gives back $g$ and $g^2$ themselves:',
				ratio: 'Their ratio is the sign of the gradient ($\\varepsilon$ is far too small to matter):',
				update: 'A step of exactly $\\eta$ against the sign of the gradient, whatever its size:',
			},
			mistakes: {
				sgd: 'This is the SGD step $\\theta - \\eta g$. Adam divides the gradient by the root of its mean square, so its first step has the size $\\eta$.',
				uncorrected: 'The bias correction is missing: without dividing by $1 - \\beta^t$ the ratio is $\\frac{0.1 g}{\\sqrt{0.001}\\,|g|} \\approx 3.16$ instead of $1$.',
				sign: 'The step went along the gradient instead of against it.',
			},
		},
	},
	example: {
		optimizer: 'Optimizer',
		first: '$\\theta$ after the first step',
		table: 'The value of f after n steps:',
		step: 'Step',
		sgd: 'SGD, $\\eta = {{rate}}$',
		momentum: 'momentum',
		adam: 'Adam',
		paths: 'The first {{n}} steps on the $(\\theta_1, \\theta_2)$ plane over the bowl\'s level lines ($\\theta_2$ on a larger scale: the bowl is 10 times narrower that way). Grey: SGD with $\\eta = 0.019$, bouncing across the valley and barely moving along it. Dashed: momentum, swinging just as much, yet getting furthest along the valley, as speed builds up in the flat direction. In colour: Adam, stepping along the diagonal, both coordinates changing by $\\eta$ a step.',
		'paths-alt': 'Nested ellipses: the level lines of a stretched bowl centred on the minimum. From a common start in the top right corner, three broken lines of {{n}} steps each: the grey one zigzags across the valley from top to bottom and back, barely drifting towards the centre; the dashed one also swings but gets furthest towards the centre; the coloured one runs straight along the diagonal towards the centre.',
	},
};
export default text;

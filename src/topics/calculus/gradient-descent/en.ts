import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		step: {
			name: 'One descent step',
			question:
				'Take one step of gradient descent on ${{f}}$ from ${{p}}$ with the learning rate ${{eta}}$. Where does the point land? The answer is a vector $(x_1, y_1)$.',
			hints: [
				'First the gradient at the starting point: $\\nabla f = (2ax,\\ 2cy)$ for $f = ax^2 + cy^2$.',
				'The step goes against the gradient: subtract the gradient times the learning rate $\\eta$ from the point.',
			],
			steps: {
				gradient: 'The gradient and its value at the starting point:',
				update: 'A step against the gradient: $\\theta_1 = \\theta_0 - \\eta \\nabla f(\\theta_0)$.',
			},
			mistakes: {
				sign: 'The gradient was added, not subtracted: that is a step uphill, and the function grows.',
				'no-rate': 'The whole gradient was subtracted without the factor $\\eta$: the learning rate is missing.',
				'update-only': 'That is only the move $-\\eta \\nabla f$. Add it to the starting point.',
			},
		},
		'two-steps': {
			name: 'Two steps on one weight',
			question: 'The loss depends on one weight: ${{L}}$. Starting from ${{w0}}$, take two steps of gradient descent with the learning rate ${{eta}}$. What is $w_2$?',
			hints: [
				'The derivative: $L\'(w) = 2a(w - m)$ for $L = a(w - m)^2$.',
				'The second step takes the derivative at the new point $w_1$, not at $w_0$.',
			],
			steps: {
				derivative: 'The derivative of the loss by the weight:',
				first: 'The first step:',
				second: 'The second step, with the derivative at the new point:',
			},
			mistakes: {
				'one-step': 'That is $w_1$, the result of one step. One more is needed, with the derivative at $w_1$.',
				sign: 'It looks like the derivative was added, not subtracted: that moves the weight away from the minimum.',
			},
		},
	},
	example: {
		'path': 'Descent down the ravine ${{f}}$ from ${{start}}$ with ${{eta}}$ over its contour lines: across the ravine the steps jump from one side to the other, along it they creep; after {{steps}} steps the point is ${{end}}$.',
		'path-alt': 'The elongated contour ellipses of ${{f}}$ and the broken line of {{steps}} gradient-descent steps from ${{start}}$: it zigzags between the ravine’s sides and creeps towards the minimum at the origin.',
		step: 'step',
	},
};
export default text;

import type { Text } from '../../../practice/types';

const text: Text = {
	practice: {
		count: {
			name: 'How many steps',
			question: 'The training set has ${{n}}$ examples, the mini-batch size is ${{batch}}$, and the number of epochs is ${{epochs}}$. How many SGD steps (weight updates) are taken?',
			hints: ['In an epoch every example goes into a batch once; the last batch may be incomplete, but it is still a step.', 'An epoch has $\\operatorname{ceil}(N / m)$ steps: divide and round up.'],
			steps: {
				exact: 'The set splits into batches exactly, so the number of full batches, {{full}}, is the number of steps per epoch:',
				partial: 'Full batches: {{full}}, and an incomplete batch is left (examples in it: {{rest}}); it is a step too, so divide and round up:',
				epochs: 'Multiply by the number of epochs:',
			},
			mistakes: {
				oneepoch: 'These are the steps of a single epoch. There are several epochs, each with as many steps.',
				floor: 'The last incomplete batch is lost: the remaining examples also form a batch and make a step, so round up.',
				examples: 'This is the number of examples seen over the whole training. A step is taken once per batch, not once per example.',
			},
		},
		update: {
			name: 'A step on a mini-batch',
			question: 'The weight is ${{w}}$, the mini-batch has {{size}} examples, and the gradients of the loss with respect to $w$ on them are ${{grads}}$. The batch loss is the mean of the examples’ losses. Take one SGD step with ${{lr}}$: what does $w$ become?',
			hints: ['The gradient of a mean loss is the mean of the examples’ gradients.', 'Step against the gradient: $w - \\eta \\cdot \\bar g$.'],
			steps: {
				mean: 'The gradient of the batch loss is the mean over the examples:',
				step: 'Step against it:',
			},
			mistakes: {
				sum: 'The gradients were added up but not averaged. The batch loss is a mean, so its gradient is a mean too: divide the sum by the batch size.',
				sign: 'The step went along the gradient instead of against it: the weight moves by $-\\eta \\bar g$.',
				last: 'This uses the gradient of the last example only. The step follows the mean gradient of the whole batch.',
			},
		},
	},
	example: {
		plan: '{{n}} examples, mini-batches of {{batch}} → {{steps}} SGD steps per epoch, {{epochs}} epochs → {{total}} steps.',
		first: 'The first step: a batch of examples {{a}} and {{b}}, with a loss of ${{loss}}$ on it. The first layer’s weights before the step, their gradient, and the weights after:',
		epoch: 'Epoch',
		loss: 'Loss on all examples',
		accuracy: 'Share of correct answers',
		loop: 'One training step is a trip clockwise round the cycle: the forward pass on a batch of $m$ examples, the loss (here, on the first batch), the backward pass, the weights\' step against the gradient. The cycle runs {{total}} times.',
		'loop-alt': 'Four boxes in a ring with arrows going clockwise: the forward pass ŷ = f(x; W), the loss L, the gradient ∂L/∂W, the step W − η·∂L/∂W, and back to the forward pass. In the middle: the batch size m and the number of times the cycle runs, {{total}}.',
	},
};
export default text;

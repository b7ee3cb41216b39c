/** Strings of the training widget (`src/widgets/Training.tsx`), in English; Russian, the model, in `../training.ts`. */
import type { TrainingUi } from '../training';

const en: TrainingUi = {
	label: 'Training a tiny 2→k→2 network',
	intro: 'Each step is a forward pass over all points, the gradients and a weight update.',
	fields: { d: 'Data', k: 'Neurons k', a: 'Activation', o: 'Optimizer', r: 'Learning rate η', s: 'Seed', n: 'Step' },
	data: { xor4: 'XOR on the corners of the square', xor: 'XOR: four clouds', circle: 'A circle', blobs: 'Two clouds' },
	opts: { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' },
	run: 'Run',
	pause: 'Pause',
	step: '+1 step',
	reset: 'Reset',
	status: (n, loss, acc) => `Step ${n}: loss ${loss}, ${acc}% right.`,
	curve: 'Loss (log scale)',
	map: 'Decision boundary: colour is the class, saturation the confidence',
	grads: 'Gradients of the last step, with shapes:',
};
export default en;

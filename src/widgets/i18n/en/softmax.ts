/** Strings of the softmax and cross-entropy widget (`src/widgets/Softmax.tsx`), in English; Russian, the model, in `../softmax.ts`. */
import type { SoftmaxUi } from '../softmax';

const en: SoftmaxUi = {
	label: 'Softmax and cross-entropy',
	intro:
		'Logits z are the raw outputs of the last layer. Softmax turns them into probabilities, the loss punishes a small probability of the right class, and its gradient with respect to the logits is simply p − y.',
	fields: { z: 'Logits z (space-separated)', y: 'Right class' },
	cols: ['Class', 'z', 'p = softmax(z)', 'y', '∂L/∂z = p − y'],
	loss: (lse, zy, loss) => `L = −ln p_y = ln Σ e^z − z_y = ${lse} − ${zy} = ${loss}`,
	note: 'The right class gets a negative gradient, so a descent step raises its logit; the others get positive ones and go down. Try logits 1000 and 0: the core works through ln Σ e^z and does not overflow.',
};
export default en;

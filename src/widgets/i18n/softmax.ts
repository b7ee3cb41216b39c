/** Strings of the softmax and cross-entropy widget (`src/widgets/Softmax.tsx`). */
const ru = {
	label: 'Softmax и перекрёстная энтропия',
	intro:
		'Логиты z — сырые выходы последнего слоя. Softmax превращает их в вероятности, потеря штрафует малую вероятность правильного класса, а её градиент по логитам — просто p − y.',
	fields: { z: 'Логиты z (через пробел)', y: 'Правильный класс' } as Record<string, string>,
	cols: ['Класс', 'z', 'p = softmax(z)', 'y', '∂L/∂z = p − y'],
	loss: (lse: string, zy: string, loss: string) => `L = −ln p_y = ln Σ e^z − z_y = ${lse} − ${zy} = ${loss}`,
	note: 'У правильного класса градиент отрицательный: шаг спуска поднимет его логит; у остальных положительный — их логиты опустятся. Попробуйте логиты 1000 и 0: ядро считает через ln Σ e^z и не переполняется.',
};
export const SOFTMAX_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'Softmax and cross-entropy',
		intro:
			'Logits z are the raw outputs of the last layer. Softmax turns them into probabilities, the loss punishes a small probability of the right class, and its gradient with respect to the logits is simply p − y.',
		fields: { z: 'Logits z (space-separated)', y: 'Right class' },
		cols: ['Class', 'z', 'p = softmax(z)', 'y', '∂L/∂z = p − y'],
		loss: (lse, zy, loss) => `L = −ln p_y = ln Σ e^z − z_y = ${lse} − ${zy} = ${loss}`,
		note: 'The right class gets a negative gradient, so a descent step raises its logit; the others get positive ones and go down. Try logits 1000 and 0: the core works through ln Σ e^z and does not overflow.',
	},
};

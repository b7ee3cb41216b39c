/** Strings of the softmax and cross-entropy widget (`src/widgets/Softmax.tsx`). In Russian; English in `en/softmax.ts`. */
const ru = {
	label: 'Softmax и перекрёстная энтропия',
	intro:
		'Логиты z — сырые выходы последнего слоя. Softmax превращает их в вероятности, потеря штрафует малую вероятность правильного класса, а её градиент по логитам — просто p − y.',
	fields: { z: 'Логиты z (через пробел)', y: 'Правильный класс' } as Record<string, string>,
	cols: ['Класс', 'z', 'p = softmax(z)', 'y', '∂L/∂z = p − y'],
	loss: (lse: string, zy: string, loss: string) => `L = −ln p_y = ln Σ e^z − z_y = ${lse} − ${zy} = ${loss}`,
	note: 'У правильного класса градиент отрицательный: шаг спуска поднимет его логит; у остальных положительный — их логиты опустятся. Попробуйте логиты 1000 и 0: ядро считает через ln Σ e^z и не переполняется.',
};
/** The Russian strings' shape: `en/softmax.ts` has the same keys. */
export type SoftmaxUi = typeof ru;
export default ru;

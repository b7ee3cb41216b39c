/** Strings of the training widget (`src/widgets/Training.tsx`). */
const ru = {
	label: 'Обучение маленькой сети 2→k→2',
	intro: 'Каждый шаг — прямой проход по всем точкам, градиенты и обновление весов.',
	fields: { d: 'Данные', k: 'Нейронов k', a: 'Активация', o: 'Оптимизатор', r: 'Шаг обучения η', s: 'Зерно (seed)', n: 'Шаг' } as Record<
		string,
		string
	>,
	data: { xor4: 'XOR на вершинах квадрата', xor: 'XOR: четыре облака', circle: 'Круг', blobs: 'Два облака' } as Record<string, string>,
	opts: { sgd: 'SGD', momentum: 'Моментум', adam: 'Adam' } as Record<string, string>,
	run: 'Пуск',
	pause: 'Пауза',
	step: '+1 шаг',
	reset: 'Сначала',
	status: (n: number, loss: string, acc: number) => `Шаг ${n}: потеря ${loss}, верно ${acc} %.`,
	curve: 'Потеря (лог. шкала)',
	map: 'Граница решений: цвет — класс, насыщенность — уверенность',
	grads: 'Градиенты последнего шага, с формами:',
};
export const TRAINING_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
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
	},
};

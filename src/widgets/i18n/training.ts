/** Strings of the training widget (`src/widgets/Training.tsx`). In Russian; English in `en/training.ts`. */
const ru = {
	label: 'Обучение маленькой сети 2→k→2',
	intro: 'Каждый шаг — прямой проход по всем точкам, градиенты и обновление весов.',
	fields: { d: 'Данные', k: 'Нейронов k', a: 'Активация', o: 'Оптимизатор', r: 'Скорость обучения η', s: 'Зерно (seed)', n: 'Шаг' } as Record<
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
/** The Russian strings' shape: `en/training.ts` has the same keys. */
export type TrainingUi = typeof ru;
export default ru;

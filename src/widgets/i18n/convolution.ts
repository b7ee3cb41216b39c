/** Strings of the convolution widget (`src/widgets/Convolution.tsx`). */
const ru = {
	label: 'Свёртка: ядро скользит по входу',
	intro:
		'Каждое число выхода — сумма произведений ядра на окно входа под ним. Ядро сдвигается на шаг (stride); дополнение (padding) добавляет нули по краям.',
	fields: { d: 'Размерность', x: 'Вход x', k: 'Ядро w', s: 'Шаг (stride)', p: 'Дополнение нулями (padding)', o: 'Выход' } as Record<
		string,
		string
	>,
	dims: { '1': '1-D', '2': '2-D' } as Record<string, string>,
	padded: 'x с дополнением',
	out: 'y = x ⋆ w',
	hint: 'Наведите указатель на число выхода или перейдите к нему клавишей Tab: подсветится окно входа, из которого оно посчитано.',
	grads:
		'Градиенты для L = Σ y, то есть ∂L/∂y = 1 в каждой клетке. ∂L/∂w[t] — сумма входов, на которые попадал вес t; ∂L/∂x[i] — сумма весов, которые касались x[i]. Каждый градиент — той же формы, что и то, к чему он относится.',
};
export const CONV_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'Convolution: a kernel slides over the input',
		intro:
			'Each output number is the sum of the kernel times the window of input under it. The kernel moves by the stride; padding adds zeros at the edges.',
		fields: { d: 'Dimension', x: 'Input x', k: 'Kernel w', s: 'Stride', p: 'Zero padding', o: 'Output' },
		dims: { '1': '1-D', '2': '2-D' },
		padded: 'x with padding',
		out: 'y = x ⋆ w',
		hint: 'Point at an output number or reach it with Tab: the window of input it was computed from lights up.',
		grads:
			'Gradients for L = Σ y, so ∂L/∂y = 1 in every cell. ∂L/∂w[t] is the sum of the inputs weight t landed on; ∂L/∂x[i] is the sum of the weights that touched x[i]. Each gradient has the shape of what it is the gradient of.',
	},
};

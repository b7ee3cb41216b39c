/** Strings of the convolution widget (`src/widgets/Convolution.tsx`). */
const ru = {
	label: 'Свёртка: ядро скользит по входу',
	intro: 'Выход — сумма произведений ядра на окно входа; ядро сдвигается на шаг, дополнение добавляет нули по краям.',
	fields: { d: 'Размерность', x: 'Вход x', k: 'Ядро w', s: 'Шаг (stride)', p: 'Дополнение нулями (padding)', o: 'Выход' } as Record<
		string,
		string
	>,
	dims: { '1': '1-D', '2': '2-D' } as Record<string, string>,
	padded: 'x с дополнением',
	out: 'y = x ⋆ w',
	tooLarge: (k: string, x: string, p: number) =>
		`Ядро ${k} не помещается во вход ${x} даже с дополнением ${p} с каждой стороны: окну негде встать, выхода нет. Увеличьте дополнение или уменьшите ядро.`,
	hint: 'Наведите указатель или Tab на выход: подсветится его окно.',
	grads: 'Градиенты для L = Σ y (∂L/∂y = 1): ∂L/∂w[t] — сумма входов под весом t, ∂L/∂x[i] — сумма весов, касавшихся x[i].',
};
export const CONV_UI: Record<'ru' | 'en', typeof ru> = {
	ru,
	en: {
		label: 'Convolution: a kernel slides over the input',
		intro: 'Each output is the kernel times the window under it, summed; the kernel moves by the stride, padding adds zeros at the edges.',
		fields: { d: 'Dimension', x: 'Input x', k: 'Kernel w', s: 'Stride', p: 'Zero padding', o: 'Output' },
		dims: { '1': '1-D', '2': '2-D' },
		padded: 'x with padding',
		out: 'y = x ⋆ w',
		tooLarge: (k, x, p) =>
			`The kernel ${k} does not fit the input ${x} even padded by ${p} on each side: there is no position for the window, so no output. Add padding or shrink the kernel.`,
		hint: 'Point at or Tab to an output: its window lights up.',
		grads: 'Gradients for L = Σ y (∂L/∂y = 1): ∂L/∂w[t] sums the inputs under weight t, ∂L/∂x[i] sums the weights that touched x[i].',
	},
};
